import { gridColumnIds, type GridColumnId } from './grid-columns';
import type { GridCursor } from '../packing-ui-store';

/** The cursor after an arrow, Tab or Enter; rows go one past the last line (the new-line row). */
export function movedCursor(cursor: GridCursor, key: string, shift: boolean, rowCount: number): GridCursor | null {
  const col = gridColumnIds.indexOf(cursor.column);
  const last = gridColumnIds.length - 1;
  const at = (row: number, c: number): GridCursor => ({
    row: Math.min(Math.max(0, row), rowCount - 1),
    column: gridColumnIds[Math.min(Math.max(0, c), last)] as GridColumnId,
  });
  switch (key) {
    case 'ArrowUp':
      return at(cursor.row - 1, col);
    case 'ArrowDown':
      return at(cursor.row + 1, col);
    case 'ArrowLeft':
      return at(cursor.row, col - 1);
    case 'ArrowRight':
      return at(cursor.row, col + 1);
    case 'Enter':
      return at(cursor.row + (shift ? -1 : 1), col);
    case 'Tab':
      // Tab runs along the line and on to the next one, as in a spreadsheet form.
      if (shift) return col > 0 ? at(cursor.row, col - 1) : at(cursor.row - 1, last);
      return col < last ? at(cursor.row, col + 1) : at(cursor.row + 1, 0);
    case 'Home':
      return at(cursor.row, 0);
    case 'End':
      return at(cursor.row, last);
    case 'PageDown':
      return at(cursor.row + 20, col);
    case 'PageUp':
      return at(cursor.row - 20, col);
    default:
      return null;
  }
}
