import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { fixtureFile, ok } from '../fixtures/import/files';
import { openDatabase } from '../../electron/backend/store/open-database.node';
import { migrations } from '../../electron/backend/store/migrations/index';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const tempProfileDir = tempProfile;
const open = () => new Backend({ profileDir: tempProfile(), version: 'test' });
const where = (r: { row: number; column: string | null; field: string | null }) => `${r.row}${r.column ?? ''} ${r.field ?? ''}`;

describe('library import: parties (企业库)', () => {
  it('reads Chinese headers under a title, sorts names by script and keeps the credit tier with its order', async () => {
    const backend = open();
    const preview = await ok(backend, 'import.preview', { file: fixtureFile('parties-zh.xlsx'), target: 'parties' });
    expect(preview).toMatchObject({ headerRow: 2, accepted: 4, rejectedRows: 0, missingFields: [] });
    expect(Object.fromEntries(preview.columns.map((c) => [c.letter, c.field]))).toEqual({
      A: 'name', B: 'uscc', C: 'customsCode', D: 'ciqCode', E: 'creditTier', F: 'creditFrom', G: 'addressZh', H: 'contact', I: 'phone',
    });
    expect(await ok(backend, 'library.list', { kind: 'party' })).toEqual([]); // a preview writes nothing

    const result = await ok(backend, 'library.import', { file: fixtureFile('parties-zh.xlsx'), target: 'parties' });
    expect(result).toMatchObject({ written: true, kind: 'party', created: 4, updated: 0 });
    const parties = await ok(backend, 'library.list', { kind: 'party' });
    const huaxin = parties.find((p) => p.label === '上海华信服饰有限公司');
    expect(huaxin?.body).toEqual({
      kind: 'party',
      data: {
        nameZh: '上海华信服饰有限公司',
        uscc: '91310115MA1H7XKQ2G',
        customsCode: '3122260012',
        ciqCode: '3100600123',
        contact: '王敏',
        phone: '021-58881234',
        addressZh: '上海市浦东新区江场路88号',
        // 2026-04-01 (an Excel date cell): Order 282 is in force.
        creditTiers: [{ regime: 'order-282', tier: 'advanced-certified', from: '2026-04-01' }],
      },
    });
    const ningbo = parties.find((p) => p.label.startsWith('宁波'));
    expect(ningbo?.body.kind === 'party' && ningbo.body.data.creditTiers).toEqual([{ regime: 'order-251', tier: 'regular', from: '2024-05-20' }]);
    const acme = parties.find((p) => p.label === 'ACME APPAREL INC.');
    expect(acme?.body.data).toMatchObject({ nameEn: 'ACME APPAREL INC.', addressEn: '350 FIFTH AVENUE, NEW YORK, NY 10118, USA' });
    expect(acme?.body.data).not.toHaveProperty('nameZh');
    backend.close();
  });

  it('updates the parties it already has (by USCC) instead of doubling them, keeping fields the sheet does not carry', async () => {
    const backend = open();
    await ok(backend, 'library.import', { file: fixtureFile('parties-zh.xlsx'), target: 'parties' });
    const [first] = await ok(backend, 'library.list', { kind: 'party', text: '华信' });
    if (!first || first.body.kind !== 'party') throw new Error('no party');
    await ok(backend, 'library.save', { id: first.id, body: { kind: 'party', data: { ...first.body.data, note: '月结客户', phone: '021-00000000' } } });

    const again = await ok(backend, 'library.import', { file: fixtureFile('parties-zh.xlsx'), target: 'parties' });
    expect(again).toMatchObject({ written: true, created: 0, updated: 4 });
    expect(await ok(backend, 'library.list', { kind: 'party' })).toHaveLength(4);
    const after = await ok(backend, 'library.get', { id: first.id });
    expect(after.body.data).toMatchObject({ note: '月结客户', phone: '021-58881234' });
    backend.close();
  });

  it('names every bad cell in both languages and writes nothing; skipRejected writes the good rows only', async () => {
    const backend = open();
    const result = await ok(backend, 'library.import', { file: fixtureFile('parties-en-errors.csv'), target: 'parties' });
    if (result.written) throw new Error('written');
    const p = result.preview;
    expect(p).toMatchObject({ accepted: 1, rejectedRows: 6 });
    expect(p.rejected.map(where)).toEqual(['3B uscc', '4C customsCode', '5D creditTier', '6D creditTier', '7B uscc', '8A name']);
    const [uscc, customs, order, noDate, dup, noName] = p.rejected;
    expect(uscc).toMatchObject({ reasonZh: expect.stringContaining('校验码') as string, reasonEn: expect.stringContaining('wrong check character') as string });
    expect(customs?.reasonEn).toBe('Customs code "370296001" must be a 10-character customs code (digits or capital letters).');
    expect(order?.reasonZh).toContain('第 282 号令');
    expect(noDate?.reasonEn).toContain('has no effective date');
    expect(dup?.reasonEn).toBe('Same unified social credit code as row 2; a record may appear only once.');
    expect(noName).toMatchObject({ reasonZh: '缺少企业名称。', reasonEn: 'The company name is missing.' });
    expect(await ok(backend, 'library.list', { kind: 'party' })).toEqual([]);

    const partial = await ok(backend, 'library.import', { file: fixtureFile('parties-en-errors.csv'), target: 'parties', skipRejected: true });
    expect(partial).toMatchObject({ written: true, created: 1, skippedRejected: 6 });
    expect((await ok(backend, 'library.list', { kind: 'party' })).map((r) => r.label)).toEqual(['Shenzhen Bright Lighting Co., Ltd.']);
    backend.close();
  });
});

