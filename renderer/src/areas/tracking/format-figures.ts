/**
 * How the dashboard writes its figures. The TRS table's cells are read by an end-to-end test that
 * recomputes them from raw events, so the format is fixed: hours with 2 decimals, shares as a
 * percent with 1 decimal ("83.3%"), "—" when a figure does not exist (no complete chain).
 */
export const NO_FIGURE = '—';

export function formatHours(hours: number | null): string {
  return hours === null ? NO_FIGURE : hours.toFixed(2);
}

export function formatShare(share: number | null): string {
  return share === null ? NO_FIGURE : `${(share * 100).toFixed(1)}%`;
}

/** Hours on a chart's axis or tooltip: one decimal is enough to read a bar. */
export function formatAxisHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}
