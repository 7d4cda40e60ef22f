import { statSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import type { Grid } from '../../../shared/import/detect-header';

/** Rows read between two looks at the clock of the event loop: a cancel or another call gets through. */
export const READ_CHUNK_ROWS = 500;
const INPUT_PIECE = 16 * 1024;

/** How a long read reports and stops: progress by rows, and a check that throws when the job was cancelled. */
export interface ReadWatch {
  progress(doneRows: number, totalRows: number): void;
  checkCancelled(): void;
}

export interface XlsxSheet {
  name: string;
  rows: Grid;
}

/**
 * What exceljs's streaming reader leaves out and we need: the merged ranges (<mergeCell>, after
 * the rows) and the used range (<dimension>, before them: the row count for progress).
 */
class SheetScan {
  readonly merges: string[] = [];
  totalRows = 0;
  /** Bytes of the sheet's XML seen so far, and in all when known (a sheet exceljs parked in a temporary file). */
  seenBytes = 0;
  sheetBytes = 0;
  private tail = '';

  constructor(source: unknown) {
    // exceljs parks a sheet that comes before the shared strings in a temporary file and reads it back from there.
    const path = (source as { path?: unknown }).path;
    if (typeof path === 'string') this.sheetBytes = statSync(path).size;
  }

  /** Rows in the sheet: its used range, else extrapolated from the share of its XML read so far. */
  estimateRows(read: number, fileShare: number): number {
    if (this.totalRows) return this.totalRows;
    const share = this.sheetBytes ? this.seenBytes / this.sheetBytes : fileShare;
    return share > 0 ? Math.round(read / Math.min(1, share)) : read;
  }

  /**
   * The sheet's XML as whole characters. exceljs decodes each chunk on its own, so a Chinese
   * character split between two chunks would be read as two replacement characters.
   */
  async *text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
    const decoder = new StringDecoder('utf8');
    for await (const chunk of chunks) {
      this.seenBytes += chunk.length;
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      this.scan(text);
      yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  private scan(text: string): void {
    // A tag may straddle two chunks: look at the end of the last one too (a tag is far shorter than 200 characters).
    const window = this.tail + text;
    if (!this.totalRows) {
      const dimension = /<dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(window);
      if (dimension?.[1]) this.totalRows = Number(dimension[1]);
    }
    for (const m of window.matchAll(/<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) {
      // Matches wholly inside the tail were counted with the previous chunk.
      if (m.index + m[0].length > this.tail.length && m[1]) this.merges.push(m[1]);
    }
    this.tail = window.slice(-200);
  }
}

/** Shared strings as whole characters, for the same reason as the sheets. */
function wholeCharacters(): Transform {
  const decoder = new StringDecoder('utf8');
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.write(chunk));
    },
    flush(done) {
      done(null, decoder.end());
    },
  });
}

/** The parts of exceljs's WorkbookReader we wrap (not in its typings; exceljs 4.4). */
interface ReaderInternals {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}

interface StreamedSheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function cellAt(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), col: columnNumber(m[1] ?? '') } : { row: 0, col: 0 };
}

/** Merged cells read as Excel shows them: every cell of the range carries the top-left cell's text. */
function fillMerges(rows: string[][], merges: readonly string[]): void {
  for (const range of merges) {
    const [from, to] = range.split(':').map(cellAt) as [{ row: number; col: number }, { row: number; col: number }];
    const text = rows[from.row - 1]?.[from.col - 1] ?? '';
    if (!text) continue;
    for (let r = from.row; r <= to.row; r++) {
      const row = (rows[r - 1] ??= []);
      for (let c = from.col; c <= to.col; c++) {
        while (row.length < c - 1) row.push('');
        row[c - 1] = text;
      }
    }
  }
}

function trimRow(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && !row[end - 1]) end--;
  return row.slice(0, end);
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * An .xlsx read row by row with exceljs's streaming reader: progress by rows (of the sheet's used
 * range) and a cancel that stops the read within READ_CHUNK_ROWS rows, where loading the whole
 * workbook at once could be neither watched nor stopped. `cellText` turns a cell value into text.
 */
export async function readXlsxStreaming(bytes: Buffer, cellText: (value: ExcelJS.CellValue) => string, watch?: ReadWatch): Promise<XlsxSheet[]> {
  // Fed to the unzip in pieces, so how far it has read says how far the read is when a sheet
  // does not give its used range (exceljs's own streaming writer leaves <dimension> out).
  let fed = 0;
  const input = Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += INPUT_PIECE) {
        fed = Math.min(bytes.length, at + INPUT_PIECE);
        yield bytes.subarray(at, fed);
      }
    })(),
    { highWaterMark: 1 },
  );
  // Styles are read so that date cells come back as dates, not serial numbers.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const internals = reader as unknown as ReaderInternals;
  const scans = new Map<unknown, SheetScan>();
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => parseSharedStrings(entry.pipe(wholeCharacters()));
  internals._parseWorksheet = function* (iterator, sheetNo) {
    const scan = new SheetScan(iterator);
    for (const event of parseWorksheet(scan.text(iterator), sheetNo)) {
      scans.set(event.value, scan);
      yield event;
    }
  };

  const sheets: XlsxSheet[] = [];
  let before = 0;
  try {
    for await (const sheet of reader as unknown as AsyncIterable<StreamedSheet>) {
      const scan = scans.get(sheet);
      const rows: string[][] = [];
      let read = 0;
      for await (const row of sheet) {
        const cells: string[] = [];
        const values = row.values as ExcelJS.CellValue[];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        rows[row.number - 1] = trimRow(cells);
        if (++read % READ_CHUNK_ROWS === 0) {
          const estimate = scan ? scan.estimateRows(read, fed / bytes.length) : read;
          watch?.progress(before + read, before + Math.max(read, estimate));
          await yieldToLoop();
          watch?.checkCancelled();
        }
      }
      for (let r = 0; r < rows.length; r++) rows[r] ??= [];
      if (scan) fillMerges(rows, scan.merges);
      before += read;
      sheets.push({ name: sheet.name, rows });
    }
  } finally {
    input.destroy();
  }
  return sheets;
}
