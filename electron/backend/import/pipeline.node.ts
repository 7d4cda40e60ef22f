import { AppError } from '../../../shared/ipc/errors';
import { columnsAt, detectHeader, HEADER_SCAN_ROWS, type HeaderLayout } from '../../../shared/import/detect-header';
import { headerContext, headerFingerprint } from '../../../shared/import/header-match';
import { isLibraryTarget, type ImportField, type ImportTarget } from '../../../shared/import/fields';
import type { ColumnMapping, ImportOptions, ImportProgress, RejectedRow, SavedMapping } from '../../../shared/import/schema';
import { readWorkbook, type SheetText, type Workbook } from './read-file.node';
import { resolveColumns, missingFields, targetName } from './mapping';
import { classifyRow, readRow, type CodeResolver, type FeeRowContext, type RowContext } from './read-row';
import type { BuilderFactory, LineBuilder } from './line-builder';
import { packingBuilder } from './build-packing';
import { invoiceBuilder } from './build-invoice';
import { itemsBuilder } from './build-items';
import { libraryBuilder } from './build-library';
import { feeListBuilder } from './build-fee-list';
import { feeInvoiceBuilder } from './build-fee-invoice';

/** Rows parsed between two yields to the event loop: a cancel or another call gets through. */
export const CHUNK_ROWS = 500;

export interface PipelineDeps {
  resolver: CodeResolver;
  /** A saved mapping by name, or the latest saved for this layout. */
  savedMapping(target: ImportTarget, fingerprint: string, name?: string): SavedMapping | null;
  /** Layouts with a saved mapping: such a header is found even when its words are unknown. */
  savedLayouts(target: ImportTarget): ReadonlySet<string>;
  progress(phase: ImportProgress['phase'], done: number, total: number): void;
  /** Throws when the job was cancelled. */
  checkCancelled(): void;
  /** Fee targets: the catalogue's item names and the invoice defaults. */
  fees?: FeeRowContext;
}

export interface ImportRun {
  workbook: Workbook;
  sheet: SheetText;
  layout: HeaderLayout;
  fingerprint: string;
  appliedMapping: string | null;
  columns: ColumnMapping[];
  missing: ImportField[];
  builder: LineBuilder;
  rejected: RejectedRow[];
  rejectedRows: number;
  skipped: { blank: number; totals: number; notes: number };
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const headerExamples: Partial<Record<ImportTarget, { zh: string; en: string }>> = {
  parties: { zh: '企业名称、统一社会信用代码、海关编码', en: 'Company name, USCC, Customs code' },
  products: { zh: '料号、商品名称、商品编号', en: 'Part no., Goods name, HS code' },
  'fee-list': { zh: '收费项目、计费单位、收费标准', en: 'Charge item, Unit, Rate' },
  'fee-invoice': { zh: '发票号、收费项目、金额、箱号', en: 'Invoice No., Charge item, Amount, Container No.' },
};

function noHeader(fileName: string, target: ImportTarget): AppError {
  const name = targetName(target);
  const examples = headerExamples[target] ?? { zh: '箱号、品名、数量、毛重', en: 'CTN NO., DESCRIPTION, QTY, G.W.' };
  return new AppError({
    code: 'INVALID_INPUT',
    field: 'file',
    messageZh: `在「${fileName}」的前 30 行中找不到${name.zh}的表头（如 ${examples.zh}）。请指定表头所在的行。`,
    messageEn: `No header row for ${name.en} in the first 30 rows of "${fileName}" (such as ${examples.en}). Give the header row.`,
  });
}

/** A header row (one or two deep) whose layout has a saved mapping. */
function savedLayoutIn(sheet: SheetText, target: ImportTarget, layouts: ReadonlySet<string>): HeaderLayout | null {
  if (layouts.size === 0) return null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, sheet.rows.length); r++) {
    for (const depth of [1, 2] as const) {
      const columns = columnsAt(sheet.rows, r, depth, target);
      if (layouts.has(headerFingerprint(columns.map((c) => c.header)))) return { headerRow: r, headerRows: depth, columns, score: Infinity };
    }
  }
  return null;
}

/**
 * The sheet asked for, else the one whose header names the most fields for this target; a
 * header whose layout has a saved mapping wins over any guess.
 */
