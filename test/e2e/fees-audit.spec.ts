import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './host-fixture';
import { listRow, openApp, screen } from './app-helpers';
import { marchBl, marchInvoices, money, saveInvoices, screenTall, seedInspectedImport } from './fee-helpers';
import { hostCall } from './packing-helpers';

/**
 * 口岸收费: a month of port invoices (terminal, shipping line, broker; test/fixtures/fees/invoices.ts)
 * audited against the example lists shipped with the app. What the fixture's comments promise for
 * each line is written here again; the totals are added up by the test itself from the invoices.
 */
test.use({ timezoneId: 'Asia/Shanghai' });

/** Per the fixture's comments: invoice, line, the rules that find it, what is at stake on each. */
const disputes = [
  { no: 'T-2025-0301', line: 2, rules: ['FEE-002'], atStake: '40.00' },
  { no: 'T-2025-0301', line: 3, rules: ['FEE-001', 'FEE-004'], atStake: '12.00' },
  // Inspection handling billed after an inspection that found nothing (the declaration's 查验无异常).
  { no: 'T-2025-0301', line: 4, rules: ['FEE-001', 'FEE-004', 'FEE-007'], atStake: '150.00' },
  { no: 'T-2025-0301', line: 6, rules: ['FEE-003'], atStake: '64.00' },
  { no: 'L-88021', line: 3, rules: ['FEE-002'], atStake: '50.00' },
  { no: 'L-88021', line: 5, rules: ['FEE-006'], atStake: '500.00' },
  { no: 'L-88021', line: 6, rules: ['FEE-001'], atStake: '300.00' },
  { no: 'B-2025-031', line: 3, rules: ['FEE-001'], atStake: '180.00' },
  { no: 'B-2025-031', line: 4, rules: ['FEE-002'], atStake: '0.10' },
  { no: 'B-2025-031', line: 5, rules: ['FEE-002'], atStake: '0.20' },
];
const reviews = [
  { no: 'T-2025-0301', line: 5, rules: ['FEE-005'], atStake: '13.60' },
  { no: 'B-2025-031', line: 2, rules: ['FEE-003'], atStake: '100.00' },
];
/** A line's money is at stake once, however many rules find it. */
const disputedTotal = (no?: string) => money(disputes.filter((d) => !no || d.no === no).map((d) => d.atStake));
const invoicedTotal = money(marchInvoices.flatMap((i) => i.lines.map((l) => l.amount)));

