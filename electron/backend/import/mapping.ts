import { AppError } from '../../../shared/ipc/errors';
import { columnLetter, fieldDef, targetFields, type ImportField, type ImportTarget } from '../../../shared/import/fields';
import { squash } from '../../../shared/import/header-match';
import type { ColumnGuess } from '../../../shared/import/detect-header';
import type { ColumnChoice, ColumnMapping, SavedMapping } from '../../../shared/import/schema';

/**
 * The column -> field mapping of one import: what the headers say, then a saved mapping (matched
 * by header text), then the broker's own choices, each overriding the one before. A field maps
 * from one column only; a later choice takes it from an earlier column.
 */
export function resolveColumns(
  guesses: readonly ColumnGuess[],
  target: ImportTarget,
  saved: SavedMapping | null,
  chosen: readonly ColumnChoice[] = [],
): ColumnMapping[] {
  const columns: ColumnMapping[] = guesses.map((g) => ({
    column: g.column,
    letter: columnLetter(g.column),
    header: g.header,
    field: g.match?.field ?? null,
    confidence: g.match?.confidence ?? 0,
    source: 'detected',
  }));
  const take = (col: ColumnMapping, field: ImportField | null, source: ColumnMapping['source']) => {
    if (field) for (const other of columns) if (other !== col && other.field === field) Object.assign(other, { field: null, confidence: 0 });
    Object.assign(col, { field, confidence: field ? 1 : 0, source });
  };
  if (saved) {
    const byHeader = new Map(saved.columns.map((c) => [squash(c.header), c.field]));
    for (const col of columns) {
      const field = byHeader.get(squash(col.header));
      if (field !== undefined && (field === null || fieldDef(target, field))) take(col, field, 'saved');
    }
  }
  chosen.forEach((choice, i) => {
    if (choice.field !== null && !fieldDef(target, choice.field)) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: `columns.${i}.field`,
        messageZh: `「${choice.field}」不是可导入到${targetName(target).zh}的字段。`,
        messageEn: `"${choice.field}" is not a field of ${targetName(target).en}.`,
      });
    }
    let col = columns.find((c) => c.column === choice.column);
    if (!col) {
      col = { column: choice.column, letter: columnLetter(choice.column), header: '', field: null, confidence: 0, source: 'chosen' };
      columns.push(col);
      columns.sort((a, b) => a.column - b.column);
    }
    take(col, choice.field, 'chosen');
  });
  return columns;
}

/** Fields every line needs that no column provides. A packing list needs a carton range or a count. */
export function missingFields(target: ImportTarget, columns: readonly ColumnMapping[]): ImportField[] {
  const mapped = new Set(columns.map((c) => c.field));
  const missing = targetFields[target].filter((d) => d.required && !mapped.has(d.field)).map((d) => d.field);
  if (target === 'packing-list' && !mapped.has('cartonRange') && !mapped.has('cartons')) missing.push('cartons');
  if ((target === 'parties' || target === 'products') && !mapped.has('name') && !mapped.has('nameZh') && !mapped.has('nameEn')) missing.push('name');
  // An invoice line needs money: an amount, or a unit price the amount is worked out from.
  if (target === 'fee-invoice' && !mapped.has('amount') && !mapped.has('unitPrice')) missing.push('amount');
  return missing;
}

const targetNames: Record<ImportTarget, { zh: string; en: string }> = {
  'packing-list': { zh: '装箱单', en: 'a packing list' },
  invoice: { zh: '发票', en: 'an invoice' },
  items: { zh: '报关单商品项', en: 'declaration items' },
  parties: { zh: '企业库', en: 'the party library' },
  products: { zh: '商品库', en: 'the product library' },
  'fee-list': { zh: '收费清单', en: 'a fee list' },
  'fee-invoice': { zh: '收费发票', en: 'fee invoices' },
};

export function targetName(target: ImportTarget): { zh: string; en: string } {
  return targetNames[target];
}
