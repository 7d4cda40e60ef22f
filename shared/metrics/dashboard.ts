import { breakdownLabel, compareBreakdownKeys, type CodeNames } from './breakdown-labels';
import type { ChainColumns } from './chain-columns';
import { chinaMonthsOf, HOUR_MS, monthIndex } from './china-time';
import { groupedIntervalStats, type GroupedIntervalStats } from './grouped-stats';
import { histogramOf } from './histogram';
import { statsOfValues } from './interval-stats';
import { nationalFigures } from './national-figures';
import { queryPeriods } from './query-period';
import { releaseCurveOf } from './release-curve';
import { trsIntervalEnds, trsIntervals, type BreakdownRow, type Dashboard, type DashboardQuery, type IntervalStats, type MonthPoint, type TrsInterval } from './schema';

export interface DashboardSources {
  query: DashboardQuery;
  /** Chains that pass the query's direction and party filters; those anchored in the period are counted. */
  chains: ChainColumns;
  /** The same for the baseline period, when the query has one (may be the same columns). */
  baselineChains: ChainColumns | null;
  names: CodeNames;
  now: Date;
}

/** Indexes of the chains anchored in [startMs, endMs). */
function anchoredIn(chains: ChainColumns, startMs: number, endMs: number): Int32Array {
  const picked = new Int32Array(chains.length);
  let n = 0;
  for (let i = 0; i < chains.length; i++) {
    const a = chains.anchorMs[i] as number;
    if (a >= startMs && a < endMs) picked[n++] = i; // NaN (no anchor) fails both tests
  }
  return picked.subarray(0, n);
}

/** Hours of one interval for the picked chains; NaN when either end is unknown. Negative values stay. */
function intervalHours(chains: ChainColumns, picked: Int32Array, interval: TrsInterval): Float64Array {
  const [from, to] = trsIntervalEnds[interval];
  const start = chains.times[from];
  const end = chains.times[to];
  const hours = new Float64Array(picked.length);
  for (let j = 0; j < picked.length; j++) {
    const i = picked[j] as number;
    hours[j] = ((end[i] as number) - (start[i] as number)) / HOUR_MS; // NaN propagates
  }
  return hours;
}

function meanOf(values: Float64Array): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n ? sum / n : null;
}

