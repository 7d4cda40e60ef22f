import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import type { ImportPreview } from '../../shared/import/schema';
import { fixtureFile, IMPORT_FIXTURES, ok } from '../fixtures/import/files';

let backend: Backend;
let profile: string;

beforeAll(() => {
  profile = mkdtempSync(join(tmpdir(), 'clearway-import-'));
  backend = new Backend({ profileDir: profile, version: 'test' });
});
afterAll(() => {
  backend.close();
  rmSync(profile, { recursive: true, force: true });
});

const preview = (file: string, target: string, dir?: string) => ok(backend, 'import.preview', { file: fixtureFile(file, dir), target });
const fields = (p: ImportPreview) => Object.fromEntries(p.columns.filter((c) => c.field).map((c) => [c.letter, c.field]));

/** The three lines most packing list fixtures carry, per carton, whatever the layout printed. */
const garments = [
  { cartonFrom: '1', cartonTo: '20', cartons: '20', piecesPerCarton: '50', netPerCarton: '10.5', grossPerCarton: '11.2' },
  { cartonFrom: '21', cartonTo: '35', cartons: '15', piecesPerCarton: '24', netPerCarton: '12', grossPerCarton: '13' },
  { cartonFrom: '36', cartonTo: '40', cartons: '5', piecesPerCarton: '200', netPerCarton: '8.8', grossPerCarton: '9.5' },
];

