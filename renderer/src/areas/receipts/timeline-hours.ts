/**
 * Hours since the previous step as the timeline writes them: "+5.50 h", and a negative interval
 * (declared before the vessel arrived, 提前申报) as "提前 2.00 h" / "2.00 h before" since it is
 * normal, not an error.
 */
export function intervalText(hours: number, t: (key: 'timeline.after' | 'timeline.before', values: { hours: string }) => string): string {
  return hours < 0 ? t('timeline.before', { hours: (-hours).toFixed(2) }) : t('timeline.after', { hours: hours.toFixed(2) });
}
