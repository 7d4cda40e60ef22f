import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ClearwayDocument } from '../../shared/model/documents';
import type { ImportTrackingEventsResult, Timeline, TrackingEvent } from '../../shared/model/tracking';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';
import { openProfileDb, recordEvents } from './helpers/tracking-profile';
import { encodeGb2312 } from './helpers/gb2312';

const tempProfile = useTempProfiles();
const fixtures = join(process.cwd(), 'test/fixtures/tracking');
const GOOD = 'yangshan-terminal-events.csv';
const BAD = 'yangshan-terminal-events-bad.csv';

/** Two import declarations as the fixtures name them: by entry no. and by bill of lading. */
async function profileWithDeclarations() {
  const profile = tempProfile();
  const backend = syncBackend(profile);
  const emitted = recordEvents(backend);
  const first = validImport();
  first.head.entryId = '224820261000000762';
  first.head.billNo = 'COSU6123456789';
  const second = validImport();
  second.head.entryId = '224820261000000999';
  second.head.billNo = 'MEDUJ7654321';
  second.containers = [{ containerId: 'MSCU7428106', containerMd: '22', goodsNo: '1' }];
  const a = await saveNew(backend, { kind: 'declaration', data: first });
  const b = await saveNew(backend, { kind: 'declaration', data: second });
  const db = openProfileDb(profile);
  const count = () => (db.prepare('SELECT count(*) AS n FROM tracking_events').get() as { n: number }).n;
  const close = () => {
    db.close();
    backend.close();
  };
  return { backend, emitted, a, b, db, count, close };
}

function importFile(fileName: string, bytes: Buffer, dryRun: boolean) {
  return { fileName, contentBase64: bytes.toString('base64'), dryRun };
}
const fixture = (name: string) => readFileSync(join(fixtures, name));

