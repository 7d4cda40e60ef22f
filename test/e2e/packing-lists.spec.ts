import { expect, test } from './host-fixture';
import { openApp, saveState, screen } from './app-helpers';
import { hostCall, pasteText, tsvBlock } from './packing-helpers';

interface Doc {
  id: string;
  revision: number;
}

test('a packing list pasted from Excel shows its totals, links to a declaration and survives a reload', async ({ page, host }) => {
  // Many steps (paste, reload, both languages, the import dialog): 30 s is too tight on a shared 2-core machine.
  test.setTimeout(90_000);
  const declaration = await hostCall<Doc>(host, 'documents.create', { kind: 'declaration', direction: 'E' });
  await hostCall(host, 'documents.save', { id: declaration.id, baseRevision: declaration.revision, body: { kind: 'declaration', data: { head: { ieFlag: 'E', billNo: 'COSU8000123' }, items: [] } } });
  await openApp(page, host);
  await page.getByRole('link', { name: /装箱单/ }).click();
  await page.getByRole('button', { name: '新建装箱单' }).click();
  await expect(page.getByRole('heading', { name: '（未命名装箱单）' })).toBeVisible();

  await page.getByLabel('装箱单号').fill('PL-2025-001');
  await page.getByLabel('装箱单号').press('Enter');
  await expect(page.getByLabel('日期', { exact: true })).toBeFocused();

  const grid = page.getByRole('grid', { name: '装箱明细表' });
  await grid.getByRole('gridcell').first().click();
  await pasteText(page, tsvBlock(20) + '\r\n');
  await expect(page.getByText('20 行', { exact: true })).toBeVisible();
  await expect(page.getByTestId('pl-total-cartons')).toHaveText('200');
  await expect(page.getByTestId('pl-total-pieces')).toHaveText('2400');
  await expect(page.getByTestId('pl-total-netKg')).toHaveText('1000');
  await expect(page.getByTestId('pl-total-grossKg')).toHaveText('1200');
  await expect(page.getByTestId('pl-total-cbm')).toHaveText('14.4');
  await expect(grid.getByRole('row').nth(1)).toContainText('C001-C010');

  // Typing in a cell, Enter to commit and move down; Ctrl+D copies the cell above.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(grid.locator('[data-row="1"][data-col="cartonRange"]')).toHaveText('7');
  await page.keyboard.press('Control+d');
  await expect(grid.locator('[data-row="2"][data-col="cartonRange"]')).toHaveText('7');
  await expect(page.getByTestId('pl-total-cartons')).toHaveText('182');
  // Pasting the block again over the first line puts the ranges back.
  await grid.locator('[data-row="0"][data-col="cartonRange"]').click();
  await pasteText(page, tsvBlock(20));
  await expect(grid.locator('[data-row="2"][data-col="cartonRange"]')).toHaveText('C021-C030');
  await expect(page.getByTestId('pl-total-cartons')).toHaveText('200');

  await page.getByLabel('所属报关单').selectOption(declaration.id);
  await page.getByRole('button', { name: '添加集装箱' }).click();
  await page.getByLabel('集装箱号 1').fill('MSKU1234565');
  await page.getByLabel('封志号 1').fill('SEAL001');
  await expect(saveState(page)).toHaveText('已保存');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: /与报关单核对/ })).toBeVisible();
  await screen(page, 'packing-grid-zh');

  await page.reload();
  await expect(page.getByLabel('装箱单号')).toHaveValue('PL-2025-001');
  await expect(page.getByTestId('pl-total-cartons')).toHaveText('200');
  await expect(page.getByLabel('封志号 1')).toHaveValue('SEAL001');
  await expect(page.getByLabel('所属报关单')).toHaveValue(declaration.id);

  await page.getByRole('button', { name: '← 装箱单列表' }).click();
  const row = page.getByRole('table', { name: '装箱单列表' }).getByRole('row').filter({ hasText: 'PL-2025-001' });
  await expect(row).toContainText('COSU8000123');


  // The same screens in English, for the screenshots.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'PL-2025-001' }).click();
  await expect(page.getByTestId('pl-total-cartons')).toHaveText('200');
  await page.getByRole('grid', { name: 'Carton lines' }).locator('[data-row="3"][data-col="netPerCarton"]').click();
  await screen(page, 'packing-grid-en');
  await page.getByRole('button', { name: 'Import lines…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('File (.xlsx / .csv)').setInputFiles('test/fixtures/import/pl-zh-basic.xlsx');
  await expect(dialog.getByTestId('import-summary')).toContainText('rows to import');
  await screen(page, 'packing-import-en');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a packing list is imported from an Excel file through the preview dialog and linked to its declaration', async ({ page, host }) => {
  const declaration = await hostCall<Doc>(host, 'documents.create', { kind: 'declaration', direction: 'E' });
  await hostCall(host, 'documents.save', { id: declaration.id, baseRevision: declaration.revision, body: { kind: 'declaration', data: { head: { ieFlag: 'E', billNo: 'COSU8000456' }, items: [] } } });
  await openApp(page, host);
  await page.getByRole('link', { name: /装箱单/ }).click();
  await page.getByRole('button', { name: '从 Excel 导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入装箱单' });
  await dialog.getByLabel('文件（.xlsx / .csv）').setInputFiles('test/fixtures/import/pl-zh-basic.xlsx');
  await expect(dialog.getByTestId('import-summary')).toContainText('行可导入');
  await expect(dialog.getByRole('table', { name: '导入预览' })).toBeVisible();
  await screen(page, 'packing-import-zh');
  await dialog.getByRole('button', { name: /^导入 \d+ 行$/ }).click();
  await expect(page.getByRole('grid', { name: '装箱明细表' })).toBeVisible();
  await expect(page.getByRole('grid', { name: '装箱明细表' }).locator('[data-row="0"][data-col="description"]')).not.toHaveText('');

  await page.getByLabel('所属报关单').selectOption(declaration.id);
  await expect(saveState(page)).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('所属报关单')).toHaveValue(declaration.id);
  await expect(page.getByRole('grid', { name: '装箱明细表' }).locator('[data-row="0"][data-col="description"]')).not.toHaveText('');
  await page.getByRole('button', { name: '← 装箱单列表' }).click();
  await expect(page.getByRole('table', { name: '装箱单列表' }).getByRole('row').filter({ hasText: 'COSU8000456' })).toHaveCount(1);
});

