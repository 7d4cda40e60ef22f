import type { IntervalStats, TrsInterval } from './schema';

/**
 * Percentile of ascending values by linear interpolation between the closest ranks, as Excel's
 * PERCENTILE.INC and numpy's default: rank p x (n - 1), so p = 0.5 of an even count is the mean
 * of the two middle values.
 */
export function percentileInc(sorted: Float64Array, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = p * (n - 1);
  const lo = Math.floor(rank);
  const low = sorted[lo] as number;
  if (lo + 1 >= n) return low;
  return low + (rank - lo) * ((sorted[lo + 1] as number) - low);
}

/** Values at most `limit` in ascending values (binary search: the count of v <= limit). */
export function countAtMost(sorted: Float64Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The statistics of one interval from its complete values in hours, sorted ascending. */
export function statsOfSorted(interval: TrsInterval, sorted: Float64Array, incomplete: number): IntervalStats {
  const n = sorted.length;
  if (n === 0) {
    return { interval, count: 0, incomplete, meanH: null, medianH: null, p90H: null, minH: null, maxH: null, within24: null, within48: null, within72: null };
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i] as number;
  return {
    interval,
    count: n,
    incomplete,
    meanH: sum / n,
    medianH: percentileInc(sorted, 0.5),
    p90H: percentileInc(sorted, 0.9),
    minH: sorted[0] as number,
    maxH: sorted[n - 1] as number,
    within24: countAtMost(sorted, 24) / n,
    within48: countAtMost(sorted, 48) / n,
    within72: countAtMost(sorted, 72) / n,
  };
}
