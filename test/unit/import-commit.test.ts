import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import type { ImportProgress } from '../../shared/import/schema';
import { bytesFile, fixtureFile, ok } from '../fixtures/import/files';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const open = () => new Backend({ profileDir: tempProfile(), version: 'test' });

async function documentCount(backend: Backend): Promise<number> {
  return (await ok(backend, 'documents.list', {})).length;
}

describe('import.commit', () => {
  it('creates a packing list with its lines, containers and declared totals in one revision', async () => {
    const backend = open();
    const result = await ok(backend, 'import.commit', { file: fixtureFile('pl-mixed-containers.xlsx'), target: 'packing-list' });
    if (!result.written) throw new Error('not written');
    expect(result).toMatchObject({ lines: 3, skippedRejected: 0, document: { kind: 'packing-list', revision: 1 } });
    const doc = await ok(backend, 'documents.get', { id: result.document.id });
    if (doc.body.kind !== 'packing-list') throw new Error('wrong kind');
    expect(doc.body.data.lines).toHaveLength(3);
    expect(doc.body.data.containers).toEqual([
      { containerId: 'MSKU1234565', sealNo: 'SL000001' },
      { containerId: 'TGHU7654320', sealNo: 'SL000002' },
    ]);
    expect(await ok(backend, 'documents.revisions', { id: doc.id })).toHaveLength(1);
    backend.close();
  });

  it('keeps the TOTAL row as the declared totals, which the packing-list rules then check', async () => {
    const backend = open();
    const result = await ok(backend, 'import.commit', { file: fixtureFile('pl-en-title-block.xlsx'), target: 'packing-list' });
    if (!result.written) throw new Error('not written');
    const doc = await ok(backend, 'documents.get', { id: result.document.id });
    expect(doc.body.data).toMatchObject({ declaredTotals: { cartons: '40', pieces: '2360', netKg: '434', grossKg: '466.5', cbm: '3.42' } });
    const report = await ok(backend, 'validation.run', { id: doc.id, phase: 'stage' });
    // The lines sum to the printed totals; only the volume cannot be checked (no carton sizes printed).
    expect(report.declaration.findings.filter((f) => f.ruleId === 'PL-005').map((f) => f.path)).toEqual(['declaredTotals.cbm']);
    backend.close();
  });

  it('replaces the lines of an existing draft through documents.save, checking its revision', async () => {
    const backend = open();
    const created = await ok(backend, 'documents.create', { kind: 'packing-list' });
    await ok(backend, 'documents.save', { id: created.id, baseRevision: 1, body: { kind: 'packing-list', data: { header: { plNo: 'PL-7' }, lines: [{ lineNo: 1, description: 'old' }] } } });
    const stale = await backend.call('import.commit', { file: fixtureFile('pl-zh-basic.xlsx'), target: 'packing-list', documentId: created.id, baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const result = await ok(backend, 'import.commit', { file: fixtureFile('pl-zh-basic.xlsx'), target: 'packing-list', documentId: created.id, baseRevision: 2 });
    expect(result).toMatchObject({ written: true, lines: 3, document: { id: created.id, revision: 3 } });
    const doc = await ok(backend, 'documents.get', { id: created.id });
    expect(doc.body.data).toMatchObject({ header: { plNo: 'PL-7' } });
    expect(doc.body.kind === 'packing-list' && doc.body.data.lines?.map((l) => l.description)).toEqual(['棉质T恤', '牛仔裤', '棉袜']);
    expect(await documentCount(backend)).toBe(1);
    backend.close();
  });

  it('imports declaration items into a declaration and refuses a document of another kind', async () => {
    const backend = open();
    const declaration = await ok(backend, 'documents.create', { kind: 'declaration', direction: 'E' });
    const wrong = await backend.call('import.commit', { file: fixtureFile('pl-zh-basic.xlsx'), target: 'packing-list', documentId: declaration.id, baseRevision: 1 });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'documentId' } });
    await ok(backend, 'import.commit', { file: fixtureFile('items-utf8-bom.csv'), target: 'items', documentId: declaration.id, baseRevision: 1 });
    const doc = await ok(backend, 'documents.get', { id: declaration.id });
    expect(doc.body.kind === 'declaration' && doc.body.data.items?.map((i) => [i.gNo, i.codeTs, i.gUnit, i.tradeCurr])).toEqual([
      [1, '6109100021', '011', 'USD'],
      [2, '6204620090', '015', 'USD'],
      [3, '6115950000', '025', 'USD'],
    ]);
    expect(doc.body.data).toMatchObject({ head: { ieFlag: 'E' } });
    backend.close();
  });

  it('creates an invoice with its header currency and total', async () => {
    const backend = open();
    const result = await ok(backend, 'import.commit', { file: fixtureFile('invoice-gbk.csv'), target: 'invoice' });
    if (!result.written) throw new Error('not written');
    const doc = await ok(backend, 'documents.get', { id: result.document.id });
    expect(doc.body.data).toMatchObject({ header: { currency: 'USD', totalAmount: '6868' } });
    backend.close();
  });

  it('writes nothing when a row is rejected, and says how many it left out when told to skip them', async () => {
    const backend = open();
    const refused = await ok(backend, 'import.commit', { file: fixtureFile('pl-errors.xlsx'), target: 'packing-list' });
    expect(refused).toMatchObject({ written: false, preview: { rejectedRows: 4, accepted: 1 } });
    expect(await documentCount(backend)).toBe(0);

    const skipped = await ok(backend, 'import.commit', { file: fixtureFile('pl-errors.xlsx'), target: 'packing-list', skipRejected: true });
    expect(skipped).toMatchObject({ written: true, lines: 1, skippedRejected: 4 });
    expect(await documentCount(backend)).toBe(1);
    backend.close();
  });

  it('writes nothing while a required field has no column', async () => {
    const backend = open();
    const result = await ok(backend, 'import.commit', { file: fixtureFile('pl-zh-basic.xlsx'), target: 'packing-list', columns: [{ column: 1, field: null }] });
    expect(result).toMatchObject({ written: false, preview: { missingFields: ['description'] } });
    expect(await documentCount(backend)).toBe(0);
    backend.close();
  });
});