test('a month of invoices: every charge that should not have been made, its amount, rule and source; by invoice; zh and en', async ({ page, host }) => {
  test.setTimeout(90_000);
  await seedInspectedImport(host);
  await saveInvoices(host, marchInvoices);
  await openApp(page, host);

  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { name: '口岸收费', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: '审核' })).toHaveAttribute('aria-selected', 'true');
  // Last month (the default) has no invoices: said so, with the import offered.
  await expect(page.getByTestId('fee-empty')).toContainText('没有发票');
  await expect(page.getByTestId('fee-empty').getByRole('button', { name: '导入发票' })).toBeVisible();

  await page.getByTestId('fee-filters').getByLabel('月份').fill('2025-03');
  await expect(page.getByTestId('fee-filters').getByLabel('开始日期')).toHaveValue('2025-03-01');
  await expect(page.getByTestId('fee-filters').getByLabel('结束日期')).toHaveValue('2025-03-31');

  await expect(page.getByTestId('fee-example-banner')).toContainText('示例收费清单');
  const tiles = page.getByTestId('fee-tiles-CNY');
  await expect(tiles.locator('[data-figure="invoiced"]')).toHaveText(invoicedTotal);
  await expect(tiles.locator('[data-figure="disputed"]')).toHaveText(disputedTotal());
  await expect(tiles.locator('[data-figure="review"]')).toHaveText(money(reviews.map((r) => r.atStake)));
  await expect(tiles.locator('[data-figure="disputedLines"]')).toHaveText(String(disputes.length));
  await expect(tiles.locator('[data-figure="invoices"]')).toHaveText(String(marchInvoices.length));

  const findings = page.getByTestId('fee-findings');
  await expect(findings.locator('li.fee-finding')).toHaveCount(disputes.length);
  for (const d of disputes) {
    const item = findings.locator(`li.fee-finding[data-invoice="${d.no}"][data-line="${d.line}"]`);
    await expect(item.locator('[data-figure="atStake"]'), `${d.no} line ${d.line}`).toHaveText(`CNY ${money([d.atStake])}`);
    await expect(item).toContainText(`发票 ${d.no} 第 ${d.line} 行`);
    await expect(item.locator('.fee-rule')).toHaveCount(d.rules.length);
    for (const rule of d.rules) await expect(item.locator(`.fee-rule[data-rule="${rule}"]`), `${d.no} ${d.line} ${rule}`).toHaveCount(1);
  }
  // The line, the rule's title, the message, a source with its title; the declaration found by B/L and its inspection.
  const inspectionFee = findings.locator('li.fee-finding[data-invoice="T-2025-0301"][data-line="4"]');
  await expect(inspectionFee).toContainText('查验移箱费');
  const exemption = inspectionFee.locator('.fee-rule[data-rule="FEE-007"]');
  await expect(exemption.locator('.fee-finding-message')).toContainText('查验未发现问题');
  await expect(exemption.locator('.fee-sources li').first()).toContainText(/\[S\d+\] \S+/);
  await expect(inspectionFee.locator('.fee-finding-link')).toContainText('按提单号');
  await expect(inspectionFee.locator('.fee-finding-link')).toContainText('查验无异常');
  const portConstruction = findings.locator('li.fee-finding[data-invoice="T-2025-0301"][data-line="6"] .fee-rule[data-rule="FEE-003"]');
  await expect(portConstruction.locator('.fee-sources')).toContainText('[S36]');

  // "Review" findings apart, marked as to check.
  const toReview = page.getByTestId('fee-reviews');
  await expect(toReview.locator('li.fee-finding')).toHaveCount(reviews.length);
  for (const r of reviews) {
    const item = toReview.locator(`li.fee-finding[data-invoice="${r.no}"][data-line="${r.line}"]`);
    await expect(item).toContainText('待核实');
    await expect(item.locator('[data-figure="atStake"]')).toHaveText(`CNY ${money([r.atStake])}`);
    await expect(item.locator(`.fee-rule[data-rule="${r.rules[0] ?? ''}"]`)).toHaveCount(1);
  }
  await expect(page.getByRole('heading', { name: /待核实：请核对，不作为索赔依据/ })).toBeVisible();

  // Per invoice, per party, per month.
  const byInvoice = page.getByTestId('fee-by-invoice');
  for (const invoice of marchInvoices) {
    const row = byInvoice.locator(`tr[data-invoice="${invoice.invoiceNo}"]`);
    await expect(row.locator('[data-stat="invoiced"]')).toHaveText(money(invoice.lines.map((l) => l.amount)));
    await expect(row.locator('[data-stat="disputed"]')).toHaveText(disputedTotal(invoice.invoiceNo));
  }
  await expect(page.getByTestId('fee-by-party').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('fee-by-month').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('fee-by-month').locator('tbody tr [data-stat="disputed"]')).toHaveText(disputedTotal());
  await screenTall(page, 'fees-audit-zh', 3600);

  // The PDF report names every disputed line, its rules and what is at stake, and the total.
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: '导出审核报告' }).getByRole('button', { name: 'PDF 报告' }).click();
  const pdf = readFileSync(await (await download).path());
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  for (const d of disputes) {
    expect(text, d.no).toContain(d.no);
    for (const rule of d.rules) expect(text, `${d.no} ${rule}`).toContain(rule);
    expect(text, `${d.no} line ${d.line}`).toContain(d.atStake);
  }
  expect(text).toContain(disputedTotal().replace(/,/g, ''));
  expect(text).toContain('示例');

  // Enter on an invoice row: only its findings; again: all of them.
  const lineRow = byInvoice.locator('tr[data-invoice="L-88021"]');
  await lineRow.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('只显示发票 L-88021 的问题')).toBeVisible();
  await expect(findings.locator('li.fee-finding')).toHaveCount(3);
  await expect(page.getByTestId('fee-reviews')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(findings.locator('li.fee-finding')).toHaveCount(disputes.length);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Port fees', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Charges that should not have been made/ })).toBeVisible();
  await expect(inspectionFee).toContainText(`Invoice T-2025-0301 line 4`);
  await expect(inspectionFee).toContainText('inspection: no problem found');
  await screenTall(page, 'fees-audit-en', 3600);

  // The linked declaration opens from the finding; Alt+4 comes back to the same audit.
  await inspectionFee.locator('.fee-declaration').click();
  await expect(page.getByTestId('clearance-timeline')).toBeVisible();
  await page.keyboard.press('Alt+4');
  await expect(inspectionFee.locator('.fee-rule[data-rule="FEE-007"]')).toBeVisible();
});

