import type { PackingLine, PackingList } from '../../../../../shared/model/packing-list';
import { gridColumnIds, withCell, cellText, type GridColumnId } from './grid-columns';
import { parseTsv } from './tsv';

/**
 * Grid edits as pure functions of the list: each returns a new list (or the same object when
 * nothing changed, so the store does not save for nothing). Line numbers are always 1..n.
 */
const lineAt = (lines: readonly PackingLine[], row: number): PackingLine => lines[row] ?? { lineNo: row + 1 };

function withLines(list: PackingList, lines: PackingLine[]): PackingList {
  return { ...list, lines: lines.map((line, i) => (line.lineNo === i + 1 ? line : { ...line, lineNo: i + 1 })) };
}

/** Lines up to `rows` long; a cell written below the last line adds empty lines down to it. */
function grown(lines: readonly PackingLine[], rows: number): PackingLine[] {
  const next = [...lines];
  while (next.length < rows) next.push({ lineNo: next.length + 1 });
  return next;
}

export function setCell(list: PackingList, row: number, column: GridColumnId, text: string): PackingList {
  const lines = list.lines ?? [];
  if (cellText(lines[row], column) === text.trim() && row < lines.length) return list;
  const next = grown(lines, row + 1);
  next[row] = withCell(lineAt(next, row), column, text);
  return withLines(list, next);
}

export interface PasteResult {
  list: PackingList;
  rows: number;
  columns: number;
}

/** A block copied from Excel, written from the cursor right and down; extra columns are dropped. */
export function pasteBlock(list: PackingList, row: number, column: GridColumnId, text: string): PasteResult {
  const block = parseTsv(text);
  const start = gridColumnIds.indexOf(column);
  const width = Math.min(Math.max(0, ...block.map((r) => r.length)), gridColumnIds.length - start);
  if (block.length === 0 || width === 0) return { list, rows: 0, columns: 0 };
  const lines = grown(list.lines ?? [], row + block.length);
  block.forEach((cells, r) => {
    let line = lineAt(lines, row + r);
    for (let c = 0; c < width; c++) {
      const id = gridColumnIds[start + c];
      if (id) line = withCell(line, id, cells[c] ?? '');
    }
    lines[row + r] = line;
  });
  return { list: withLines(list, lines), rows: block.length, columns: width };
}

/** Ctrl+D: the cell above copied into the cursor's cell (the carton column copies its range). */
export function fillDown(list: PackingList, row: number, column: GridColumnId): PackingList {
  if (row < 1) return list;
  const lines = list.lines ?? [];
  return setCell(list, row, column, cellText(lines[row - 1], column));
}

export function insertLine(list: PackingList, at: number): PackingList {
  const lines = [...(list.lines ?? [])];
  lines.splice(Math.min(Math.max(0, at), lines.length), 0, { lineNo: at + 1 });
  return withLines(list, lines);
}

export function deleteLine(list: PackingList, at: number): PackingList {
  const lines = list.lines ?? [];
  if (at < 0 || at >= lines.length) return list;
  return withLines(list, lines.filter((_, i) => i !== at));
}