describe('importing tracking events from CSV and Excel', () => {
  it('checks a terminal export on a dry run without writing, then writes it once; the same file again adds nothing', async () => {
    const p = await profileWithDeclarations();
    const titleA = (await ok<ClearwayDocument>(p.backend, 'documents.get', { id: p.a })).title;

    const dry = await ok<ImportTrackingEventsResult>(p.backend, 'tracking.importEvents', importFile(GOOD, fixture(GOOD), true));
    expect(dry).toMatchObject({ rows: 7, added: 7, duplicates: 0, errors: [], written: false });
    expect(dry.preview.map((r) => [r.row, r.kind, r.at, r.containerNo])).toEqual([
      [4, 'vessel-arrival', '2026-11-03T06:20:00.000Z', null],
      [5, 'discharge', '2026-11-03T13:05:00.000Z', 'CSQU3054383'],
      [6, 'terminal-release', '2026-11-05T02:12:00.000Z', 'CSQU3054383'],
      [7, 'edo-issued', '2026-11-05T03:30:00.000Z', null],
      [8, 'gate-out', '2026-11-05T08:40:00.000Z', 'CSQU3054383'],
      [10, 'vessel-arrival', '2026-11-03T22:00:00.000Z', 'MSCU7428106'],
      [11, 'gate-out', '2026-11-06T02:15:00.000Z', 'MSCU7428106'],
    ]);
    expect(dry.preview[0]?.documentTitle).toBe(titleA);
    expect(p.count()).toBe(0);
    expect(p.emitted('tracking.changed')).toEqual([]);

    const real = await ok<ImportTrackingEventsResult>(p.backend, 'tracking.importEvents', importFile(GOOD, fixture(GOOD), false));
    expect(real).toMatchObject({ rows: 7, added: 7, duplicates: 0, written: true });
    expect(p.count()).toBe(7);
    expect(p.emitted('tracking.changed')).toEqual([{ documentIds: [p.a, p.b] }]);
    const timeline = await ok<Timeline>(p.backend, 'tracking.timeline', { documentId: p.a });
    const gateOut = timeline.steps.find((s) => s.kind === 'gate-out');
    expect(gateOut).toMatchObject({ state: 'done', at: '2026-11-05T08:40:00.000Z' });
    expect(gateOut?.events[0]).toMatchObject({ source: 'import', deletable: true, note: '沪A·12345' });
    const chain = p.db.prepare('SELECT arrival_ms, gate_out_ms FROM tracking_chains WHERE document_id = ?').get(p.b);
    expect(chain).toEqual({ arrival_ms: Date.parse('2026-11-03T22:00:00Z'), gate_out_ms: Date.parse('2026-11-06T02:15:00Z') });

    const again = await ok<ImportTrackingEventsResult>(p.backend, 'tracking.importEvents', importFile('copy of the same.csv', fixture(GOOD), false));
    expect(again).toMatchObject({ rows: 7, added: 0, duplicates: 7, errors: [], written: true });
    expect(p.count()).toBe(7);
    expect(p.emitted('tracking.changed')).toHaveLength(1);

    // An imported event is the broker's own record: it can be deleted.
    await ok(p.backend, 'tracking.deleteEvent', { id: gateOut?.events[0]?.id });
    expect((await ok<Timeline>(p.backend, 'tracking.timeline', { documentId: p.a })).steps.find((s) => s.kind === 'gate-out')?.state).toBe('awaited');
    p.close();
  });

  it('reads the same export saved by a Chinese Excel as GBK text alike', async () => {
    const p = await profileWithDeclarations();
    const utf8 = await ok<ImportTrackingEventsResult>(p.backend, 'tracking.importEvents', importFile(GOOD, fixture(GOOD), true));
    const text = fixture(GOOD).toString('utf8').replace(/^\uFEFF/, '');
    const gbk = Buffer.from(encodeGb2312(text));
    const result = await ok<ImportTrackingEventsResult>(p.backend, 'tracking.importEvents', importFile('码头记录.csv', gbk, true));
    expect(result.errors).toEqual([]);
    expect(result.preview).toEqual(utf8.preview);
    p.close();
  });

  it('names the row and column of every bad row in Chinese and English, and writes none of the file', async () => {
    const p = await profileWithDeclarations();
    const result = await ok<ImportTrackingEventsResult>(p.backend, 'tracking.importEvents', importFile(BAD, fixture(BAD), false));
    expect(result).toMatchObject({ rows: 7, added: 0, written: false });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '报关单号'],
      [4, '集装箱号'],
      [5, '事件'],
      [6, '时间'],
      [7, '时间'],
      [8, null],
    ]);
    const byRow = new Map(result.errors.map((e) => [e.row, e]));
    expect(byRow.get(3)?.messageZh).toBe('第 3 行「报关单号」：找不到「224820269999999999」对应的报关单。');
    expect(byRow.get(3)?.messageEn).toBe('Row 3, "报关单号": no declaration has "224820269999999999".');
    expect(byRow.get(4)?.messageZh).toContain('第 4 行「集装箱号」');
    expect(byRow.get(4)?.messageEn).toContain('Row 4, "集装箱号": "CSQU305438" is not a container number');
    expect(byRow.get(5)?.messageEn).toContain('unknown event "装船"');
    expect(byRow.get(6)?.messageZh).toContain('无法识别时间「2026-13-05 16:40」');
    expect(byRow.get(7)?.messageEn).toContain('more than a day in the future');
    expect(byRow.get(8)?.messageZh).toContain('没有报关单号');
    // The good first row is not written either.
    expect(p.count()).toBe(0);
    expect(p.emitted('tracking.changed')).toEqual([]);
    p.close();
  });

  it('reads an Excel sheet with English headers under a title, date cells with their time, serial numbers and ClientSeqNo', async () => {
    const p = await profileWithDeclarations();
    const a = await ok<ClearwayDocument>(p.backend, 'documents.get', { id: p.a });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Milestones');
    sheet.addRow(['Yangshan Phase IV — container milestones']);
    sheet.addRow([]);
    sheet.addRow(['ClientSeqNo', 'B/L No.', 'Container No.', 'Event', 'Event time', 'Remarks']);
    // Excel has no zones: a date cell is a wall-clock time, which exceljs writes from the UTC fields.
    sheet.addRow([a.clientSeqNo, '', 'CSQU3054383', 'Discharge', new Date(Date.UTC(2026, 10, 3, 21, 5)), 'berth 3']);
    sheet.addRow(['', 'MEDUJ7654321', 'MSCU7428106', '码头放行', '2026-11-05 10:12', '']);
    // 46333.5 = 2026-11-07 12:00 on Excel's calendar, in a cell not formatted as a date.
    sheet.addRow(['', 'MEDUJ7654321', '', 'EDO issued', 46333.5, '']);
    sheet.getCell('E4').numFmt = 'yyyy-mm-dd hh:mm';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const result = await ok<ImportTrackingEventsResult>(p.backend, 'tracking.importEvents', importFile('milestones.xlsx', bytes, false));
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ rows: 3, added: 3, written: true });
    const events = (await ok<Timeline>(p.backend, 'tracking.timeline', { documentId: p.a })).events;
    expect(events.map((e) => [e.kind, e.at, e.containerNo, e.note])).toEqual([['discharge', '2026-11-03T13:05:00.000Z', 'CSQU3054383', 'berth 3']]);
    const b = (await ok<Timeline>(p.backend, 'tracking.timeline', { documentId: p.b })).events;
    expect(b.map((e: TrackingEvent) => [e.kind, e.at])).toEqual([
      ['terminal-release', '2026-11-05T02:12:00.000Z'],
      ['edo-issued', '2026-11-07T04:00:00.000Z'],
    ]);
    p.close();
  });

  it('refuses a file without the needed columns, or that is no spreadsheet, naming the file', async () => {
    const p = await profileWithDeclarations();
    const noTime = Buffer.from('报关单号,事件,备注\n224820261000000762,船舶抵港,\n');
    const missing = await failure(p.backend, 'tracking.importEvents', importFile('no-time.csv', noTime, true));
    expect(missing).toMatchObject({ code: 'INVALID_INPUT', field: 'file' });
    expect(missing.messageZh).toContain('缺少列：时间');
    expect(missing.messageEn).toContain('lacks the column(s): time');

    const noHeader = await failure(p.backend, 'tracking.importEvents', importFile('notes.csv', Buffer.from('hello,world\n1,2\n'), true));
    expect(noHeader.messageEn).toContain('No header row found in "notes.csv"');
    const pdf = await failure(p.backend, 'tracking.importEvents', importFile('scan.pdf', Buffer.from('%PDF-1.7\n\u0000binary'), true));
    expect(pdf).toMatchObject({ code: 'INVALID_INPUT', field: 'file' });
    expect(p.count()).toBe(0);
    p.close();
  });
});
