import type { IntervalStats, TrsInterval } from './schema';

/**
 * Moves the k-th smallest of a[lo..hi] to index k, smaller-or-equal values before it and
 * greater-or-equal after (Hoare selection with a median-of-three pivot, as in Numerical
 * Recipes' `select`): linear time on average, where sorting a year of values would be n log n.
 */
function selectKth(a: Float64Array, k: number, lo: number, hi: number): void {
  const swap = (i: number, j: number) => {
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  };
  let l = lo;
  let ir = hi;
  for (;;) {
    if (ir <= l + 1) {
      if (ir === l + 1 && (a[ir] as number) < (a[l] as number)) swap(l, ir);
      return;
    }
    swap((l + ir) >> 1, l + 1);
    if ((a[l] as number) > (a[ir] as number)) swap(l, ir);
    if ((a[l + 1] as number) > (a[ir] as number)) swap(l + 1, ir);
    if ((a[l] as number) > (a[l + 1] as number)) swap(l, l + 1);
    const pivot = a[l + 1] as number;
    let i = l + 1;
    let j = ir;
    for (;;) {
      do i++;
      while ((a[i] as number) < pivot);
      do j--;
      while ((a[j] as number) > pivot);
      if (j < i) break;
      swap(i, j);
    }
    a[l + 1] = a[j] as number;
    a[j] = pivot;
    if (j >= k) ir = j - 1;
    if (j <= k) l = i;
  }
}

/**
 * Percentile by linear interpolation between the closest ranks, as Excel's PERCENTILE.INC and
 * numpy's default: rank p x (n - 1), so p = 0.5 of an even count is the mean of the two middle
 * values. `values` is reordered in place (selection, not a sort); `from` lets a caller that
 * already selected a lower rank skip the part below it.
 */
export function percentileInc(values: Float64Array, p: number, from = 0): number | null {
  const n = values.length;
  if (n === 0) return null;
  const rank = p * (n - 1);
  const lo = Math.floor(rank);
  selectKth(values, lo, Math.min(from, lo), n - 1);
  const low = values[lo] as number;
  if (lo + 1 >= n || rank === lo) return low;
  // The next rank is the smallest value above position lo (all of them are >= low).
  let next = Infinity;
  for (let i = lo + 1; i < n; i++) if ((values[i] as number) < next) next = values[i] as number;
  return low + (rank - lo) * (next - low);
}

export interface Extent {
  min: number;
  max: number;
}

export function extentOf(values: Float64Array): Extent {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** The statistics of one interval from its complete values in hours (any order; reordered in place). */
export function statsOfValues(interval: TrsInterval, values: Float64Array, incomplete: number): IntervalStats {
  const n = values.length;
  if (n === 0) {
    return { interval, count: 0, incomplete, meanH: null, medianH: null, p90H: null, minH: null, maxH: null, within24: null, within48: null, within72: null };
  }
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let within24 = 0;
  let within48 = 0;
  let within72 = 0;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
    // Inclusive: released in exactly 24 h is released within 24 h.
    if (v <= 72) {
      within72++;
      if (v <= 48) {
        within48++;
        if (v <= 24) within24++;
      }
    }
  }
  const medianH = percentileInc(values, 0.5);
  const p90H = percentileInc(values, 0.9, Math.floor(0.5 * (n - 1)));
  return { interval, count: n, incomplete, meanH: sum / n, medianH, p90H, minH: min, maxH: max, within24: within24 / n, within48: within48 / n, within72: within72 / n };
}