describe('spreadsheet layouts', () => {
  it('Chinese headers with per-carton figures and sizes', async () => {
    const p = await preview('pl-zh-basic.xlsx', 'packing-list');
    expect(p).toMatchObject({ sheet: '装箱单', headerRow: 1, headerRows: 1, accepted: 3, rejected: [], missingFields: [] });
    expect(fields(p)).toEqual({ A: 'cartonRange', B: 'description', C: 'hsCode', D: 'cartons', E: 'piecesPerCarton', F: 'netPerCarton', G: 'grossPerCarton', H: 'dimensions' });
    expect(p.rows.map((r) => r.values)).toMatchObject(garments);
    expect(p.rows[0]?.values).toMatchObject({ description: '棉质T恤', hsCode: '6109100021', lengthCm: '60', widthCm: '40', heightCm: '35' });
  });

  it('English headers under a title block, line totals divided per carton, TOTAL row and notes skipped', async () => {
    const p = await preview('pl-en-title-block.xlsx', 'packing-list');
    expect(p).toMatchObject({ headerRow: 7, accepted: 3, skipped: { blank: 1, totals: 1, notes: 2 }, rejected: [] });
    expect(fields(p)).toMatchObject({ A: 'cartonRange', C: 'piecesTotal', D: 'cartons', E: 'netTotal', F: 'grossTotal', G: 'cbmTotal' });
    expect(p.rows.map((r) => r.values)).toMatchObject(garments.map((g) => ({ ...g, cartonPrefix: 'C' })));
    const confidence = p.columns.find((c) => c.letter === 'F')?.confidence ?? 1;
    expect(confidence).toBeLessThan(1); // a bare G.W. may be per carton: the dialog shows it as a guess
  });

  it('a header over two rows with merged cells', async () => {
    const p = await preview('pl-two-row-header.xlsx', 'packing-list');
    expect(p).toMatchObject({ headerRow: 3, headerRows: 2, accepted: 3, rejected: [] });
    expect(fields(p)).toEqual({ A: 'cartonRange', B: 'description', C: 'piecesPerCarton', D: 'piecesTotal', E: 'netTotal', F: 'grossTotal', G: 'lengthCm', H: 'widthCm', I: 'heightCm' });
    expect(p.rows.map((r) => r.values)).toMatchObject(garments);
  });

  it('mixed headers, containers with seals, blank and subtotal rows', async () => {
    const p = await preview('pl-mixed-containers.xlsx', 'packing-list');
    expect(p).toMatchObject({ accepted: 3, skipped: { blank: 3, totals: 3 }, rejected: [] });
    expect(p.rows.map((r) => [r.row, r.values.containerId])).toEqual([
      [2, 'MSKU1234565'],
      [3, 'MSKU1234565'],
      [7, 'TGHU7654320'],
    ]);
  });

  it('numbers stored as text, with thousands separators, full-width digits and units', async () => {
    const p = await preview('pl-text-numbers.xlsx', 'packing-list');
    expect(p.rejected).toEqual([]);
    expect(p.rows.map((r) => r.values)).toMatchObject([
      { cartonPrefix: 'C', cartonFrom: '1', cartonTo: '352', cartons: '352', hsCode: '9405210000', piecesPerCarton: '20', netPerCarton: '5', grossPerCarton: '5.5', lengthCm: '55' },
      { cartonFrom: '353', cartonTo: '400', cartons: '48', hsCode: '9405990000', piecesPerCarton: '20', netPerCarton: '6.01042', grossPerCarton: '7' },
    ]);
  });

  it('a file with errors names each bad cell by sheet, row and column', async () => {
    const p = await preview('pl-errors.xlsx', 'packing-list');
    expect(p.accepted).toBe(1);
    expect(p.rejectedRows).toBe(4);
    expect(p.rejected.map((r) => [r.sheet, r.row, r.column, r.field])).toEqual([
      ['装箱单', 3, 'D', 'netPerCarton'],
      ['装箱单', 4, 'B', 'description'],
      ['装箱单', 5, 'D', 'netPerCarton'],
      ['装箱单', 6, 'A', 'cartonRange'],
    ]);
    expect(p.rejected[0]).toMatchObject({ value: 'abc', reasonZh: '每箱净重「abc」不是有效的数字。', reasonEn: 'Net weight per carton "abc" is not a number.' });
    expect(p.rejected[2]?.reasonZh).toContain('大于毛重');
  });

  it('an English invoice takes its currency from the price headers', async () => {
    const p = await preview('invoice-en.xlsx', 'invoice');
    expect(p).toMatchObject({ headerRow: 4, accepted: 3, rejected: [] });
    expect(p.rows[0]?.values).toMatchObject({ partNo: 'HX-TS-01', quantity: '1000', unit: 'PCS', unitPrice: '3.25', amount: '3250', currency: 'USD' });
  });

  it('a GBK CSV from Chinese Excel, with currency and country names resolved to codes', async () => {
    const p = await preview('invoice-gbk.csv', 'invoice');
    expect(p).toMatchObject({ format: 'csv', encoding: 'gb18030', accepted: 3, skipped: { totals: 1 }, rejected: [] });
    expect(p.rows[1]?.values).toMatchObject({ description: '女式牛仔裤', unit: '条', currency: 'USD', originCountry: 'CHN' });
  });

  it('a UTF-8 CSV with BOM as declaration items: units, currencies and countries as codes', async () => {
    const p = await preview('items-utf8-bom.csv', 'items');
    expect(p).toMatchObject({ encoding: 'utf-8-bom', accepted: 3, rejected: [] });
    expect(p.rows.map((r) => [r.values.gUnit, r.values.originCountry, r.values.gQty, r.values.declTotal])).toEqual([
      ['011', 'CHN', '1000', '3250'],
      ['015', 'CHN', '360', '3168'],
      ['025', 'CHN', '1000', '450'],
    ]);
  });

  it('a workbook with an invoice sheet and a packing list sheet: each target finds its own', async () => {
    expect((await preview('two-sheets.xlsx', 'packing-list')).sheet).toBe('PACKING LIST');
    expect((await preview('two-sheets.xlsx', 'invoice')).sheet).toBe('INVOICE');
  });
});

describe('the fixture generator', () => {
  it('regenerates files that parse to the same content as the committed ones', async () => {
    const out = mkdtempSync(join(tmpdir(), 'clearway-fixtures-'));
    try {
      execFileSync(process.execPath, [join(IMPORT_FIXTURES, 'make-fixtures.mjs'), out], { stdio: 'pipe' });
      const made = readdirSync(out).sort();
      expect(made.length).toBeGreaterThanOrEqual(11);
      for (const file of made) {
        const prefix = ['invoice', 'items', 'parties', 'products'].find((p) => file.startsWith(p));
        const target = prefix ?? 'packing-list';
        const [fresh, committed] = await Promise.all([preview(file, target, out), preview(file, target)]);
        const strip = ({ jobId: _j, ...rest }: ImportPreview) => rest;
        expect(strip(fresh), file).toEqual(strip(committed));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
