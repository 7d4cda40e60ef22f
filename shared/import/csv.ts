/**
 * CSV out (lists, reports) for Excel. A text cell that starts like a formula (= + - @, or a tab
 * or carriage return that Excel strips before reading one) is prefixed with an apostrophe, so a
 * value typed by someone else (a consignee name "=HYPERLINK(...)") is shown, never evaluated.
 * Numbers are written as numbers: -5 is a value, not a formula.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends; `bom` makes Excel read it as UTF-8 (CSV UTF-8). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}${rows.length ? '\r\n' : ''}`;
}
