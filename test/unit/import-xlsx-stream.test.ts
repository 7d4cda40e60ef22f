import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import type { ImportProgress } from '../../shared/import/schema';
import { bytesFile, ok } from '../fixtures/import/files';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const open = () => new Backend({ profileDir: tempProfile(), version: 'test', seedsDir: null });

const LINES = 20_000;
/** Chinese descriptions, all different, so the shared strings run to many chunks of the unzip stream. */
const description = (i: number) => `棉质针织男式T恤衫第${i}款（藏青色）`;

function fillSheet(sheet: ExcelJS.Worksheet, lines: number, commit: (row: ExcelJS.Row) => void): void {
  sheet.addRow(['装箱单 PACKING LIST']);
  sheet.mergeCells('A1:E1');
  commit(sheet.addRow(['箱号', '品名', '每箱件数', '每箱净重', '每箱毛重']));
  for (let i = 0; i < lines; i++) commit(sheet.addRow([`${i * 2 + 1}-${i * 2 + 2}`, description(i), 12, 5, 5.5]));
}

/** A big packing list as Excel saves it (with its used range): a merged title over the header, one line per carton range. */
async function bigWorkbook(lines: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fillSheet(book.addWorksheet('装箱单'), lines, () => undefined);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same written by exceljs's streaming writer, which leaves the used range out. */
async function bigStreamedWorkbook(lines: number): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (chunk: Buffer) => parts.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const sheet = book.addWorksheet('装箱单');
  fillSheet(sheet, lines, (row) => row.commit());
  await sheet.commit();
  await book.commit();
  return Buffer.concat(parts);
}

let big: Buffer;
let streamed: Buffer;
beforeAll(async () => {
  big = await bigWorkbook(LINES);
  streamed = await bigStreamedWorkbook(LINES);
}, 60_000);

describe('xlsx read row by row', () => {
  it('reports the read by rows of the used range and keeps every Chinese character whole', async () => {
    const backend = open();
    const progress: ImportProgress[] = [];
    backend.onEvent((event, payload) => {
      if (event === 'import.progress') progress.push(payload as ImportProgress);
    });
    const result = await ok(backend, 'import.commit', { jobId: 'read-1', file: bytesFile('big.xlsx', big), target: 'packing-list' });
    expect(result).toMatchObject({ written: true, lines: LINES });

    const read = progress.filter((p) => p.phase === 'read' && p.done > 0);
    expect(read.length).toBeGreaterThanOrEqual(LINES / 500);
    // Mid-read figures count rows against the sheet's used range (two header rows + the lines).
    expect(read[0]).toMatchObject({ done: 500, total: LINES + 2 });
    expect(read.map((p) => p.done)).toEqual([...read.map((p) => p.done)].sort((a, b) => a - b));
    expect(read.at(-1)).toMatchObject({ done: LINES + 2, total: LINES + 2 });

    const doc = await ok(backend, 'documents.get', { id: result.written ? result.document.id : '' });
    const lines = doc.body.kind === 'packing-list' ? (doc.body.data.lines ?? []) : [];
    const broken = lines.filter((l, i) => l.description !== description(i));
    expect(broken.map((l) => l.description)).toEqual([]);
    backend.close();
  }, 60_000);

  it('stops mid-read when cancelled: no rows parsed, nothing written', async () => {
    const backend = open();
    const progress: ImportProgress[] = [];
    backend.onEvent((event, payload) => {
      if (event !== 'import.progress') return;
      const p = payload as ImportProgress;
      progress.push(p);
      // The dialog's cancel button: another call, sent once the read is under way.
      if (p.phase === 'read' && p.done === 1000) void backend.call('import.cancel', { jobId: 'read-2' });
    });
    const result = await backend.call('import.commit', { jobId: 'read-2', file: bytesFile('big.xlsx', streamed), target: 'packing-list' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED', details: { jobId: 'read-2', cancelled: true } } });
    const reads = progress.filter((p) => p.phase === 'read' && p.done > 0);
    // Without a used range the total is estimated from how much of the file was read: never below what was read.
    for (const p of reads) expect(p.total).toBeGreaterThanOrEqual(p.done);
    expect(reads[0]?.total).toBeGreaterThan(2000);
    const lastRead = Math.max(...reads.map((p) => p.done));
    // Stopped within a chunk or two of the cancel, far from the end of the sheet.
    expect(lastRead).toBeLessThanOrEqual(2000);
    expect(progress.some((p) => p.phase === 'parse' || p.phase === 'write')).toBe(false);
    expect(await ok(backend, 'documents.list', {})).toEqual([]);
    backend.close();
  }, 60_000);
});
