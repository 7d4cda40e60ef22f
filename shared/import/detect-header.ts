import type { ImportTarget } from './fields';
import { headerContext, matchHeader, type HeaderMatch } from './header-match';
import { normalizeDecimalInput } from '../model/decimal';

/** A sheet as text: rows of cell strings, row 0 is the sheet's first row. */
export type Grid = readonly (readonly string[])[];

export interface ColumnGuess {
  column: number;
  /** The header as printed; both rows joined when the header spans two. */
  header: string;
  match: HeaderMatch | null;
}

export interface HeaderLayout {
  /** 0-based index of the (first) header row. */
  headerRow: number;
  headerRows: 1 | 2;
  columns: ColumnGuess[];
  score: number;
}

/** Exporters put a title block, addresses and dates above the table; it starts within this many rows. */
export const HEADER_SCAN_ROWS = 30;

function joinHeader(top: string, bottom: string): string {
  if (!bottom || bottom === top) return top;
  if (!top) return bottom;
  return `${top} ${bottom}`;
}

function best(...matches: (HeaderMatch | null)[]): HeaderMatch | null {
  return matches.reduce<HeaderMatch | null>((a, b) => (b && (!a || b.confidence > a.confidence) ? b : a), null);
}

/** The columns a header at `row` (one or two rows deep) names; one column per field, the surest wins. */
export function columnsAt(grid: Grid, row: number, rows: 1 | 2, target: ImportTarget): ColumnGuess[] {
  const top = grid[row] ?? [];
  const bottom = rows === 2 ? (grid[row + 1] ?? []) : [];
  const width = Math.max(top.length, bottom.length);
  const columns: ColumnGuess[] = [];
  for (let c = 0; c < width; c++) {
    const t = (top[c] ?? '').trim();
    const b = rows === 2 ? (bottom[c] ?? '').trim() : '';
    const header = joinHeader(t, b);
    // Merged cells repeat their text. A distinct lower cell names the column, read in the upper
    // one's context ("长 L" under "尺寸 MEAS. (CM)"); only when it names nothing ("合计 TOTAL"
    // under "数量 QTY") do both rows together, or the upper row alone, decide.
    const match =
      rows === 1 || !b || b === t
        ? matchHeader(header, target)
        : (matchHeader(b, target, headerContext(t)) ?? best(matchHeader(header, target), matchHeader(t, target)));
    columns.push({ column: c, header, match });
  }
  const winner = new Map<string, ColumnGuess>();
  for (const col of columns) {
    if (!col.match) continue;
    const held = winner.get(col.match.field);
    if (!held?.match || col.match.confidence > held.match.confidence) winner.set(col.match.field, col);
  }
  return columns.map((col) => (col.match && winner.get(col.match.field) !== col ? { ...col, match: null } : col));
}

function score(columns: readonly ColumnGuess[]): number {
  const matched = columns.filter((c) => c.match);
  return matched.length < 2 ? 0 : matched.reduce((sum, c) => sum + (c.match?.confidence ?? 0), 0);
}

function fieldsOf(columns: readonly ColumnGuess[]): string {
  return columns.map((c) => c.match?.field ?? '').join('|');
}

/** Two or more numbers in a row: a line of data, not the lower half of a header. */
function looksLikeData(row: readonly string[] | undefined): boolean {
  return (row ?? []).filter((cell) => cell.trim() && normalizeDecimalInput(cell) !== null).length >= 2;
}

/**
 * The row (or pair of rows) among the first HEADER_SCAN_ROWS that names the most known fields.
 * A pair counts when its lower row is not data, it scores at least as well as either row alone,
 * and reading the two together changes what the columns mean ("每箱 PER CTN" over "N.W.") — so a
 * title or blank row above a header is not taken for half of it. Ties go to the upper row. Null
 * when no row names at least two fields.
 */
export function detectHeader(grid: Grid, target: ImportTarget, scan = HEADER_SCAN_ROWS): HeaderLayout | null {
  const rows = Math.min(scan, grid.length);
  const single = Array.from({ length: rows + 1 }, (_, r) => (r < grid.length ? columnsAt(grid, r, 1, target) : []));
  const singleScore = single.map(score);
  let found: HeaderLayout | null = null;
  for (let r = 0; r < rows; r++) {
    const one = single[r] ?? [];
    let layout: HeaderLayout = { headerRow: r, headerRows: 1, columns: one, score: singleScore[r] ?? 0 };
    if (r + 1 < grid.length && !looksLikeData(grid[r + 1])) {
      const two = columnsAt(grid, r, 2, target);
      const s2 = score(two);
      const below = single[r + 1] ?? [];
      const changes = fieldsOf(two) !== fieldsOf(one) && fieldsOf(two) !== fieldsOf(below);
      if (changes && s2 > 0 && s2 >= Math.max(layout.score, singleScore[r + 1] ?? 0)) layout = { headerRow: r, headerRows: 2, columns: two, score: s2 };
    }
    if (layout.score > 0 && (!found || layout.score > found.score)) found = layout;
  }
  return found;
}
