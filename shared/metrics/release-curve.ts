import { countAtMost } from './interval-stats';

/** The curve stops at ten days: a longer tail says nothing a person reads off a chart. */
export const RELEASE_CURVE_MAX_H = 240;

/**
 * Cumulative share released by hour X after arrival, from ascending arrival -> release hours: one
 * point per whole hour from floor(min) (negative when released before arrival) to the first hour
 * where every declaration is released, or RELEASE_CURVE_MAX_H if that comes later.
 */
export function releaseCurveOf(sorted: Float64Array): { hour: number; share: number }[] {
  const n = sorted.length;
  if (n === 0) return [];
  const start = Math.floor(sorted[0] as number);
  const end = Math.max(start, Math.min(Math.ceil(sorted[n - 1] as number), RELEASE_CURVE_MAX_H));
  const points: { hour: number; share: number }[] = [];
  for (let hour = start; hour <= end; hour++) points.push({ hour, share: countAtMost(sorted, hour) / n });
  return points;
}
