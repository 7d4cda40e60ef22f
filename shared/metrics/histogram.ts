import { extentOf } from './interval-stats';

/** Bin widths a person reads without arithmetic: minutes, then hours, then days and weeks. */
const niceWidthsH = [1 / 60, 2 / 60, 5 / 60, 10 / 60, 15 / 60, 0.5, 1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 96, 120, 168, 336, 720];
export const MAX_BINS = 24;

export interface HistogramBin {
  fromH: number;
  toH: number;
  count: number;
}

/**
 * Equal-width bins [fromH, toH) over values in hours (any order): the narrowest nice width that
 * covers min..max in at most MAX_BINS bins, starting at a multiple of the width (so negative
 * values, declared before arrival, get bins of their own). Empty input: no bins.
 */
export function histogramOf(values: Float64Array): HistogramBin[] {
  const n = values.length;
  if (n === 0) return [];
  const { min, max } = extentOf(values);
  let width = niceWidthsH[niceWidthsH.length - 1] as number;
  for (const w of niceWidthsH) {
    if (Math.floor(max / w) - Math.floor(min / w) + 1 <= MAX_BINS) {
      width = w;
      break;
    }
  }
  // Beyond a month per bin: keep doubling (a year-long outlier still gets <= MAX_BINS bins).
  while (Math.floor(max / width) - Math.floor(min / width) + 1 > MAX_BINS) width *= 2;
  const first = Math.floor(min / width);
  const count = Math.floor(max / width) - first + 1;
  const bins: HistogramBin[] = Array.from({ length: count }, (_, b) => ({ fromH: (first + b) * width, toH: (first + b + 1) * width, count: 0 }));
  for (let i = 0; i < n; i++) {
    const b = Math.floor((values[i] as number) / width) - first;
    (bins[b] as HistogramBin).count++;
  }
  return bins;
}
