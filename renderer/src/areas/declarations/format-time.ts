const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Local time as brokers write it, 2025-11-26 14:05, in both languages: unambiguous, sortable,
 * and the same width in every row of a table.
 */
export function formatLocalTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
