import { extentOf } from './interval-stats';

/** The curve stops at ten days: a longer tail says nothing a person reads off a chart. */
export const RELEASE_CURVE_MAX_H = 240;

/**
 * Cumulative share released by hour X after arrival, from arrival -> release hours (any order):
 * one point per whole hour from floor(min) (negative when released before arrival) to the first
 * hour where every declaration is released, or RELEASE_CURVE_MAX_H if that comes later. The
 * start is held at -RELEASE_CURVE_MAX_H too: a mistyped year in a manual event must not turn the
 * chart into a million points (what lies before the start is counted at the start).
 * A value v is released by hour h exactly when ceil(v) <= h, so one pass counts per ceil(v).
 */
export function releaseCurveOf(values: Float64Array): { hour: number; share: number }[] {
  const n = values.length;
  if (n === 0) return [];
  const { min, max } = extentOf(values);
  const start = Math.max(Math.floor(min), -RELEASE_CURVE_MAX_H);
  const end = Math.max(start, Math.min(Math.ceil(max), RELEASE_CURVE_MAX_H));
  const byHour = new Float64Array(end - start + 1);
  for (const v of values) {
    const h = Math.max(Math.ceil(v), start);
    if (h <= end) byHour[h - start] = (byHour[h - start] as number) + 1;
  }
  const points: { hour: number; share: number }[] = [];
  let released = 0;
  for (let k = 0; k < byHour.length; k++) {
    released += byHour[k] as number;
    points.push({ hour: start + k, share: released / n });
  }
  return points;
}