describe('saved column mappings', () => {
  it('are saved once, applied again to the same layout, listed and deleted', async () => {
    const backend = open();
    const file = fixtureFile('odd-headers.xlsx');
    const guessed = await ok(backend, 'import.preview', { file, target: 'packing-list' });
    expect(guessed.missingFields).toContain('cartons');

    const columns = [
      { column: 0, field: 'cartonRange' },
      { column: 2, field: 'piecesPerCarton' },
      { column: 3, field: 'netPerCarton' },
      { column: 4, field: 'grossPerCarton' },
    ];
    const corrected = await ok(backend, 'import.preview', { file, target: 'packing-list', columns });
    expect(corrected).toMatchObject({ accepted: 2, rejected: [], missingFields: [] });
    expect(corrected.columns.find((c) => c.column === 4)).toMatchObject({ field: 'grossPerCarton', source: 'chosen', confidence: 1 });

    const saved = await ok(backend, 'importMappings.save', {
      name: 'Odd Exporter',
      target: 'packing-list',
      columns: corrected.columns.map((c) => ({ header: c.header, field: c.field })),
    });
    expect(saved.fingerprint).toBe(corrected.fingerprint);

    const again = await ok(backend, 'import.preview', { file, target: 'packing-list' });
    expect(again).toMatchObject({ appliedMapping: 'Odd Exporter', accepted: 2, rejected: [] });
    expect(again.rows[0]?.values).toMatchObject({ cartonFrom: '1', cartonTo: '5', piecesPerCarton: '36', netPerCarton: '9', grossPerCarton: '10' });

    expect((await ok(backend, 'importMappings.list', { target: 'packing-list' })).map((m) => m.name)).toEqual(['Odd Exporter']);
    expect(await ok(backend, 'importMappings.list', { target: 'invoice' })).toEqual([]);
    expect(await ok(backend, 'importMappings.delete', { name: 'Odd Exporter' })).toEqual({ deleted: true });
    expect((await ok(backend, 'import.preview', { file, target: 'packing-list' })).appliedMapping).toBeNull();
    backend.close();
  });

  it('refuse a field of another target', async () => {
    const backend = open();
    const result = await backend.call('importMappings.save', { name: 'X', target: 'packing-list', columns: [{ header: 'No', field: 'gNo' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'columns.0.field' } });
    backend.close();
  });

  it('survive a restart (they live in the profile database)', async () => {
    const dir = tempProfile();
    const first = new Backend({ profileDir: dir, version: 'test' });
    await ok(first, 'importMappings.save', { name: 'A', target: 'invoice', columns: [{ header: 'Goods', field: 'description' }] });
    first.close();
    const second = new Backend({ profileDir: dir, version: 'test' });
    expect((await ok(second, 'importMappings.list', {})).map((m) => [m.name, m.target])).toEqual([['A', 'invoice']]);
    const missing = await second.call('import.preview', { file: fixtureFile('invoice-en.xlsx'), target: 'packing-list', mappingName: 'A' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'mappingName' } });
    second.close();
  });
});

