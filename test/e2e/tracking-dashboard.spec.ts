import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';
import { chainOf, expectedCells, intervalEnds, intervalHours, meanOf, seedEvents, seedTracked, type Interval, type SeedEvent } from './tracking-helpers';

/**
 * 通关时效 over a hand-made October: six import declarations through two ports, one declared
 * before its vessel arrived, one inspected with no gate-out yet, two not released. The TRS table's
 * every cell is compared with figures the test computes itself from the same events; the tiles,
 * the lists behind the waiting tile and a port's bar, the export, and both languages on screen.
 */
test.use({ timezoneId: 'Asia/Shanghai' });

const yangshan = '2248';
const waigaoqiao = '2225';

/** Each line: event, China time, and the container when the event is per container. */
const october: { billNo: string; port: string; events: SeedEvent[] }[] = [
  {
    billNo: 'COSU6300000001',
    port: yangshan,
    // Declared two hours before the vessel arrived; the last of two boxes leaves the next day.
    events: seedEvents('vessel-arrival 2026-10-03 08:00', 'declared 2026-10-03 06:00', 'accepted 2026-10-03 07:00', 'released 2026-10-04 09:30', 'gate-out 2026-10-04 20:00 CSQU3054383', 'gate-out 2026-10-05 10:00 MSCU7428106'),
  },
  {
    billNo: 'COSU6300000002',
    port: yangshan,
    events: seedEvents('vessel-arrival 2026-10-05 10:00', 'declared 2026-10-05 14:00', 'accepted 2026-10-05 15:30', 'released 2026-10-06 09:00', 'gate-out 2026-10-06 18:00'),
  },
  {
    billNo: 'COSU6300000003',
    port: yangshan,
    // Inspected; no gate-out yet.
    events: seedEvents('vessel-arrival 2026-10-10 00:00', 'declared 2026-10-11 00:00', 'accepted 2026-10-11 02:00', 'inspection-ordered 2026-10-11 05:00', 'released 2026-10-13 12:00'),
  },
  {
    billNo: 'COSU6300000004',
    port: waigaoqiao,
    // Accepted the minute it was declared: a zero interval.
    events: seedEvents('vessel-arrival 2026-10-12 08:00', 'declared 2026-10-12 09:00', 'accepted 2026-10-12 09:00', 'released 2026-10-12 20:00', 'gate-out 2026-10-13 08:00'),
  },
  // Two still waiting: one without an arrival on record, one not accepted yet.
  { billNo: 'COSU6300000005', port: waigaoqiao, events: seedEvents('declared 2026-10-20 10:00', 'accepted 2026-10-20 11:00') },
  { billNo: 'COSU6300000006', port: waigaoqiao, events: seedEvents('vessel-arrival 2026-10-25 06:00', 'declared 2026-10-25 08:00') },
];

/** September, the baseline: one declaration, 60 h from arrival to release. */
const september = seedEvents('vessel-arrival 2026-09-10 00:00', 'declared 2026-09-10 06:00', 'accepted 2026-09-10 07:00', 'released 2026-09-12 12:00');

async function seedOctober(host: Parameters<typeof seedTracked>[0]): Promise<void> {
  for (const d of october) await seedTracked(host, d.billNo, d.events, (draft) => ({ ...draft, head: { ...draft.head, iePort: d.port } }));
}

/** The whole dashboard in one picture: a tall window, nothing focused. */
async function screenDashboard(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 2100 });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await screen(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function showOctober(page: Page): Promise<void> {
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: '通关时效', level: 1 })).toBeVisible();
  const filters = page.getByTestId('tracking-filters');
  await filters.getByLabel('开始日期').fill('2026-10-01');
  await filters.getByLabel('结束日期').fill('2026-10-31');
  await expect(page.getByTestId('tile-declarations')).toContainText(String(october.length));
}