describe('library import: products (商品库)', () => {
  it('resolves units, countries and currencies to codes and takes the legal units from the tariff', async () => {
    const backend = open();
    const result = await ok(backend, 'library.import', { file: fixtureFile('products-en.xlsx'), target: 'products' });
    expect(result).toMatchObject({ written: true, kind: 'product', created: 3 });
    const products = await ok(backend, 'library.list', { kind: 'product' });
    expect(products.find((p) => p.code === 'NB-14-PRO')?.body.data).toEqual({
      partNo: 'NB-14-PRO',
      nameZh: '笔记本电脑',
      nameEn: '14" notebook computer',
      codeTs: '8471300000',
      gModel: '0|0|便携式|无品牌|NB-14',
      gUnit: '006',
      firstUnit: '001',
      secondUnit: '035',
      originCountry: 'CHN',
      declPrice: '420',
      tradeCurr: 'USD',
    });
    expect(products.find((p) => p.code === 'PL-BOX-3')?.body.data).toMatchObject({ gUnit: '035', firstUnit: '035', tradeCurr: 'USD' });
    expect(products.find((p) => p.code === 'PL-BOX-3')?.body.data).not.toHaveProperty('secondUnit');
    backend.close();
  });

  it('rejects codes the tariff does not have, unknown units, legal units the tariff contradicts and repeated part numbers', async () => {
    const backend = open();
    const preview = await ok(backend, 'import.preview', { file: fixtureFile('products-zh-errors.xlsx'), target: 'products' });
    expect(preview.rejected.map(where)).toEqual(['3C hsCode', '4C hsCode', '5E unit', '6F firstUnit', '7A partNo']);
    expect(preview.rejected.map((r) => r.reasonZh)).toEqual([
      '商品编号「39269090」应为 10 位数字的商品编号。',
      '商品编号「1234567890」的前 6 位 123456 不是 HS 2022 子目，税则中没有这个编号。',
      '成交计量单位「盏盏」不在计量单位代码表中。',
      '法定第一计量单位 035 与税则 8471300000 的 001 不同。',
      '与第 2 行的料号相同，同一记录只能出现一次。',
    ]);
    const result = await ok(backend, 'library.import', { file: fixtureFile('products-zh-errors.xlsx'), target: 'products' });
    expect(result.written).toBe(false);
    expect(await ok(backend, 'library.list', { kind: 'product' })).toEqual([]);
    backend.close();
  });

  it('is refused by import.commit, which writes documents', async () => {
    const backend = open();
    const call = await backend.call('import.commit', { file: fixtureFile('products-en.xlsx'), target: 'products' });
    expect(call).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'target' } });
    backend.close();
  });
});

describe('library.restore', () => {
  it('brings a deleted record back with its id and body; an unknown id is NOT_FOUND', async () => {
    const backend = open();
    const saved = await ok(backend, 'library.save', { body: { kind: 'party', data: { nameZh: '测试企业', uscc: '91310115MA1H7XKQ2G' } } });
    await ok(backend, 'library.delete', { id: saved.id });
    expect(await ok(backend, 'library.list', { kind: 'party' })).toEqual([]);
    const restored = await ok(backend, 'library.restore', { id: saved.id });
    expect(restored).toMatchObject({ id: saved.id, body: saved.body });
    expect((await ok(backend, 'library.list', { kind: 'party' })).map((r) => r.id)).toEqual([saved.id]);
    expect(await backend.call('library.restore', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    backend.close();
  });
});

describe('saved mappings for the libraries (migration 7)', () => {
  it('saves a parties mapping and applies it to the same layout', async () => {
    const backend = open();
    const preview = await ok(backend, 'import.preview', { file: fixtureFile('parties-en-errors.csv'), target: 'parties' });
    const saved = await ok(backend, 'importMappings.save', {
      name: 'ERP 客户表',
      target: 'parties',
      columns: preview.columns.map((c) => ({ header: c.header, field: c.letter === 'F' ? 'addressEn' : c.field })),
    });
    expect(saved).toMatchObject({ name: 'ERP 客户表', target: 'parties' });
    const again = await ok(backend, 'import.preview', { file: fixtureFile('parties-en-errors.csv'), target: 'parties' });
    expect(again).toMatchObject({ appliedMapping: 'ERP 客户表' });
    expect(again.columns.find((c) => c.letter === 'F')).toMatchObject({ field: 'addressEn', source: 'saved' });
    backend.close();
  });

  it('keeps the mappings of a database made before it', async () => {
    const dir = tempProfileDir();
    const before = openDatabase({ profileDir: dir, migrations: migrations.filter((m) => m.id < 7) });
    before
      .prepare('INSERT INTO import_mappings (name, target, fingerprint, columns, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run('老方案', 'packing-list', 'h2-00000000', JSON.stringify([{ header: 'Box', field: 'cartonRange' }]), '2026-01-01T00:00:00.000Z');
    before.close();
    const backend = new Backend({ profileDir: dir, version: 'test', seedsDir: null });
    expect(await ok(backend, 'importMappings.list', {})).toEqual([
      { name: '老方案', target: 'packing-list', fingerprint: 'h2-00000000', columns: [{ header: 'Box', field: 'cartonRange' }], updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    backend.close();
  });
});
