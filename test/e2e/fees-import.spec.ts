import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BROKER, SHIPPING_LINE, TERMINAL, writeFeeSpreadsheets } from '../fixtures/fees/excel';
import { openApp, screen } from './app-helpers';
import { money, screenTall } from './fee-helpers';
import { expect, test } from './host-fixture';

/**
 * The test: a fee list and a month's invoices imported from Excel (and one invoice from a
 * CSV) through the import dialog's file chooser, the audit on screen, the PDF exported and read
 * back with pdftotext. The expected findings are those the fixture's comments promise
 * (test/fixtures/fees/excel.ts); the totals are added up here from the lines written there.
 */
test.use({ timezoneId: 'Asia/Shanghai' });

/** The statement's and the CSV's lines: invoice, amount (as the sheets write them). */
const statementLines = [
  ['T-2025-0301', '860.00'],
  ['T-2025-0301', '600.00'],
  ['T-2025-0301', '64.00'],
  ['T-2025-0301', '150.00'],
  ['T-2025-0301', '54.40'],
  ['T-2025-0315', '48.00'],
  ['T-2025-0315', '180.00'],
  ['B-2025-031', '250.00'],
  ['B-2025-031', '180.00'],
  ['B-2025-031', '300.00'],
] as const;
const csvLines = [
  ['L-88021', '1250.00'],
  ['L-88021', '850.00'],
  ['L-88021', '300.00'],
  ['L-88021', '300.00'],
] as const;

/** Per the fixture's comments; nothing is known of an inspection (no declaration in the profile). */
const disputes = [
  { no: 'T-2025-0301', line: 2, rules: ['FEE-002'], atStake: '40.00' },
  { no: 'T-2025-0301', line: 3, rules: ['FEE-003'], atStake: '64.00' },
  { no: 'T-2025-0301', line: 4, rules: ['FEE-001', 'FEE-004', 'FEE-007'], atStake: '150.00' },
  { no: 'B-2025-031', line: 2, rules: ['FEE-001'], atStake: '180.00' },
  { no: 'L-88021', line: 3, rules: ['FEE-002'], atStake: '50.00' },
  { no: 'L-88021', line: 4, rules: ['FEE-001'], atStake: '300.00' },
];
const reviews = [{ no: 'T-2025-0301', line: 5, rules: ['FEE-005'], atStake: '13.60' }];

