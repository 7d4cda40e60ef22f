import { backToList, createDraft, expectSavedAfterEdit, listRow, openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';

async function draftWithBillNo(page: import('@playwright/test').Page, billNo: string, note: string): Promise<void> {
  await createDraft(page);
  await page.getByLabel('提运单号').fill(billNo);
  await page.getByLabel('备注').fill(note);
  await expectSavedAfterEdit(page);
  await backToList(page);
}

test('delete moves a draft to the recycle bin; restore brings it back with its content', async ({ page, host }) => {
  await openApp(page, host);
  await draftWithBillNo(page, 'TRASH-0001', '要删除再恢复的报关单');
  await draftWithBillNo(page, 'KEEP-0002', '保留的报关单');
  await createDraft(page);
  await backToList(page);
  await expect(listRow(page, '未命名报关单')).toHaveCount(1);
  await screen(page, 'declarations-list');

  await listRow(page, 'TRASH-0001').getByRole('button', { name: '删除' }).click();
  await expect(listRow(page, 'TRASH-0001')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '已移到回收站' })).toBeVisible();

  await page.getByRole('button', { name: '回收站' }).click();
  const binRow = page.getByRole('table', { name: '回收站中的报关单' }).getByRole('row').filter({ hasText: 'TRASH-0001' });
  await expect(binRow).toBeVisible();
  await screen(page, 'recycle-bin');
  await binRow.getByRole('button', { name: '恢复' }).click();
  await expect(binRow).toHaveCount(0);
  await expect(page.getByText('回收站是空的。')).toBeVisible();

  await page.getByRole('button', { name: /报关单列表/ }).click();
  await listRow(page, 'TRASH-0001').click();
  await expect(page.getByLabel('提运单号')).toHaveValue('TRASH-0001');
  await expect(page.getByLabel('备注')).toHaveValue('要删除再恢复的报关单');
});

test('Delete on a focused row trashes it; 撤销 in the toast undoes that', async ({ page, host }) => {
  await openApp(page, host);
  await draftWithBillNo(page, 'UNDO-0003', '撤销删除');
  await draftWithBillNo(page, 'NEXT-0004', '下一行');
  await listRow(page, 'UNDO-0003').focus();
  await page.keyboard.press('Delete');
  await expect(listRow(page, 'UNDO-0003')).toHaveCount(0);
  // Focus stays in the list, on the row that took the deleted one's place.
  await expect(listRow(page, 'NEXT-0004')).toBeFocused();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(listRow(page, 'UNDO-0003')).toHaveCount(1);
});