test('the dashboard’s figures equal those computed from the events; lists open declarations; zh and en', async ({ page, host }) => {
  test.setTimeout(90_000);
  await seedOctober(host);
  await seedTracked(host, 'COSU6300000009', september);
  await openApp(page, host);
  await showOctober(page);

  const chains = october.map((d) => chainOf(d.events));
  for (const interval of Object.keys(intervalEnds) as Interval[]) {
    const row = page.getByTestId(`trs-row-${interval}`);
    for (const [stat, text] of Object.entries(expectedCells(chains, interval))) {
      await expect(row.locator(`[data-stat="${stat}"]`), `${interval} ${stat}`).toHaveText(text);
    }
  }
  await expect(page.getByTestId('tile-waiting')).toContainText('2');
  await expect(page.getByTestId('tile-inspected')).toContainText('1');

  // September as the baseline: the goal is its mean less a third; October is measured against it.
  await page.getByLabel('与基期对比').check();
  await page.getByLabel('基期起').fill('2026-09-01');
  await page.getByLabel('基期止').fill('2026-09-30');
  const baselineMean = meanOf(intervalHours([chainOf(september)], 'arrival-released'));
  const goal = baselineMean * (1 - 1 / 3);
  const gap = meanOf(intervalHours(chains, 'arrival-released')) - goal;
  await expect(page.getByTestId('tile-goal')).toContainText(`目标 ${goal.toFixed(2)} 小时（基期 ${baselineMean.toFixed(2)} 小时，压缩 33.3%）`);
  await expect(page.getByTestId('tile-goal')).toContainText(gap > 0 ? `高于目标 ${gap.toFixed(2)} 小时` : `低于目标 ${(-gap).toFixed(2)} 小时`);
  // The same gap for the month, under the trend chart (October is the whole period here).
  const octoberGap = page.getByTestId('monthly-gap').locator('tr[data-month="2026-10"] [data-stat="gap"]');
  await expect(octoberGap).toHaveText(gap > 0 ? `超出 ${gap.toFixed(2)} h` : `低于 ${(-gap).toFixed(2)} h`);
  await screenDashboard(page, 'tracking-dashboard-zh');

  // The waiting tile lists what is not released; Enter opens one.
  await page.getByTestId('tile-waiting').click();
  const list = page.getByTestId('tracking-declarations');
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list).toContainText('COSU6300000005');
  await expect(list).toContainText('COSU6300000006');
  const first = list.getByRole('row').nth(1);
  const billNo = (await first.textContent())?.match(/COSU630000000\d/)?.[0] ?? '';
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#editor-heading')).toContainText(billNo);

  // Back to Tracking: the filters were kept. A port's group lists its declarations.
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('tracking-filters').getByLabel('开始日期')).toHaveValue('2026-10-01');
  const groups = page.getByRole('list', { name: '分组' });
  await expect(groups.getByRole('button')).toHaveCount(2);
  for (const [port, name] of [[yangshan, '洋山海关'], [waigaoqiao, '外港海关']] as const) {
    const ofPort = october.filter((d) => d.port === port);
    const group = groups.getByRole('button', { name: `列出 ${name} 的报关单` });
    await expect(group).toContainText(`${ofPort.length} 份`);
    await expect(group).toContainText(`整体平均 ${expectedCells(ofPort.map((d) => chainOf(d.events)), 'arrival-released').meanH} h`);
  }

  // A click on a bar (the acceptance -> release segment of the first group) lists that group's declarations.
  const firstGroup = (await groups.getByRole('button').first().locator('strong').textContent()) ?? '';
  await page.getByTestId('steps-chart').locator('.recharts-bar').nth(2).locator('.recharts-bar-rectangle path').first().click();
  await expect(page.getByRole('dialog', { name: `报关单：${firstGroup}` })).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(4);
  await page.keyboard.press('Escape');

  await groups.getByRole('button', { name: '列出 外港海关 的报关单' }).click();
  await expect(list.getByRole('row')).toHaveCount(4);
  for (const d of october.filter((x) => x.port === waigaoqiao)) await expect(list).toContainText(d.billNo);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Clearance time', level: 1 })).toBeVisible();
  await expect(page.getByTestId('trs-row-arrival-released').locator('th')).toHaveText('Overall (arrival → release)');
  await expect(page.getByTestId('trs-row-arrival-released').locator('[data-stat="meanH"]')).toHaveText(expectedCells(chains, 'arrival-released').meanH);
  await expect(page.getByTestId('tile-goal')).toContainText(`Goal ${goal.toFixed(2)} h`);
  await screenDashboard(page, 'tracking-dashboard-en');
});