test('import a fee list and a month of invoices from Excel, see the findings and totals, export the PDF and read it', async ({ page, host }) => {
  test.setTimeout(120_000);
  const files = await writeFeeSpreadsheets(mkdtempSync(join(tmpdir(), 'clearway-fees-')));
  await openApp(page, host);
  await page.keyboard.press('Alt+4');

  // The terminal's published list: party and dates above, then the sheet through the file chooser.
  await page.getByRole('tab', { name: '收费清单' }).click();
  await page.getByRole('button', { name: '导入收费清单' }).click();
  const listDialog = page.getByRole('dialog', { name: '导入收费清单' });
  await expect(listDialog.getByLabel('收费单位名称')).toBeFocused();
  await listDialog.getByLabel('收费单位类型').selectOption({ label: '码头' });
  await listDialog.getByLabel('收费单位名称').fill(TERMINAL);
  await listDialog.getByLabel('有效期起').fill('2020-01-01');
  const chooser = page.waitForEvent('filechooser');
  await expect(listDialog.getByText('未选择文件')).toBeVisible();
  await listDialog.getByText('选择文件…').click();
  await (await chooser).setFiles(files.list);
  await expect(listDialog.getByTestId('import-summary')).toContainText('13 行可导入');
  // The field names the chosen file in the app's words, not the browser's.
  await expect(listDialog.getByText(basename(files.list))).toBeVisible();
  await screen(page, 'fees-import-list-zh');
  await listDialog.getByRole('button', { name: '导入 13 行' }).click();
  await expect(listDialog).toBeHidden();
  await expect(page.getByText(/已导入收费清单.*13 项/)).toBeVisible();
  const imported = page.getByRole('table', { name: '收费清单列表' }).locator('tbody tr').filter({ hasText: TERMINAL });
  await expect(imported).toHaveCount(1);
  await expect(imported).toContainText('导入');
  await expect(imported.locator('.fee-tag-example')).toHaveCount(0);

  // The March statement of the terminal and the broker.
  await page.getByRole('tab', { name: '审核' }).click();
  await page.getByTestId('fee-filters').getByLabel('月份').fill('2025-03');
  await expect(page.getByTestId('fee-empty')).toBeVisible();
  await page.getByTestId('fee-empty').getByRole('button', { name: '导入发票' }).click();
  const invoiceDialog = page.getByRole('dialog', { name: '导入发票' });
  // A statement with a mistake per row: each named by row, nothing can be imported until they are fixed or skipped.
  await invoiceDialog.getByLabel('文件（.xlsx / .csv）').setInputFiles(files.badStatement);
  await expect(invoiceDialog.getByTestId('import-summary')).toContainText('1 行可导入，4 行有问题');
  const rejected = invoiceDialog.getByRole('table', { name: /有问题的单元格/ });
  for (const row of ['3', '4', '5', '6']) await expect(rejected.locator('tbody tr').filter({ has: page.locator('td.mono', { hasText: new RegExp(`^${row}$`) }) }).first()).toBeVisible();
  await expect(rejected).toContainText('MSKU1234566');
  await expect(invoiceDialog.getByRole('button', { name: '导入 1 行' })).toBeDisabled();
  await screen(page, 'fees-import-errors-zh');
  await invoiceDialog.getByLabel('文件（.xlsx / .csv）').setInputFiles(files.statement);
  await expect(invoiceDialog.getByTestId('import-summary')).toContainText(`${statementLines.length} 行可导入`);
  await invoiceDialog.getByRole('button', { name: `导入 ${statementLines.length} 行` }).click();
  await expect(invoiceDialog).toBeHidden();
  await expect(page.getByText('已导入 3 张发票（新增 3，更新 0）')).toBeVisible();

  // The shipping line's invoice as a CSV without number, date or biller: the defaults give them.
  await page.getByRole('button', { name: '导入发票' }).first().click();
  await invoiceDialog.getByLabel('收费单位类型').selectOption({ label: '船公司' });
  await invoiceDialog.getByLabel('收费单位名称（可选）').fill(SHIPPING_LINE);
  await invoiceDialog.getByLabel('发票号（可选）').fill('L-88021');
  await invoiceDialog.getByLabel('开票日期（可选）').fill('2025-03-05');
  await invoiceDialog.getByLabel('文件（.xlsx / .csv）').setInputFiles(files.lineCsv);
  // The preview applies the defaults as the import will: every row is importable.
  await expect(invoiceDialog.getByTestId('import-summary')).toContainText(`${csvLines.length} 行可导入`);
  await invoiceDialog.getByRole('button', { name: `导入 ${csvLines.length} 行` }).click();
  await expect(invoiceDialog).toBeHidden();
  await expect(page.getByText('已导入 1 张发票（新增 1，更新 0）')).toBeVisible();

  // The audit: what the fixture promises, the totals added up here.
  const tiles = page.getByTestId('fee-tiles-CNY');
  const all = [...statementLines, ...csvLines];
  await expect(tiles.locator('[data-figure="invoiced"]')).toHaveText(money(all.map(([, a]) => a)));
  await expect(tiles.locator('[data-figure="disputed"]')).toHaveText(money(disputes.map((d) => d.atStake)));
  await expect(tiles.locator('[data-figure="review"]')).toHaveText(money(reviews.map((r) => r.atStake)));
  await expect(tiles.locator('[data-figure="disputedLines"]')).toHaveText(String(disputes.length));
  await expect(tiles.locator('[data-figure="invoices"]')).toHaveText(String(new Set(all.map(([no]) => no)).size));
  const findings = page.getByTestId('fee-findings');
  await expect(findings.locator('li.fee-finding')).toHaveCount(disputes.length);
  for (const d of disputes) {
    const item = findings.locator(`li.fee-finding[data-invoice="${d.no}"][data-line="${d.line}"]`);
    await expect(item.locator('[data-figure="atStake"]'), `${d.no} line ${d.line}`).toHaveText(`CNY ${money([d.atStake])}`);
    for (const rule of d.rules) await expect(item.locator(`.fee-rule[data-rule="${rule}"]`), `${d.no} ${d.line} ${rule}`).toHaveCount(1);
  }
  // The inspection exemption cannot be claimed while the result is unknown: marked to review inside the disputed line.
  await expect(findings.locator('li.fee-finding[data-invoice="T-2025-0301"][data-line="4"] .fee-rule[data-rule="FEE-007"]')).toHaveAttribute('data-severity', 'review');
  for (const r of reviews) await expect(page.getByTestId('fee-reviews').locator(`li.fee-finding[data-invoice="${r.no}"][data-line="${r.line}"] [data-figure="atStake"]`)).toHaveText(`CNY ${money([r.atStake])}`);
  const byInvoice = page.getByTestId('fee-by-invoice');
  for (const no of ['T-2025-0301', 'T-2025-0315', 'B-2025-031', 'L-88021']) {
    await expect(byInvoice.locator(`tr[data-invoice="${no}"] [data-stat="invoiced"]`)).toHaveText(money(all.filter(([n]) => n === no).map(([, a]) => a)));
    await expect(byInvoice.locator(`tr[data-invoice="${no}"] [data-stat="disputed"]`)).toHaveText(money(disputes.filter((d) => d.no === no).map((d) => d.atStake)));
  }
  await expect(page.getByTestId('fee-by-party').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('fee-by-party')).toContainText(BROKER);
  await screenTall(page, 'fees-imported-audit-zh', 3000);

  // The PDF: every disputed line, its rule and what is at stake.
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: '导出审核报告' }).getByRole('button', { name: 'PDF 报告' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync(await file.path());
  // Kept beside the screenshots, to look at its pages.
  mkdirSync('test-results/screens', { recursive: true });
  writeFileSync('test-results/screens/fees-audit-report.pdf', bytes);
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes, encoding: 'utf8' });
  for (const d of disputes) {
    expect(text, d.no).toContain(d.no);
    for (const rule of d.rules) expect(text, `${d.no} ${rule}`).toContain(rule);
    expect(text, `${d.no} ${d.atStake}`).toContain(d.atStake);
  }
  expect(text).toContain(money(disputes.map((d) => d.atStake)).replace(/,/g, ''));
  // The Excel file too: a real workbook.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('group', { name: '导出审核报告' }).getByRole('button', { name: 'Excel' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');
});