describe('files that cannot be imported', () => {
  const cases: [string, string, Buffer | string, RegExp][] = [
    ['a PDF', 'scan.pdf', '%PDF-1.7\n\u0000\u0001binary', /不是 Excel/],
    ['a PNG named .xlsx', 'photo.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /不是 Excel/],
    ['an old .xls workbook', 'old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), /\.xls/],
    ['a damaged .xlsx', 'broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), /损坏/],
    ['an empty file', 'empty.csv', '', /空/],
  ];
  it.each(cases)('refuses %s with a bilingual INVALID_INPUT on the file', async (_what, name, bytes, zh) => {
    const backend = open();
    const result = await backend.call('import.preview', { file: bytesFile(name, bytes), target: 'packing-list' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'file' } });
    if (!result.ok) {
      expect(result.error.messageZh).toMatch(zh);
      expect(result.error.messageEn).toContain(name);
    }
    backend.close();
  });

  it('refuses a password-protected workbook', async () => {
    const backend = open();
    const result = await backend.call('import.commit', { file: fixtureFile('encrypted.xlsx'), target: 'packing-list' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'file' } });
    if (!result.ok) expect(result.error.messageEn).toMatch(/password-protected/);
    backend.close();
  });

  it('refuses a file over 20 MB before parsing it', async () => {
    const backend = open();
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x41);
    const result = await backend.call('import.preview', { file: bytesFile('huge.csv', big), target: 'packing-list' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'file', details: { limit: 20 * 1024 * 1024 } } });
    if (!result.ok) expect(result.error.messageEn).toMatch(/larger than 20 MB/);
    backend.close();
  });

  it('says so when no header can be found', async () => {
    const backend = open();
    const result = await backend.call('import.preview', { file: bytesFile('notes.csv', 'hello\nworld\n'), target: 'packing-list' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'file' } });
    backend.close();
  });
});

/** A packing list CSV of `rows` lines of 20-carton ranges. */
function bigCsv(rows: number): string {
  const lines = ['CTN NO.,DESCRIPTION,PCS/CTN,N.W./CTN,G.W./CTN,MEAS.(CM)'];
  for (let i = 0; i < rows; i++) lines.push(`${i * 20 + 1}-${i * 20 + 20},ITEM ${i},10,"1,000.5",1001,60*40*35`);
  return lines.join('\n');
}

describe('large imports', () => {
  it('report progress in chunks', async () => {
    const backend = open();
    const progress: ImportProgress[] = [];
    backend.onEvent((event, payload) => {
      if (event === 'import.progress') progress.push(payload as ImportProgress);
    });
    const result = await ok(backend, 'import.commit', { jobId: 'big-1', file: bytesFile('big.csv', bigCsv(5000)), target: 'packing-list' });
    expect(result).toMatchObject({ written: true, lines: 5000 });
    const parse = progress.filter((p) => p.phase === 'parse');
    expect(parse.length).toBeGreaterThanOrEqual(10);
    expect(parse.at(-1)).toEqual({ jobId: 'big-1', phase: 'parse', done: 5000, total: 5000 });
    expect(progress.at(-1)).toEqual({ jobId: 'big-1', phase: 'write', done: 1, total: 1 });
    backend.close();
  });

  it('stop when cancelled and write nothing', async () => {
    const backend = open();
    backend.onEvent((event, payload) => {
      // Cancel from "another call" once the parse is under way, as the dialog's button does.
      if (event === 'import.progress' && (payload as ImportProgress).phase === 'parse') void backend.call('import.cancel', { jobId: 'big-2' });
    });
    const result = await backend.call('import.commit', { jobId: 'big-2', file: bytesFile('big.csv', bigCsv(5000)), target: 'packing-list' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED', details: { jobId: 'big-2', cancelled: true } } });
    expect(await documentCount(backend)).toBe(0);
    expect(await ok(backend, 'import.cancel', { jobId: 'big-2' })).toEqual({ cancelled: false });
    backend.close();
  });
});
