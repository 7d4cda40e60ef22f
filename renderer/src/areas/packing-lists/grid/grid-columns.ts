import { formatCartonRange, readCartonRange } from '../../../../../shared/model/carton-range';
import type { PackingLine } from '../../../../../shared/model/packing-list';

/**
 * The carton grid's editable columns, in Excel's usual order so a block copied from an
 * exporter's sheet pastes straight in. Carton numbers are one column ("C001-C352"), stored as
 * prefix/from/to.
 */
export const gridColumnIds = [
  'cartonRange',
  'cartons',
  'description',
  'hsCode',
  'itemGNo',
  'piecesPerCarton',
  'pieceUnit',
  'netPerCarton',
  'grossPerCarton',
  'lengthCm',
  'widthCm',
  'heightCm',
  'containerId',
] as const;
export type GridColumnId = (typeof gridColumnIds)[number];

type LineField = Exclude<keyof PackingLine, 'lineNo' | 'cartonPrefix' | 'cartonFrom' | 'cartonTo'>;

export const numericColumns: ReadonlySet<GridColumnId> = new Set([
  'cartons',
  'itemGNo',
  'piecesPerCarton',
  'netPerCarton',
  'grossPerCarton',
  'lengthCm',
  'widthCm',
  'heightCm',
]);

export function cellText(line: PackingLine | undefined, column: GridColumnId): string {
  if (!line) return '';
  if (column === 'cartonRange') {
    return formatCartonRange({ prefix: line.cartonPrefix ?? '', from: line.cartonFrom ?? '', to: line.cartonTo ?? '' });
  }
  return line[column] ?? '';
}

function withField(line: PackingLine, field: LineField | 'cartonPrefix' | 'cartonFrom' | 'cartonTo', value: string): PackingLine {
  if (value !== '') return { ...line, [field]: value };
  const { [field]: _cleared, ...rest } = line;
  return rest;
}

/**
 * A cell's new text. A carton cell that reads as a range is stored expanded; text that does not
 * (a typo) is kept in the prefix field as typed, so nothing is lost and PL-002 points at it.
 */
export function withCell(line: PackingLine, column: GridColumnId, raw: string): PackingLine {
  const text = raw.trim();
  if (column !== 'cartonRange') return withField(line, column, column === 'description' ? raw.replace(/\s+$/u, '') : text);
  const range = text ? readCartonRange(text) : null;
  let next = withField(withField(withField(line, 'cartonPrefix', ''), 'cartonFrom', ''), 'cartonTo', '');
  if (range) {
    next = withField(withField(withField(next, 'cartonPrefix', range.prefix), 'cartonFrom', range.from), 'cartonTo', range.to);
  } else if (text) {
    next = withField(next, 'cartonPrefix', text.slice(0, 10));
  }
  return next;
}

/** The grid column a rule's line field is shown in ("cartonTo" lives in the carton column). */
export function columnOfField(field: string | undefined): GridColumnId {
  if (field === 'cartonPrefix' || field === 'cartonFrom' || field === 'cartonTo') return 'cartonRange';
  return (gridColumnIds as readonly string[]).includes(field ?? '') ? (field as GridColumnId) : 'cartonRange';
}