function chooseSheet(workbook: Workbook, options: ImportOptions, layouts: ReadonlySet<string>): { sheet: SheetText; layout: HeaderLayout } {
  const { target, file } = options;
  const candidates = options.sheet ? workbook.sheets.filter((s) => s.name === options.sheet) : workbook.sheets;
  if (candidates.length === 0) {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'sheet',
      messageZh: `文件中没有名为「${options.sheet ?? ''}」的工作表。`,
      messageEn: `The file has no sheet called "${options.sheet ?? ''}".`,
      details: { sheets: workbook.sheets.map((s) => s.name) },
    });
  }
  if (options.headerRow !== undefined) {
    const sheet = candidates.find((s) => detectHeader(s.rows, target)) ?? candidates[0];
    if (!sheet) throw noHeader(file.fileName, target);
    const columns = columnsAt(sheet.rows, options.headerRow - 1, options.headerRows ?? 1, target);
    return { sheet, layout: { headerRow: options.headerRow - 1, headerRows: options.headerRows ?? 1, columns, score: 0 } };
  }
  let best: { sheet: SheetText; layout: HeaderLayout } | null = null;
  for (const sheet of candidates) {
    const layout = savedLayoutIn(sheet, target, layouts) ?? detectHeader(sheet.rows, target);
    if (layout && (!best || layout.score > best.layout.score)) best = { sheet, layout };
  }
  if (!best) throw noHeader(file.fileName, target);
  return best;
}

function builderFor(target: ImportTarget, columns: readonly ColumnMapping[]): BuilderFactory {
  // A currency printed in the price, rate or amount header is the lines' currency when no column says.
  const priceHeader = columns.find((c) => c.field === 'unitPrice' || c.field === 'amount' || c.field === 'rate')?.header;
  const currency = priceHeader ? headerContext(priceHeader).unit?.currency : undefined;
  if (target === 'packing-list') return packingBuilder;
  if (target === 'fee-list') return feeListBuilder(currency);
  if (target === 'fee-invoice') return feeInvoiceBuilder(currency);
  if (isLibraryTarget(target)) return libraryBuilder(target);
  return target === 'invoice' ? invoiceBuilder(currency) : itemsBuilder(currency);
}

/** Reads the file, finds the header, maps the columns and reads every row, in chunks. */
export async function runImport(options: ImportOptions, deps: PipelineDeps): Promise<ImportRun> {
  const bytes = Buffer.from(options.file.contentBase64, 'base64');
  deps.progress('read', 0, 0);
  const workbook = await readWorkbook(options.file.fileName, bytes, {
    progress: (done, total) => deps.progress('read', done, total),
    checkCancelled: deps.checkCancelled,
  });
  const rowsRead = workbook.sheets.reduce((n, s) => n + s.rows.length, 0);
  deps.progress('read', rowsRead, rowsRead);
  deps.checkCancelled();

  const { sheet, layout } = chooseSheet(workbook, options, deps.savedLayouts(options.target));
  const fingerprint = headerFingerprint(layout.columns.map((c) => c.header));
  const saved = deps.savedMapping(options.target, fingerprint, options.mappingName);
  const columns = resolveColumns(layout.columns, options.target, saved, options.columns);
  const mapping = new Map(columns.filter((c) => c.field).map((c) => [c.column, c.field as ImportField]));
  const ctx: RowContext = { sheet: sheet.name, target: options.target, mapping, resolver: deps.resolver, ...(deps.fees ? { fees: deps.fees } : {}) };
  const builder = builderFor(options.target, columns)(ctx);

  const run: ImportRun = {
    workbook,
    sheet,
    layout,
    fingerprint,
    appliedMapping: saved?.name ?? null,
    columns,
    missing: missingFields(options.target, columns),
    builder,
    rejected: [],
    rejectedRows: 0,
    skipped: { blank: 0, totals: 0, notes: 0 },
  };
  const first = layout.headerRow + layout.headerRows;
  const total = Math.max(0, sheet.rows.length - first);
  let afterTotal = false;
  for (let i = first; i < sheet.rows.length; i++) {
    const done = i - first;
    if (done > 0 && done % CHUNK_ROWS === 0) {
      deps.progress('parse', done, total);
      await yieldToLoop();
      deps.checkCancelled();
    }
    const cells = sheet.rows[i] ?? [];
    const kind = classifyRow(cells, mapping);
    if (kind === 'blank') run.skipped.blank++;
    else if (kind === 'total' || kind === 'subtotal') {
      run.skipped.totals++;
      if (kind === 'total') {
        afterTotal = true;
        builder.totals(readRow(cells, i + 1, ctx));
      }
    } else if (afterTotal && [...mapping.keys()].filter((c) => cells[c]).length < 2) {
      // Below the totals: "SAY TOTAL THREE HUNDRED CARTONS ONLY", signatures, remarks.
      run.skipped.notes++;
    } else {
      const rejected = builder.add(readRow(cells, i + 1, ctx));
      if (rejected.length) {
        run.rejectedRows++;
        run.rejected.push(...rejected);
      }
    }
  }
  deps.progress('parse', total, total);
  deps.checkCancelled();
  return run;
}
