import { openApp, saveState, screen } from './app-helpers';
import { expect, test } from './host-fixture';
import { hostCall } from './packing-helpers';

interface Doc {
  id: string;
  revision: number;
}

test('Ctrl+Z / Ctrl+Y undo and redo typing bursts and item edits; a restored revision becomes the draft and nothing is lost', async ({ page, host }) => {
  test.setTimeout(90_000);
  const doc = await hostCall<Doc>(host, 'documents.create', { kind: 'declaration', direction: 'E' });
  await hostCall(host, 'documents.save', {
    id: doc.id,
    baseRevision: doc.revision,
    body: { kind: 'declaration', data: { head: { ieFlag: 'E', billNo: 'COSU7000444' }, items: [{ gNo: 1, gName: '笔记本电脑' }] } },
  });
  await openApp(page, host);
  await page.evaluate((id) => (window.location.hash = `#/declarations/${id}`), doc.id);
  const billNo = page.getByLabel('提运单号');
  await expect(billNo).toHaveValue('COSU7000444');

  await billNo.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('AB');
  await page.waitForTimeout(1200);
  await page.keyboard.type('X');
  await expect(billNo).toHaveValue('COSU7000444ABX');
  await page.keyboard.press('Control+z');
  await expect(billNo).toHaveValue('COSU7000444AB');
  await page.keyboard.press('Control+z');
  await expect(billNo).toHaveValue('COSU7000444');
  await page.keyboard.press('Control+y');
  await expect(billNo).toHaveValue('COSU7000444AB');
  await page.keyboard.press('Control+Shift+z');
  await expect(billNo).toHaveValue('COSU7000444ABX');

  // An added item is one step as well.
  const rows = page.getByRole('group', { name: '商品列表' }).getByRole('row');
  await page.waitForTimeout(1000);
  await page.keyboard.press('Control+n');
  await expect(rows).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(2);
  await expect(saveState(page)).toHaveText('已保存');
  await page.reload();
  await expect(billNo).toHaveValue('COSU7000444ABX');
  await expect(rows).toHaveCount(2);

  // 版本历史: the seeded revision is restored as a new one; the later ones stay in the list.
  await page.getByRole('button', { name: /复制 \/ 模板/ }).click();
  await page.getByRole('menuitem', { name: '版本历史…' }).click();
  const dialog = page.getByRole('dialog', { name: '版本历史' });
  await expect(dialog).toBeVisible();
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('当前版本');
  await expect(options.first()).toContainText('COSU7000444ABX');
  const seeded = options.filter({ hasText: '版本 2' });
  await expect(seeded).toContainText('COSU7000444');
  await expect(seeded).toContainText('1 项/行');
  const before = await options.count();
  await dialog.getByRole('button', { name: '恢复版本 2' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(billNo).toHaveValue('COSU7000444');
  await expect(page.getByText(/已恢复版本 2，另存为版本/)).toBeVisible();

  await page.getByRole('button', { name: /复制 \/ 模板/ }).click();
  await page.getByRole('menuitem', { name: '版本历史…' }).click();
  await expect(options).toHaveCount(before + 1);
  await expect(options.nth(1)).toContainText('COSU7000444ABX');
  await screen(page, 'revision-history-zh');
  // Keyboard: ↓ to the revision before the restore, Enter restores it again.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(billNo).toHaveValue('COSU7000444ABX');
  await page.reload();
  await expect(billNo).toHaveValue('COSU7000444ABX');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /Copy \/ template/ }).click();
  await page.getByRole('menuitem', { name: 'Revision history…' }).click();
  await expect(page.getByRole('dialog', { name: 'Revision history' }).getByRole('option').first()).toContainText('Current');
  await screen(page, 'revision-history-en');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: '中文' }).click();
});

test('undo and redo in the packing-list editor', async ({ page, host }) => {
  const list = await hostCall<Doc>(host, 'documents.create', { kind: 'packing-list' });
  await openApp(page, host);
  await page.evaluate((id) => (window.location.hash = `#/packing-lists/${id}`), list.id);
  const plNo = page.getByLabel('装箱单号');
  await plNo.focus();
  await page.keyboard.type('PL-UNDO-1');
  await expect(plNo).toHaveValue('PL-UNDO-1');
  await page.keyboard.press('Control+z');
  await expect(plNo).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(plNo).toHaveValue('PL-UNDO-1');
  // The toolbar buttons do the same for the mouse, and say when there is nothing to redo.
  await expect(page.getByRole('button', { name: '重做' })).toBeDisabled();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(plNo).toHaveValue('');
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
  await page.getByRole('button', { name: '重做' }).click();
  await expect(plNo).toHaveValue('PL-UNDO-1');
  await expect(saveState(page)).toHaveText('已保存');
});
