import { openApp, saveState } from './app-helpers';
import { expect, test } from './host-fixture';
import { hostCall } from './packing-helpers';

interface Doc {
  id: string;
  revision: number;
}

test('items grid cells edit in place: typing, Enter down, Tab right, the unit combobox, Esc restores', async ({ page, host }) => {
  test.setTimeout(90_000);
  const doc = await hostCall<Doc>(host, 'documents.create', { kind: 'declaration', direction: 'E' });
  await hostCall(host, 'documents.save', {
    id: doc.id,
    baseRevision: doc.revision,
    body: {
      kind: 'declaration',
      data: { head: { ieFlag: 'E', billNo: 'COSU7000222' }, items: [{ gNo: 1, codeTs: '8471300000', gName: '笔记本电脑' }, { gNo: 2 }] },
    },
  });
  await openApp(page, host);
  await page.evaluate((id) => (window.location.hash = `#/declarations/${id}`), doc.id);
  await expect(page.getByLabel('提运单号')).toHaveValue('COSU7000222');

  const grid = page.getByRole('group', { name: '商品列表' });
  const cell = (row: number, col: string) => grid.getByRole('row').nth(row).locator(`[data-col="${col}"]`);
  await cell(1, 'codeTs').click();
  await expect(grid).toBeFocused();

  // Typing starts editing and replaces the cell; Enter commits and moves down a row.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('Tablet PC');
  await expect(page.getByLabel('商品名称 1')).toHaveValue('Tablet PC');
  await page.keyboard.press('Enter');
  await expect(cell(1, 'gName')).toHaveText('Tablet PC');
  await expect(grid).toBeFocused();
  await expect(page.getByRole('group', { name: '第 2 项商品' })).toBeVisible();

  // Row 2: quantity, Tab to the unit, whose combobox takes the Chinese name.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('1,250');
  await page.keyboard.press('Tab');
  await expect(cell(2, 'gQty')).toHaveText('1250');
  await page.keyboard.type('k');
  await expect(page.getByRole('combobox', { name: '成交单位 2' })).toBeFocused();
  await page.keyboard.type('g');
  await expect(page.getByRole('option', { name: /035/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(cell(2, 'gUnit')).toHaveText('035');
  await expect(page.getByLabel('成交计量单位')).toHaveValue('035');

  // F2 edits keeping the text; Esc puts the old value back.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('F2');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.type('9');
  await expect(page.getByLabel('成交数量 2')).toHaveValue('12509');
  await page.keyboard.press('Escape');
  await expect(cell(2, 'gQty')).toHaveText('1250');
  await expect(grid).toBeFocused();

  // Enter opens the cell with its text; Shift+Tab commits and goes left.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.keyboard.type('0');
  await page.keyboard.press('Shift+Tab');
  await expect(cell(1, 'gQty')).toHaveText('0');
  await page.keyboard.press('Delete');
  await expect(cell(1, 'gModel')).toHaveText('');
  await expect(saveState(page)).toHaveText('已保存');

  await page.reload();
  await expect(cell(1, 'gName')).toHaveText('Tablet PC');
  await expect(cell(2, 'gQty')).toHaveText('1250');
  await expect(cell(2, 'gUnit')).toHaveText('035');
  await expect(cell(1, 'gQty')).toHaveText('0');
});
