import { statsOfValues } from './interval-stats';
import type { IntervalStats, TrsInterval } from './schema';

export interface GroupedIntervalStats {
  /** One per group. */
  stats: IntervalStats[];
  /** The complete values of every group, in runs (each run in no particular order). */
  values: Float64Array;
  /** Group g's values are values[offsets[g] .. offsets[g + 1]). */
  offsets: Int32Array;
}

/**
 * Statistics of one interval per group in linear time: a counting sort places each group's
 * complete values (not NaN) in its own run of one buffer, then each run gets its statistics
 * (percentiles by selection). `values[i]` (hours, NaN when incomplete) belongs to group `group[i]`.
 */
export function groupedIntervalStats(interval: TrsInterval, values: Float64Array, group: Int32Array, groupCount: number): GroupedIntervalStats {
  const members = new Int32Array(groupCount);
  const offsets = new Int32Array(groupCount + 1);
  for (let i = 0; i < values.length; i++) {
    const g = group[i] as number;
    members[g] = (members[g] as number) + 1;
    if (!Number.isNaN(values[i])) offsets[g + 1] = (offsets[g + 1] as number) + 1;
  }
  for (let g = 0; g < groupCount; g++) offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number);
  const runs = new Float64Array(offsets[groupCount] as number);
  const next = offsets.slice(0, groupCount);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    const g = group[i] as number;
    runs[next[g] as number] = v;
    next[g] = (next[g] as number) + 1;
  }
  const stats: IntervalStats[] = [];
  for (let g = 0; g < groupCount; g++) {
    const run = runs.subarray(offsets[g], offsets[g + 1]);
    stats.push(statsOfValues(interval, run, (members[g] as number) - run.length));
  }
  return { stats, values: runs, offsets };
}
