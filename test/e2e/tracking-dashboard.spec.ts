import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { openApp, screen } from './app-helpers';
import { expect, test } from './host-fixture';
import { chainOf, expectedCells, intervalEnds, seedTracked, type Interval, type SeedEvent } from './tracking-helpers';

/**
 * 通关时效 over a hand-made October: six import declarations through two ports, one declared
 * before its vessel arrived, one inspected with no gate-out yet, two not released. The TRS table's
 * every cell is compared with figures the test computes itself from the same events; the tiles,
 * the lists behind the waiting tile and a port's bar, the export, and both languages on screen.
 */
test.use({ timezoneId: 'Asia/Shanghai' });

const yangshan = '2248';
const waigaoqiao = '2225';

const october: { billNo: string; port: string; events: SeedEvent[] }[] = [
  {
    billNo: 'COSU6300000001',
    port: yangshan,
    events: [
      { kind: 'vessel-arrival', at: '2026-10-03 08:00' },
      { kind: 'declared', at: '2026-10-03 06:00' },
      { kind: 'accepted', at: '2026-10-03 07:00' },
      { kind: 'released', at: '2026-10-04 09:30' },
      { kind: 'gate-out', at: '2026-10-04 20:00', containerNo: 'CSQU3054383' },
      { kind: 'gate-out', at: '2026-10-05 10:00', containerNo: 'MSCU7428106' },
    ],
  },
  {
    billNo: 'COSU6300000002',
    port: yangshan,
    events: [
      { kind: 'vessel-arrival', at: '2026-10-05 10:00' },
      { kind: 'declared', at: '2026-10-05 14:00' },
      { kind: 'accepted', at: '2026-10-05 15:30' },
      { kind: 'released', at: '2026-10-06 09:00' },
      { kind: 'gate-out', at: '2026-10-06 18:00' },
    ],
  },
  {
    billNo: 'COSU6300000003',
    port: yangshan,
    events: [
      { kind: 'vessel-arrival', at: '2026-10-10 00:00' },
      { kind: 'declared', at: '2026-10-11 00:00' },
      { kind: 'accepted', at: '2026-10-11 02:00' },
      { kind: 'inspection-ordered', at: '2026-10-11 05:00' },
      { kind: 'released', at: '2026-10-13 12:00' },
    ],
  },
  {
    billNo: 'COSU6300000004',
    port: waigaoqiao,
    events: [
      { kind: 'vessel-arrival', at: '2026-10-12 08:00' },
      { kind: 'declared', at: '2026-10-12 09:00' },
      { kind: 'accepted', at: '2026-10-12 09:00' },
      { kind: 'released', at: '2026-10-12 20:00' },
      { kind: 'gate-out', at: '2026-10-13 08:00' },
    ],
  },
  {
    billNo: 'COSU6300000005',
    port: waigaoqiao,
    events: [
      { kind: 'declared', at: '2026-10-20 10:00' },
      { kind: 'accepted', at: '2026-10-20 11:00' },
    ],
  },
  {
    billNo: 'COSU6300000006',
    port: waigaoqiao,
    events: [
      { kind: 'vessel-arrival', at: '2026-10-25 06:00' },
      { kind: 'declared', at: '2026-10-25 08:00' },
    ],
  },
];

async function seedOctober(host: Parameters<typeof seedTracked>[0]): Promise<void> {
  for (const d of october) await seedTracked(host, d.billNo, d.events, (draft) => ({ ...draft, head: { ...draft.head, iePort: d.port } }));
}

async function showOctober(page: Page): Promise<void> {
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: '通关时效', level: 1 })).toBeVisible();
  await page.getByLabel('起始日期').fill('2026-10-01');
  await page.getByLabel('截止日期').fill('2026-10-31');
  await expect(page.getByTestId('tile-declarations')).toContainText(String(october.length));
}

test('the dashboard’s figures equal those computed from the events; lists open declarations; zh and en', async ({ page, host }) => {
  test.setTimeout(90_000);
  await seedOctober(host);
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
  await screen(page, 'tracking-dashboard-zh');

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
  await expect(page.getByLabel('起始日期')).toHaveValue('2026-10-01');
  const groups = page.getByRole('list', { name: '分组' }).getByRole('button');
  await expect(groups).toHaveCount(2);
  const waigaoqiaoGroup = groups.filter({ hasText: '3 份' });
  await waigaoqiaoGroup.click();
  await expect(list.getByRole('row')).toHaveCount(4);
  for (const d of october.filter((x) => x.port === waigaoqiao)) await expect(list).toContainText(d.billNo);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  // Export: CSV carries the figures; the PDF is one page.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV', exact: true }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText).toContain(expectedCells(chains, 'arrival-released').meanH);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF 报告' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(execFileSync('pdfinfo', [await pdf.path()], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Clearance time', level: 1 })).toBeVisible();
  await expect(page.getByTestId('trs-row-arrival-released').locator('th')).toHaveText('Overall (arrival → release)');
  await expect(page.getByTestId('trs-row-arrival-released').locator('[data-stat="meanH"]')).toHaveText(expectedCells(chains, 'arrival-released').meanH ?? '');
  await screen(page, 'tracking-dashboard-en');
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
  await seedTracked(host, 'COSU6400000001', [{ kind: 'declared', at: '2026-10-03 09:00' }]);
  await openApp(page, host);
  await page.keyboard.press('Alt+3');
  await page.getByRole('button', { name: '导入事件' }).click();
  const dialog = page.getByRole('dialog', { name: /导入物流/ });
  const file = dialog.getByLabel('选择文件');

  await file.setInputFiles({ name: 'terminal-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv, 'utf8') });
  const errors = dialog.getByTestId('import-errors');
  await expect(errors.getByRole('listitem')).toHaveCount(2);
  await expect(errors.getByRole('listitem').nth(0)).toContainText('第 3 行');
  await expect(errors.getByRole('listitem').nth(0)).toContainText('事件');
  await expect(errors.getByRole('listitem').nth(1)).toContainText('第 4 行');
  await expect(errors.getByRole('listitem').nth(1)).toContainText('时间');
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