test('a 10,000-line packing list opens and scrolls with only the visible rows drawn', async ({ page, host }) => {
  const doc = await hostCall<Doc>(host, 'documents.create', { kind: 'packing-list' });
  const lines = Array.from({ length: 10_000 }, (_, i) => ({
    lineNo: i + 1,
    cartonPrefix: 'C',
    cartonFrom: String(i + 1),
    cartonTo: String(i + 1),
    description: `Line ${i + 1}`,
    piecesPerCarton: '10',
    netPerCarton: '4',
    grossPerCarton: '5',
    lengthCm: '50',
    widthCm: '40',
    heightCm: '30',
  }));
  await hostCall(host, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind: 'packing-list', data: { header: { plNo: 'BIG-10000' }, lines } } });
  await openApp(page, host);
  const started = Date.now();
  await page.evaluate((id) => {
    window.location.hash = `#/packing-lists/${id}`;
  }, doc.id);
  const grid = page.getByRole('grid', { name: '装箱明细表' });
  await expect(grid).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('pl-total-cartons')).toHaveText('10000');
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(await grid.getByRole('row').count()).toBeLessThan(80);
  await grid.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(grid.getByText('Line 10000', { exact: true })).toBeVisible();
  expect(await grid.getByRole('row').count()).toBeLessThan(80);

  // One cell edited: the checks worker gets only that line (lines-mirror.ts) and the totals follow.
  await expect(page.getByTestId('pl-total-pieces')).toHaveText('100000');
  await grid.locator('[data-row="9999"][data-col="piecesPerCarton"]').click();
  await page.keyboard.type('25');
  await page.keyboard.press('Enter');
  await expect(grid.locator('[data-row="9999"][data-col="piecesPerCarton"]')).toHaveText('25');
  await expect(page.getByTestId('pl-total-pieces')).toHaveText('100015');
  await expect(page.getByTestId('pl-total-cartons')).toHaveText('10000');
});
