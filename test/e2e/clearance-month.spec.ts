import type { Dashboard, IntervalStats } from '../../shared/metrics/schema';
import { defaultSimulatorConfig } from '../../server/simulator/config';
import { validExport } from '../fixtures/export-declaration';
import { openApp, screen } from './app-helpers';
import { settled, truthChains, truthIntervals, truthStats, type TruthChain, type TruthStats } from './clearance-truth';
import { GatewayProcess } from './gateway-process';
import { expect, test } from './host-fixture';
import { seedDeclaration } from './outbox-helpers';
import { hostCall } from './packing-helpers';

/**
 * A simulated month at the sandbox gateway: 500 declarations (400 imports, 100 exports) go out
 * through the desktop's outbox in 25 daily batches while the simulated clock runs 100,000 times
 * faster than real time (a day is under a second). Customs answers with the gateway's default
 * durations, inspections by credit tier, duty, returns, and receipts delivered out of order; the
 * logistics feed adds vessel arrival, discharge, terminal release, EDO and gate-out. Then the
 * Tracking dashboard's figures must equal those computed in this test from the raw feeds.
 */
const DECLARATIONS = 500;
const EXPORT_EVERY = 5;
const BATCHES = 25;
const SPEED = 100_000;
const SIM_DAY_REAL_MS = (24 * 3_600_000) / SPEED;