test('export: the figures on screen as CSV, Excel and a one-page PDF, saved as downloads', async ({ page, host }) => {
  test.setTimeout(60_000);
  await seedOctober(host);
  await openApp(page, host);
  await showOctober(page);
  const overallMean = expectedCells(october.map((d) => chainOf(d.events)), 'arrival-released').meanH;
  await expect(page.getByTestId('trs-row-arrival-released').locator('[data-stat="meanH"]')).toHaveText(overallMean);

  const saved = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('group', { name: '导出统计' }).getByRole('button', { name: button, exact: true }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const csv = await saved('CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.bytes.toString('utf8')).toContain(overallMean);
  const xlsx = await saved('Excel');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const pdf = await saved('PDF 报告');
  expect(pdf.name).toMatch(/\.pdf$/);
  const info = execFileSync('pdfinfo', ['-'], { input: pdf.bytes, encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\b/);
  expect(execFileSync('pdftotext', ['-', '-'], { input: pdf.bytes, encoding: 'utf8' })).toContain(overallMean);
});

const badCsv = ['提运单号,集装箱号,事件,时间,备注', 'COSU6400000001,,船舶抵港,2026-10-03 14:20,', 'COSU6400000001,,装船,2026-10-05 11:30,', 'COSU6400000001,,提离出闸,2026-13-05 16:40,'].join('\n');
const goodCsv = [
  '提运单号,集装箱号,事件,时间,备注',
  'COSU6400000001,,船舶抵港,2026-10-03 14:20,COSCO SHIPPING ARIES 045E',
  'COSU6400000001,CSQU3054383,卸船,2026-10-03 21:05,',
  'COSU6400000001,CSQU3054383,提离出闸,2026-10-05 16:40,沪A·12345',
].join('\n');

test('events from a CSV: the dry run names each bad row and column, nothing is written; a good file is imported', async ({ page, host }) => {
  test.setTimeout(60_000);
  await seedTracked(host, 'COSU6400000001', seedEvents('declared 2026-10-03 09:00'));
  await openApp(page, host);
  await page.keyboard.press('Alt+3');
  await page.getByRole('button', { name: '导入事件' }).click();
  const dialog = page.getByRole('dialog', { name: /导入物流/ });
  const file = dialog.getByLabel('选择文件');

  await file.setInputFiles({ name: 'terminal-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv, 'utf8') });
  const errors = dialog.getByTestId('import-errors');
  const errorRows = errors.locator('tbody tr');
  await expect(errorRows).toHaveCount(2);
  await expect(errorRows.nth(0).locator('td').nth(0)).toHaveText('3');
  await expect(errorRows.nth(0).locator('td').nth(1)).toHaveText('事件');
  await expect(errorRows.nth(0).locator('td').nth(2)).toContainText('装船');
  await expect(errorRows.nth(1).locator('td').nth(0)).toHaveText('4');
  await expect(errorRows.nth(1).locator('td').nth(1)).toHaveText('时间');
  await expect(errorRows.nth(1).locator('td').nth(2)).toContainText('2026-13-05 16:40');
  await expect(dialog.getByText('文件中有错误，未写入任何事件。')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /导入 \d+ 条事件/ })).toBeDisabled();
  await screen(page, 'tracking-import-errors-zh');

  await file.setInputFiles({ name: 'terminal.csv', mimeType: 'text/csv', buffer: Buffer.from(goodCsv, 'utf8') });
  await expect(dialog.getByTestId('import-check')).toContainText('共 3 行：可导入 3 条');
  await dialog.getByRole('button', { name: '导入 3 条事件' }).click();
  await expect(page.getByText('已导入 3 条事件')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Alt+1');
  const row = page.getByRole('table', { name: '报关单列表' }).getByRole('row').filter({ hasText: 'COSU6400000001' });
  await row.click();
  const timeline = page.getByTestId('clearance-timeline');
  await expect(timeline.locator('[data-step="vessel-arrival"] .source-tag')).toHaveText('导入');
  await expect(timeline.locator('[data-step="declared"] .source-tag')).toHaveText('手工');
  await expect(timeline.locator('[data-step="declared"]').getByTestId('declared-early')).toHaveText('提前申报：抵港前 5.33 h');
  await expect(timeline.locator('[data-step="vessel-arrival"]').getByTestId('step-hours')).toHaveText('+5.33 h');
  await expect(timeline.locator('[data-step="gate-out"]')).toContainText('箱 CSQU3054383');
});
