import { openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';

const FIXTURES = 'test/fixtures/import';

test('the party library is imported from Excel with the keyboard, bad cells are listed, a delete is undone', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^资料库/ }).click();
  await expect(page.getByRole('heading', { name: '资料库', level: 1 })).toBeVisible();

  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入企业库' });
  await expect(dialog.getByLabel('文件（.xlsx / .csv）')).toBeFocused();
  await dialog.getByLabel('文件（.xlsx / .csv）').setInputFiles(`${FIXTURES}/parties-en-errors.csv`);
  await expect(dialog.getByTestId('import-summary')).toContainText('1 行可导入，6 行有问题');
  const rejected = dialog.getByRole('table', { name: '有问题的单元格（6 行）' });
  await expect(rejected.getByRole('row', { name: /校验码（第 18 位）不正确/ })).toContainText('B');
  await expect(rejected).toContainText('海关编码「370296001」应为 10 位海关编码');
  await expect(dialog.getByRole('button', { name: '导入 1 行' })).toBeDisabled();
  await screen(page, 'library-import-errors-zh');

  await dialog.getByLabel('文件（.xlsx / .csv）').setInputFiles(`${FIXTURES}/parties-zh.xlsx`);
  await expect(dialog.getByTestId('import-summary')).toContainText('表头在第 2 行：4 行可导入，0 行有问题');
  await expect(dialog.getByRole('table', { name: '导入预览' })).toContainText('高级认证企业');
  await screen(page, 'library-import-parties-zh');
  await dialog.getByRole('button', { name: '导入 4 行' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('导入完成：新增 4 条，更新 0 条')).toBeVisible();
  const parties = page.getByRole('table', { name: '企业列表' });
  await expect(parties.locator('tbody tr')).toHaveCount(4);
  await expect(parties.getByRole('row', { name: /上海华信服饰有限公司/ })).toContainText('91310115MA1H7XKQ2G');

  // Delete with the keyboard, then undo from the toast: the same record comes back.
  await parties.getByRole('row', { name: /苏州恒达/ }).focus();
  await page.keyboard.press('Delete');
  await expect(parties.locator('tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(parties.locator('tbody tr')).toHaveCount(4);
  await expect(parties.getByRole('row', { name: /苏州恒达塑胶制品有限公司/ })).toContainText('3205940B22');
});

test('the product library is imported from an English sheet, legal units filled from the tariff', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation').getByRole('link', { name: /^Libraries/ }).click();
  await page.getByRole('tab', { name: 'Products' }).click();
  await page.getByRole('button', { name: /Import from Excel/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import products from Excel' });
  await dialog.getByLabel('File (.xlsx / .csv)').setInputFiles(`${FIXTURES}/products-en.xlsx`);
  await expect(dialog.getByTestId('import-summary')).toContainText('3 rows to import');
  const preview = dialog.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByRole('columnheader', { name: 'First legal unit' })).toBeVisible();
  await expect(preview.getByRole('row', { name: /NB-14-PRO/ })).toContainText('8471300000');
  await screen(page, 'library-import-products-en');
  await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported: 3 added, 0 updated')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Products' }).locator('tbody tr')).toHaveCount(3);
  await screen(page, 'library-products-en');
  await page.getByRole('button', { name: '中文' }).click();
});