/** The gateway's default customs, with one receipt in ten delivered late and more inspections of regular firms. */
const monthSimulator = {
  ...defaultSimulatorConfig,
  inspectionRate: { ...defaultSimulatorConfig.inspectionRate, regular: 0.15 },
  outOfOrderRate: 0.1,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** China-time calendar date of an instant. */
const chinaDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

function expectSameStats(label: string, shown: IntervalStats, truth: TruthStats): void {
  expect(shown.count, `${label} count`).toBe(truth.count);
  expect(shown.incomplete, `${label} incomplete`).toBe(truth.incomplete);
  for (const stat of ['meanH', 'medianH', 'p90H', 'maxH', 'within24', 'within48', 'within72'] as const) {
    const want = truth[stat];
    if (want === null) expect(shown[stat], `${label} ${stat}`).toBeNull();
    else expect(shown[stat], `${label} ${stat}`).toBeCloseTo(want, 6);
  }
}

const hours = (value: number | null) => (value === null ? '—' : value.toFixed(2));
const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

let gateway: GatewayProcess;
test.afterEach(async () => gateway?.dispose());

test('a simulated month of 500 declarations: the dashboard shows what the raw feeds say', async ({ page, host }) => {
  test.setTimeout(420_000);
  gateway = await GatewayProcess.create({ simulator: monthSimulator, speed: SPEED });
  const token = gateway.enrolBroker();
  await gateway.start();
  await hostCall(host, 'sync.configure', { channel: 'gateway', gatewayUrl: gateway.url, deviceToken: token });

  const documents: { id: string; direction: 'I' | 'E' }[] = [];
  for (let i = 0; i < DECLARATIONS; i++) {
    const billNo = `COSU63${String(i).padStart(8, '0')}`;
    const exporting = i % EXPORT_EVERY === EXPORT_EVERY - 1;
    const id = await seedDeclaration(host, billNo, (d) => (exporting ? { ...validExport(), head: { ...validExport().head, billNo } } : d));
    documents.push({ id, direction: exporting ? 'E' : 'I' });
  }

  // One batch a simulated day: the outbox sends each as it is queued, so acceptance dates spread over the month.
  const directionOfKey = new Map<string, 'I' | 'E'>();
  const perBatch = DECLARATIONS / BATCHES;
  for (let batch = 0; batch < BATCHES; batch++) {
    const started = Date.now();
    for (const doc of documents.slice(batch * perBatch, (batch + 1) * perBatch)) {
      const item = await hostCall<{ idempotencyKey: string }>(host, 'sync.enqueue', { documentId: doc.id });
      directionOfKey.set(item.idempotencyKey, doc.direction);
    }
    await sleep(Math.max(0, SIM_DAY_REAL_MS - (Date.now() - started)));
  }

  // Wait until the simulator has said everything it will say about every submission.
  let chains = new Map<string, TruthChain>();
  await expect
    .poll(
      async () => {
        chains = await truthChains(gateway.url, token, (key) => directionOfKey.get(key));
        return [...directionOfKey].filter(([key, direction]) => {
          const chain = chains.get(key);
          return !chain || !settled(chain, direction);
        }).length;
      },
      { timeout: 120_000, intervals: [1000] },
    )
    .toBe(0);
  const all = [...chains.values()];
  const declaredTimes = all.map((c) => c.declared).filter((v): v is number => v !== null);
  const from = chinaDate(Math.min(...declaredTimes));
  const to = chinaDate(Math.max(...declaredTimes));
  const truth = Object.fromEntries(Object.entries(truthIntervals).map(([name, ends]) => [name, truthStats(all, ends)])) as Record<string, TruthStats>;
  const truthOf = (name: string): TruthStats => {
    const stats = truth[name];
    if (!stats) throw new Error(`no truth for ${name}`);
    return stats;
  };

  // The desktop catches up (receipts and milestones are pulled in the background), then agrees exactly.
  let dashboard: Dashboard | null = null;
  await expect
    .poll(
      async () => {
        dashboard = await hostCall<Dashboard>(host, 'tracking.stats', { from, to, breakdown: 'direction' });
        return dashboard.intervals.map((s) => `${s.interval}:${s.count}`).join(' ');
      },
      { timeout: 60_000, intervals: [1000] },
    )
    .toBe(Object.entries(truth).map(([name, s]) => `${name}:${s.count}`).join(' '));
  const shown = dashboard as unknown as Dashboard;
  expect(shown.declarations).toBe(DECLARATIONS);
  expect(shown.waiting).toBe(all.filter((c) => c.released === null).length);
  for (const stats of shown.intervals) expectSameStats(stats.interval, stats, truthOf(stats.interval));
  for (const direction of ['I', 'E'] as const) {
    const row = shown.breakdown.rows.find((r) => r.key === direction);
    const subset = all.filter((c) => directionOfKey.get(c.key) === direction);
    const stats = row?.intervals.find((s) => s.interval === 'declared-accepted');
    expect(row?.declarations).toBe(subset.length);
    if (!stats) throw new Error(`no ${direction} row`);
    expectSameStats(`${direction} declared-accepted`, stats, truthStats(subset, ['declared', 'accepted']));
  }

  // And the broker sees the same figures on the Tracking screen.
  await openApp(page, host);
  await page.keyboard.press('Alt+3');
  const filters = page.getByTestId('tracking-filters');
  await filters.getByLabel('开始日期').fill(from);
  await filters.getByLabel('结束日期').fill(to);
  const table = page.getByTestId('trs-table');
  for (const [name, stats] of Object.entries(truth)) {
    const row = table.getByTestId(`trs-row-${name}`);
    await expect(row.locator('[data-stat="count"]')).toHaveText(String(stats.count));
    await expect(row.locator('[data-stat="incomplete"]')).toHaveText(String(stats.incomplete));
    await expect(row.locator('[data-stat="meanH"]')).toHaveText(hours(stats.meanH));
    await expect(row.locator('[data-stat="medianH"]')).toHaveText(hours(stats.medianH));
    await expect(row.locator('[data-stat="p90H"]')).toHaveText(hours(stats.p90H));
    await expect(row.locator('[data-stat="maxH"]')).toHaveText(hours(stats.maxH));
    await expect(row.locator('[data-stat="within24"]')).toHaveText(percent(stats.within24));
    await expect(row.locator('[data-stat="within48"]')).toHaveText(percent(stats.within48));
    await expect(row.locator('[data-stat="within72"]')).toHaveText(percent(stats.within72));
  }
  await screen(page, 'tracking-month-zh');
});
