/**
 * Hours since the previous step as the timeline writes them: "+5.50 h", and a negative interval
 * (declared before the vessel arrived, 提前申报) as "提前 2.00 h" / "2.00 h before" since it is
 * normal, not an error.
 */
export function intervalText(hours: number, t: (key: 'timeline.after' | 'timeline.before', values: { hours: string }) => string): string {
  return hours < 0 ? t('timeline.before', { hours: (-hours).toFixed(2) }) : t('timeline.after', { hours: hours.toFixed(2) });
}

/**
 * Hours by which the declaration was lodged before the goods arrived (提前申报), or null. The
 * steps are listed by time, so this is not always visible as a negative interval; it is worth
 * saying because it is the good case, not an anomaly.
 */
export function declaredEarlyHours(steps: readonly { kind: string; at: string | null }[]): number | null {
  const arrival = steps.find((s) => (s.kind === 'vessel-arrival' || s.kind === 'goods-arrival') && s.at)?.at;
  const declared = steps.find((s) => s.kind === 'declared' && s.at)?.at;
  if (!arrival || !declared) return null;
  const hours = (Date.parse(arrival) - Date.parse(declared)) / 3_600_000;
  return hours > 0 ? hours : null;
}
