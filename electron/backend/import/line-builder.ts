import type { DocumentBody } from '../../../shared/model/documents';
import type { LibraryBody } from '../../../shared/model/library';
import type { RejectedRow } from '../../../shared/import/schema';
import { decimal, parseDecimal, scaleOf, type DecimalValue } from '../../../shared/model/decimal';
import type { FeeInvoice, FeeItem } from '../../../shared/model/fees';
import type { ReadRow, RowContext } from './read-row';

/** Turns read rows into one target's lines (or library records). */
interface RowCollector {
  /** A data row; returns its rejections (none when the line was taken). */
  add(row: ReadRow): RejectedRow[];
  /** A total row (合计 / TOTAL): its figures become the document's declared totals. */
  totals(row: ReadRow): void;
  readonly count: number;
  /** The first lines, as the preview shows them. */
  sample(limit: number): { row: number; values: Record<string, string> }[];
}

/** Lines of a document: packing list, invoice, declaration items. */
export interface DocumentLineBuilder extends RowCollector {
  readonly output: 'document';
  /** The new document's body, or `existing` with its lines replaced. */
  body(existing?: DocumentBody): DocumentBody;
}

/** Records of the party or product library. */
export interface LibraryLineBuilder extends RowCollector {
  readonly output: 'library';
  records(): LibraryBody[];
}

/** Items of a party's fee list (the list's own header comes from the import dialog). */
export interface FeeListLineBuilder extends RowCollector {
  readonly output: 'fee-list';
  items(): FeeItem[];
}

/** A fee invoice read from rows; `entryIds` are the 报关单号 per line no., tied to declarations when written. */
export interface ImportedFeeInvoice {
  invoice: Omit<FeeInvoice, 'id'>;
  entryIds: Map<number, string>;
  /** The sheet rows it came from, to name them. */
  rows: number[];
}

export interface FeeInvoiceLineBuilder extends RowCollector {
  readonly output: 'fee-invoice';
  invoices(): ImportedFeeInvoice[];
}

export type LineBuilder = DocumentLineBuilder | LibraryLineBuilder | FeeListLineBuilder | FeeInvoiceLineBuilder;

export type BuilderFactory = (ctx: RowContext) => LineBuilder;

/** A line's fields as text for the preview table. */
export function asText(line: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(line)) if (v !== undefined && typeof v !== 'object') out[k] = String(v);
  return out;
}

/**
 * Whether a per-unit figure times a count gives the printed total, allowing for the per-unit
 * figure having been rounded to the places it is printed with (33.33 × 3 against 100).
 */
export function agrees(per: string, count: DecimalValue, total: string): boolean {
  const p = parseDecimal(per);
  const t = parseDecimal(total);
  if (!p || !t) return true;
  const slack = count.times(decimal(5).dividedBy(decimal(10).pow(scaleOf(per) + 1)));
  return p.times(count).minus(t).abs().lte(slack.plus('0.000001'));
}

/** total / count, to at most `places` decimals, without trailing zeros. */
export function divide(total: string, count: DecimalValue, places: number): string {
  return decimal(total).dividedBy(count).toDecimalPlaces(places).toFixed();
}