test('invoices: open one, delete with a question, enter one by hand with the field named on an error', async ({ page, host }) => {
  test.setTimeout(90_000);
  await seedInspectedImport(host);
  await saveInvoices(host, marchInvoices);
  await openApp(page, host);
  await page.keyboard.press('Alt+4');
  await page.getByTestId('fee-filters').getByLabel('月份').fill('2025-03');
  await page.getByRole('tab', { name: '发票' }).click();

  const table = page.getByRole('table', { name: '发票列表' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  // Enter on a row opens the invoice with its lines.
  await table.locator('tbody tr').filter({ hasText: 'L-88021' }).focus();
  await page.keyboard.press('Enter');
  const lines = page.getByTestId('fee-invoice-lines');
  await expect(lines.locator('tbody tr')).toHaveCount(7);
  await expect(lines).toContainText('D/O FEE');
  await page.keyboard.press('Escape');
  await expect(lines).toBeHidden();

  await table.getByRole('button', { name: '删除发票 B-2025-031' }).click();
  const question = page.getByRole('dialog', { name: /确定删除发票 B-2025-031/ });
  await expect(question.getByRole('button', { name: '取消' })).toBeFocused();
  await question.getByRole('button', { name: '删除' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(2);

  // By hand: a container number that is not one is refused, named at its field.
  // Ctrl+N enters one, as in the libraries; the first field has the focus.
  await page.keyboard.press('Control+n');
  const form = page.getByRole('dialog', { name: '新建发票' });
  await expect(form.getByLabel('收费单位类型')).toBeFocused();
  await form.getByLabel('收费单位类型').selectOption({ label: '堆场' });
  await form.getByLabel('收费单位名称').fill('示例堆场有限公司');
  await form.getByLabel('发票号').fill('Y-2025-0315');
  await form.getByLabel('开票日期').fill('2025-03-15');
  await form.getByLabel('收费项目 1').fill('港建费');
  await form.getByLabel('金额 1').fill('64.00');
  await form.getByLabel('提单号 1').fill(marchBl);
  await form.getByLabel('箱号 1').fill('TGHU11');
  await form.getByRole('button', { name: '保存发票' }).click();
  await expect(form.getByLabel('箱号 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toContainText('第 1 行箱号');
  await screen(page, 'fees-invoice-form-zh');
  await form.getByLabel('箱号 1').fill('TGHU1111112');
  await form.getByLabel('尺寸 1').selectOption('20');
  await form.getByRole('button', { name: '保存发票' }).click();
  await expect(form).toBeHidden();
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').filter({ hasText: 'Y-2025-0315' })).toContainText('手工录入');
  await screen(page, 'fees-invoices-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('table', { name: 'Invoices' }).locator('tbody tr').filter({ hasText: 'Y-2025-0315' })).toContainText('Entered by hand');
  await screen(page, 'fees-invoices-en');
  await page.getByRole('button', { name: '中文' }).click();

  // The audit sees it: the port construction fee, abolished since 2021.
  await page.getByRole('tab', { name: '审核' }).click();
  const added = page.getByTestId('fee-findings').locator('li.fee-finding[data-invoice="Y-2025-0315"]');
  await expect(added.locator('.fee-rule[data-rule="FEE-003"]')).toHaveCount(1);
  await expect(added.locator('[data-figure="atStake"]')).toHaveText('CNY 64.00');
});

test('fee lists: examples marked 示例, an item edited and saved, a change made meanwhile refused as a conflict', async ({ page, host }) => {
  test.setTimeout(60_000);
  await openApp(page, host);
  await page.keyboard.press('Alt+4');
  // Keyboard: the tabs are one Tab stop, arrows move between them.
  await page.getByRole('tab', { name: '审核' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '收费清单' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '收费清单' })).toHaveAttribute('aria-selected', 'true');

  const table = page.getByRole('table', { name: '收费清单列表' });
  const terminal = table.locator('tr[data-list="example-terminal-2024"]');
  await expect(terminal).toContainText('示例');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await screen(page, 'fees-lists-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('table', { name: 'Fee lists' }).locator('tr[data-list="example-terminal-2024"]')).toContainText('Example');
  await screen(page, 'fees-lists-en');
  await page.getByRole('button', { name: '中文' }).click();

  await terminal.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('fee-list-editor');
  await expect(editor.getByLabel('费率 1', { exact: true })).toHaveValue('560.00');
  await editor.getByLabel('费率 1', { exact: true }).fill('580.00');
  await page.getByRole('button', { name: '保存清单' }).click();
  await expect(editor).toBeHidden();
  const stored = await hostCall<{ list: { items: { rate: string }[] }; updatedAt: string }>(host, 'fees.list', { id: 'example-terminal-2024' });
  expect(stored.list.items[0]?.rate).toBe('580.00');
  await expect(terminal).toContainText('手工编辑');

  // Opened here, changed elsewhere, saved here: refused and explained.
  await terminal.getByRole('button', { name: /编辑收费清单/ }).click();
  await expect(editor.getByLabel('费率 1', { exact: true })).toHaveValue('580.00');
  await hostCall(host, 'fees.saveList', { list: { ...stored.list, items: stored.list.items.map((it, i) => (i === 0 ? { ...it, rate: '590.00' } : it)) }, baseUpdatedAt: stored.updatedAt });
  await editor.getByLabel('费率 2', { exact: true }).fill('870.00');
  await page.getByRole('button', { name: '保存清单' }).click();
  await expect(page.getByTestId('fee-list-conflict')).toContainText('已被修改');
  await screen(page, 'fees-list-conflict-zh');
  const after = await hostCall<{ list: { items: { rate: string }[] } }>(host, 'fees.list', { id: 'example-terminal-2024' });
  expect(after.list.items.map((i) => i.rate).slice(0, 2)).toEqual(['590.00', '860.00']);
});

test('an inspection-done entered by hand carries its result, shown on the timeline', async ({ page, host }) => {
  test.setTimeout(60_000);
  await seedInspectedImport(host);
  await openApp(page, host);
  await listRow(page, marchBl).click();
  const timeline = page.getByTestId('clearance-timeline');
  await expect(timeline.locator('.outcome-tag', { hasText: '查验无异常' })).toBeVisible();
  await timeline.getByText('手工添加事件').click();
  const form = timeline.getByRole('form', { name: '手工添加事件' });
  await expect(form.getByLabel('查验结果')).toBeHidden();
  await form.getByLabel('事件', { exact: true }).selectOption({ label: '查验完毕' });
  await form.getByLabel('查验结果').selectOption({ label: '查验有异常' });
  await form.getByLabel('发生时间').fill('2025-03-10T10:00');
  await form.getByRole('button', { name: '添加事件' }).click();
  await expect(timeline.locator('.outcome-tag', { hasText: '查验有异常' })).toBeVisible();
});
