// Tracking benchmark (issue 7): the Time Release Study dashboard for a whole year over a real
// profile of 100,000 declarations and ~1,000,000 events (tracking-profile.ts), through
// dashboardFor (tracking_chains read raw into typed columns, shared/metrics statistics), with
// the breakdown by month and by customs district, p50/p95 over 10 runs each. Baseline in the
// same run: the naive computation from the raw event log (tracking-naive.ts). Target: the
// dashboard under 300 ms at p95. The two must agree on the headline figures, or the run fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../electron/backend/store/store.node';
import { rebuildChains } from '../../electron/backend/tracking/chains.node';
import { dashboardFor } from '../../electron/backend/tracking/stats.node';
import { chinaPeriodMs } from '../../shared/metrics/china-time';
import { DashboardQuery, type Dashboard } from '../../shared/metrics/schema';
import { printTable, summarize, writeResult } from './bench-kit';
import { naiveFigures, type NaiveFigures, type NaiveStats } from './tracking-naive';
import { fillProfile, YEAR } from './tracking-profile';

/** A smaller profile for a quick look: CLEARWAY_BENCH_DECLARATIONS=5000 npm run bench tracking. */
const DECLARATIONS = Number(process.env.CLEARWAY_BENCH_DECLARATIONS ?? 100_000);
const RUNS = 10;
const WARMUP = 3;
const NAIVE_RUNS = 3;
const TARGET_MS = 300;
const NOW = new Date('2026-11-26T12:00:00Z');

/** p95 by the same nearest-rank rule as bench-kit's summarize. */
function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0) * 1000) / 1000;
}

/** Wall time into `samples`, and the process's CPU time into `cpu` (on a shared machine the two differ). */
function timed<T>(samples: number[], cpu: number[], work: () => T): T {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = work();
  samples.push(performance.now() - start);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  return result;
}