/** The whole Time Release Study dashboard of a period (shared/metrics/schema.ts says what each figure means). */
export function computeDashboard(sources: DashboardSources): Dashboard {
  const { query, chains, names } = sources;
  const periods = queryPeriods(query);
  const months = chinaMonthsOf(periods.period.startMs, periods.period.endMs);
  const picked = anchoredIn(chains, periods.period.startMs, periods.period.endMs);
  const n = picked.length;

  const monthOf = new Int32Array(n);
  let waiting = 0;
  let inspected = 0;
  const released = chains.times.releasedMs;
  for (let j = 0; j < n; j++) {
    const i = picked[j] as number;
    monthOf[j] = monthIndex(months.startsMs, chains.anchorMs[i] as number);
    if (Number.isNaN(released[i])) waiting++;
    inspected += chains.inspected[i] as number;
  }
  const byMonth = query.breakdown === 'month';
  const keyOf = byMonth ? monthOf : picked.map((i) => chains.keyIndex[i] as number);
  const keys = byMonth ? months.keys : chains.keys;

  // Per interval: the breakdown's groups first, then the whole period from the same buffer
  // (every complete value is in some group's run; the order within it does not matter).
  const overall = {} as Record<TrsInterval, { stats: IntervalStats; values: Float64Array }>;
  const breakdown = {} as Record<TrsInterval, GroupedIntervalStats>;
  for (const interval of trsIntervals) {
    const grouped = groupedIntervalStats(interval, intervalHours(chains, picked, interval), keyOf, keys.length);
    breakdown[interval] = grouped;
    overall[interval] = { stats: statsOfValues(interval, grouped.values, n - grouped.values.length), values: grouped.values };
  }
  const arrivalReleased = overall['arrival-released'];
  const monthlyOverall = byMonth
    ? breakdown['arrival-released']
    : groupedIntervalStats('arrival-released', intervalHours(chains, picked, 'arrival-released'), monthOf, months.keys.length);

  const members = new Int32Array(keys.length);
  for (const g of keyOf) members[g] = (members[g] as number) + 1;
  const rows: BreakdownRow[] = [];
  for (let g = 0; g < keys.length; g++) {
    if (!members[g]) continue;
    const key = keys[g] as string;
    const label = breakdownLabel(query.breakdown, key, names);
    rows.push({ key, labelZh: label.zh, labelEn: label.en, declarations: members[g] as number, intervals: trsIntervals.map((t) => breakdown[t].stats[g] as IntervalStats) });
  }
  rows.sort((a, b) => compareBreakdownKeys(query.breakdown, a, b));

  const baseline = baselineOf(sources, periods.baseline);
  const monthly = monthPoints(chains, picked, monthOf, months.keys, monthlyOverall, baseline?.goalH ?? null);

  return {
    query: {
      from: query.from,
      to: query.to,
      ...(query.direction ? { direction: query.direction } : {}),
      ...(query.party ? { party: query.party } : {}),
      breakdown: query.breakdown,
      ...(query.baseline ? { baseline: { ...query.baseline } } : {}),
    },
    generatedAt: sources.now.toISOString(),
    declarations: n,
    waiting,
    inspected,
    intervals: trsIntervals.map((t) => overall[t].stats),
    breakdown: { dimension: query.breakdown, rows },
    monthly,
    releaseCurve: releaseCurveOf(arrivalReleased.values),
    distribution: trsIntervals.map((interval) => ({ interval, bins: histogramOf(overall[interval].values) })),
    baseline,
    national: nationalFigures.filter((f) => !query.direction || f.direction === query.direction),
  };
}

function monthPoints(chains: ChainColumns, picked: Int32Array, monthOf: Int32Array, keys: readonly string[], overall: GroupedIntervalStats, goalH: number | null): MonthPoint[] {
  // Declaration -> release per month: sum and count in one pass (only its mean is shown).
  const sums = new Float64Array(keys.length);
  const counts = new Int32Array(keys.length);
  const declarations = new Int32Array(keys.length);
  const declared = chains.times.declaredMs;
  const released = chains.times.releasedMs;
  for (let j = 0; j < picked.length; j++) {
    const i = picked[j] as number;
    const m = monthOf[j] as number;
    declarations[m] = (declarations[m] as number) + 1;
    const h = ((released[i] as number) - (declared[i] as number)) / HOUR_MS;
    if (Number.isNaN(h)) continue;
    sums[m] = (sums[m] as number) + h;
    counts[m] = (counts[m] as number) + 1;
  }
  return keys.map((month, m) => {
    const stats = overall.stats[m] as IntervalStats;
    return {
      month,
      declarations: declarations[m] as number,
      overall: stats,
      declaredReleasedMeanH: counts[m] ? (sums[m] as number) / (counts[m] as number) : null,
      goalH,
      gapToGoalH: goalH !== null && stats.meanH !== null ? stats.meanH - goalH : null,
    };
  });
}

function baselineOf(sources: DashboardSources, period: { startMs: number; endMs: number } | null): Dashboard['baseline'] {
  const wanted = sources.query.baseline;
  if (!wanted || !period) return null;
  const chains = sources.baselineChains ?? sources.chains;
  const picked = anchoredIn(chains, period.startMs, period.endMs);
  const overallMeanH = meanOf(intervalHours(chains, picked, 'arrival-released'));
  return {
    from: wanted.from,
    to: wanted.to,
    declarations: picked.length,
    overallMeanH,
    goalH: overallMeanH === null ? null : overallMeanH * (1 - wanted.reduction),
    reduction: wanted.reduction,
  };
}