/** Every headline figure of the dashboard against the naive computation; returns the disagreements. */
function disagreements(d: Dashboard, naive: NaiveFigures, byDistrict: Dashboard): string[] {
  const wrong: string[] = [];
  const same = (what: string, a: number | null | undefined, b: number | null | undefined) => {
    const equal = a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
    if (!equal) wrong.push(`${what}: dashboard ${a} vs naive ${b}`);
  };
  same('declarations', d.declarations, naive.declarations);
  same('waiting', d.waiting, naive.waiting);
  same('inspected', d.inspected, naive.inspected);
  for (const s of d.intervals) {
    const n = naive.intervals[s.interval] as NaiveStats;
    same(`${s.interval} count`, s.count, n.count);
    same(`${s.interval} incomplete`, s.incomplete, naive.declarations - n.count);
    same(`${s.interval} mean`, s.meanH, n.mean);
    same(`${s.interval} median`, s.medianH, n.median);
    same(`${s.interval} p90`, s.p90H, n.p90);
    same(`${s.interval} min`, s.minH, n.min);
    same(`${s.interval} max`, s.maxH, n.max);
    same(`${s.interval} within24`, s.within24, n.within24);
  }
  for (const m of d.monthly) {
    const [declarations, mean] = naive.months[m.month] ?? [0, null];
    same(`${m.month} declarations`, m.declarations, declarations);
    same(`${m.month} overall mean`, m.overall.meanH, mean);
  }
  same('months with declarations', d.monthly.filter((m) => m.declarations).length, Object.keys(naive.months).length);
  for (const row of byDistrict.breakdown.rows) same(`district ${row.key || '(unknown)'}`, row.declarations, naive.districts[row.key]);
  same('districts', byDistrict.breakdown.rows.length, Object.keys(naive.districts).length);
  return wrong;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'clearway-bench-tracking-'));
  const store = Store.open({ profileDir: join(work, 'profile'), seedsDir: join(process.cwd(), 'seeds') });
  try {
    const db = store.db;
    let t0 = performance.now();
    const counts = fillProfile(db, DECLARATIONS, NOW);
    const fillMs = performance.now() - t0;
    t0 = performance.now();
    db.transaction(() => rebuildChains(db, NOW))();
    const rebuildMs = performance.now() - t0;
    const chains = (db.prepare('SELECT COUNT(*) AS n FROM tracking_chains').get() as { n: number }).n;
    console.log(`profile: ${counts.declarations} declarations (${counts.inRecycleBin} in the recycle bin), ${counts.events} events, ${chains} chains`);
    console.log(`preparation: fill ${Math.round(fillMs)} ms, rebuildChains ${Math.round(rebuildMs)} ms`);

    const loadBefore = loadavg();
    console.log(`load average before the measured runs: ${loadBefore.map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
    const byMonth = DashboardQuery.parse({ ...YEAR, breakdown: 'month', baseline: { from: '2025-12-01', to: '2026-02-28' } });
    const byDistrict = DashboardQuery.parse({ ...YEAR, breakdown: 'customs-district' });
    for (let i = 0; i < WARMUP; i++) {
      dashboardFor(db, byMonth, NOW);
      dashboardFor(db, byDistrict, NOW);
    }
    const monthMs: number[] = [];
    const districtMs: number[] = [];
    const naiveMs: number[] = [];
    const floorMs: number[] = [];
    const cpu = { month: [] as number[], district: [] as number[], naive: [] as number[], floor: [] as number[] };
    // The floor: only handing the year's chain rows from SQLite to JS, no statistics.
    const floor = db.prepare(
      `SELECT anchor_ms, arrival_ms, declared_ms, accepted_ms, released_ms, gate_out_ms, inspected, customs_district FROM tracking_chains
       WHERE +anchor_ms >= ? AND +anchor_ms < ?
         AND rowid NOT IN (SELECT t.rowid FROM tracking_chains t WHERE t.document_id IN (SELECT id FROM documents WHERE deleted_at > ''))`,
    ).raw(true);
    const year = chinaPeriodMs(YEAR.from, YEAR.to);
    let monthDashboard: Dashboard | null = null;
    let districtDashboard: Dashboard | null = null;
    let naive: NaiveFigures | null = null;
    // The dashboards and the floor interleaved; the naive runs after them, because the garbage of a
    // million event objects would otherwise be collected during the next dashboard's run.
    for (let run = 0; run < RUNS; run++) {
      monthDashboard = timed(monthMs, cpu.month, () => dashboardFor(db, byMonth, NOW));
      districtDashboard = timed(districtMs, cpu.district, () => dashboardFor(db, byDistrict, NOW));
      timed(floorMs, cpu.floor, () => {
        let rows = 0;
        for (const _row of floor.iterate(year.startMs, year.endMs)) rows++;
        return rows;
      });
    }
    for (let run = 0; run < NAIVE_RUNS; run++) naive = timed(naiveMs, cpu.naive, () => naiveFigures(db, YEAR.from, YEAR.to));
    if (!monthDashboard || !districtDashboard || !naive) throw new Error('nothing was measured');

    const wrong = disagreements(monthDashboard, naive, districtDashboard);
    const rows = {
      'dashboardFor, breakdown month (+ baseline)': { ...summarize(monthMs), p95Ms: p95(monthMs), cpuP50Ms: summarize(cpu.month).p50Ms },
      'dashboardFor, breakdown customs district': { ...summarize(districtMs), p95Ms: p95(districtMs), cpuP50Ms: summarize(cpu.district).p50Ms },
      'floor: the same chain rows SQLite -> JS only': { ...summarize(floorMs), p95Ms: p95(floorMs), cpuP50Ms: summarize(cpu.floor).p50Ms },
      'naive: events as objects, Map, Array.sort': { ...summarize(naiveMs), p95Ms: p95(naiveMs), cpuP50Ms: summarize(cpu.naive).p50Ms },
    };
    printTable(`tracking: a year's dashboard over ${counts.declarations} declarations, ${counts.events} events`, rows);
    const worstP95 = Math.max(p95(monthMs), p95(districtMs));
    const totals = {
      targetMs: TARGET_MS,
      worstDashboardP95Ms: worstP95,
      target: worstP95 < TARGET_MS ? 'met' : 'MISSED',
      naiveOverDashboardAtP50: Math.round((summarize(naiveMs).p50Ms / summarize(monthMs).p50Ms) * 10) / 10,
      headlineFiguresAgree: wrong.length === 0,
      overallMeanH: monthDashboard.intervals.find((s) => s.interval === 'arrival-released')?.meanH ?? null,
    };
    console.table(totals);
    const file = writeResult('tracking', { machine: { cpus: cpus().length, loadBefore, load: loadavg() }, profile: { ...counts, chains, fillMs: Math.round(fillMs), rebuildMs: Math.round(rebuildMs) }, totals, rows, disagreements: wrong });
    console.log(`result: ${file}`);
    if (wrong.length) throw new Error(`the dashboard and the naive computation disagree:\n${wrong.join('\n')}`);
  } finally {
    store.close();
    rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
