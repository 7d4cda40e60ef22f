import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import type { CodeHit, TariffLineDetail, TariffSearchResult } from '../../shared/codes/api';
import type { CodeTableId } from '../../shared/codes/schema';
import { matchTier, rankRows } from '../../shared/codes/rank';
import { formatHsCode, hsDigits, normalizeInitials, normalizeQuery } from '../../shared/codes/search';
import { fixtureTariff, makeTempSeeds } from './codes-fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('query normalising (shared)', () => {
  it('strips dots and spaces from HS codes and folds full-width digits', () => {
    expect(hsDigits('8471.30')).toBe('847130');
    expect(hsDigits(' 8471 30 00 00 ')).toBe('8471300000');
    expect(hsDigits('８４７１．３０')).toBe('847130');
    expect(hsDigits('8471a')).toBeNull();
    expect(hsDigits('84713000001')).toBeNull();
    expect(normalizeQuery('  ＹＢ  MY ')).toBe('yb my');
    expect(normalizeInitials('Yb-My')).toBe('ybmy');
    expect(formatHsCode('8471300000')).toBe('8471.3000.00');
    expect(formatHsCode('847130')).toBe('8471.30');
  });

  it('ranks exact code, then code prefix, then names', () => {
    const rows = [
      { code: '0110', nameZh: '一般贸易', initials: 'ybmy' },
      { code: '1100', nameZh: '代码含0110的其他', initials: 'dmhqt' },
      { code: '01101', nameZh: '一般贸易延伸', initials: 'ybmyys' },
    ];
    expect(rankRows(rows, '0110').map((r) => r.code)).toEqual(['0110', '01101', '1100']);
    expect(rankRows(rows, 'ybmy').map((r) => r.code)).toEqual(['0110', '01101']);
    expect(matchTier({ code: '0110', nameZh: '一般贸易' }, 'xyz')).toBeUndefined();
    // Exact case beats a case-insensitive match (licence documents y and Y are different codes).
    const docs = [
      { code: 'y', nameZh: '出口许可证(边境小额贸易)' },
      { code: 'Y', nameZh: '原产地证明' },
    ];
    expect(rankRows(docs, 'Y')[0]?.code).toBe('Y');
    expect(rankRows(docs, 'y')[0]?.code).toBe('y');
  });
});

describe('codes.search / codes.lookup / tariff.* through the contract', () => {
  const made: string[] = [];
  let backend: Backend;
  let seedsDir: string;
  // One backend for the read-only cases below (loading the seeds once keeps the file quick).
  beforeAll(() => {
    const profileDir = mkdtempSync(join(tmpdir(), 'clearway-test-'));
    made.push(profileDir);
    seedsDir = makeTempSeeds();
    made.push(seedsDir);
    backend = new Backend({ profileDir, version: 'test', seedsDir });
  });
  afterAll(() => {
    backend.close();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  async function codes(table: CodeTableId, query: string, limit?: number): Promise<CodeHit[]> {
    const r = await backend.call('codes.search', { table, query, limit });
    if (!r.ok) throw new Error(r.error.messageEn);
    return r.value as CodeHit[];
  }
  async function tariff(query: string): Promise<TariffSearchResult> {
    const r = await backend.call('tariff.search', { query });
    if (!r.ok) throw new Error(r.error.messageEn);
    return r.value as TariffSearchResult;
  }

  it('puts the exact code first, then code prefixes', async () => {
    expect((await codes('trade-mode', '0110'))[0]).toMatchObject({ code: '0110', nameZh: '一般贸易', table: 'trade-mode' });
    const prefix = await codes('trade-mode', '011');
    expect(prefix[0]?.code).toBe('0110');
    expect((await codes('unit', '035'))[0]?.nameZh).toBe('千克');
    expect((await codes('customs-district', '2248'))[0]?.nameZh).toBe('洋山海关');
    expect((await codes('country', 'chn'))[0]?.code).toBe('CHN');
    expect((await codes('attached-document', '00000002'))[0]?.nameZh).toBe('装箱单');
  });

  it('answers one- and two-character queries (below the trigram minimum)', async () => {
    expect((await codes('trade-mode', '一般'))[0]?.code).toBe('0110');
    expect((await codes('trade-mode', 'yb')).map((h) => h.code)).toContain('0110');
    expect((await codes('transport-mode', '2'))[0]?.nameZh).toBe('水路运输');
    expect((await codes('transport-mode', '海运'))[0]?.code).toBe('2');
    expect((await codes('unit', '箱'))[0]?.code).toBe('120');
    expect((await codes('unit', 'kg'))[0]?.code).toBe('035');
    expect((await codes('country', '香港'))[0]?.code).toBe('HKG');
    expect((await codes('licence-document', 'Y'))[0]?.nameZh).toBe('原产地证明');
    expect((await codes('package-type', '纸箱'))[0]?.code).toBe('22');
    expect((await codes('package-type', '纸')).map((h) => h.code).sort()).toEqual(['22', '32']);
  });

  it('finds names, initials, aliases and English names of three characters or more', async () => {
    expect((await codes('trade-mode', '一般贸易'))[0]?.code).toBe('0110');
    expect((await codes('trade-mode', 'ybmy'))[0]?.code).toBe('0110');
    expect((await codes('trade-mode', '跨境电商')).map((h) => h.code)).toEqual(expect.arrayContaining(['9710', '9810']));
    expect((await codes('customs-district', '浦东机场'))[0]?.code).toBe('2233');
    expect((await codes('port', '洛杉矶'))[0]).toMatchObject({ code: 'USLAX', extra: { declareAs: 'USA000' } });
    expect((await codes('port', 'rotterdam'))[0]?.nameZh).toBe('鹿特丹');
    expect((await codes('port', '神户'))[0]?.code).toBe('JPN213');
    expect((await codes('currency', 'dollar')).map((h) => h.code)).toContain('USD');
    expect((await codes('domestic-district', '江门'))[0]?.code).toBe('44079');
    expect((await codes('container-type', '40GP'))[0]?.code).toBe('11');
    expect((await codes('country', 'hong kong'))[0]?.code).toBe('HKG');
    expect((await codes('port', 'los angeles'))[0]?.code).toBe('USLAX');
  });

  it('returns the first rows for an empty query and respects the limit', async () => {
    expect((await codes('transaction-term', '')).map((h) => h.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(await codes('country', 'a', 5)).toHaveLength(5);
    expect(await codes('trade-mode', 'zzzzqqq')).toEqual([]);
  });

  it('looks a code up exactly, case-sensitive first', async () => {
    expect(await backend.call('codes.lookup', { table: 'transaction-term', code: '1' })).toMatchObject({ ok: true, value: { nameZh: 'CIF' } });
    expect(await backend.call('codes.lookup', { table: 'licence-document', code: 'e' })).toMatchObject({ ok: true, value: { code: 'e' } });
    expect(await backend.call('codes.lookup', { table: 'licence-document', code: 'E' })).toMatchObject({ ok: true, value: { code: 'E' } });
    expect(await backend.call('codes.lookup', { table: 'country', code: 'usa' })).toMatchObject({ ok: true, value: { code: 'USA' } });
    expect(await backend.call('codes.lookup', { table: 'unit', code: '999' })).toEqual({ ok: true, value: null });
    expect(await backend.call('codes.lookup', { table: 'nope', code: '1' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('finds tariff lines and HS subheadings by code, with or without dots', async () => {
    for (const q of ['847130', '8471.30', '8471 30']) {
      const r = await tariff(q);
      expect(r.lines.map((l) => l.code), q).toEqual(['8471300000']);
      expect(r.hs[0], q).toMatchObject({ code: '847130', level: 6 });
      expect(r.hs[0]?.descriptionEn).toMatch(/portable/i);
    }
    const heading = await tariff('8471');
    expect(heading.hs[0]).toMatchObject({ code: '8471', level: 4 });
    expect(heading.lines.map((l) => l.code)).toEqual(['8471300000', '8471410000']);
    const full = await tariff('8471.3000.00');
    expect(full.lines[0]?.code).toBe('8471300000');
    expect(full.hs.map((h) => h.code)).toEqual(['847130', '8471']);
    expect((await tariff('84')).hs[0]).toMatchObject({ code: '84', level: 2 });
  });

  it('finds notebook computers from 笔记本, and goods by Chinese or English words', async () => {
    const laptop = await tariff('笔记本');
    expect(laptop.hs[0]?.code).toBe('847130');
    expect(laptop.lines[0]?.code).toBe('8471300000');
    const phone = await tariff('手机');
    expect(phone.hs.map((h) => h.code)).toContain('851713');
    expect(phone.lines.map((l) => l.code)).toContain('8517130000');
    expect((await tariff('智能手机')).lines[0]?.code).toBe('8517130000');
    expect((await tariff('便携式')).lines[0]?.code).toBe('8471300000');
    expect((await tariff('portable automatic')).hs.map((h) => h.code)).toContain('847130');
    expect((await tariff('手提电脑')).hs[0]?.code).toBe('847130');
    expect((await tariff('马')).lines.map((l) => l.code)).toContain('0101210010');
  });

  it('finds tariff lines by English words and their starts, not by letters inside a word', async () => {
    expect((await tariff('portable')).lines.map((l) => l.code)).toEqual(['8471300000']);
    expect((await tariff('process')).lines.map((l) => l.code)).toContain('8471300000');
    expect((await tariff('Portable Machines')).lines.map((l) => l.code)).toEqual(['8471300000']);
    // "table" is inside "portable" but starts no word of the line.
    expect((await tariff('table')).lines.map((l) => l.code)).not.toContain('8471300000');
  });

  it('gets one tariff line with its legal units named and its declaration elements', async () => {
    const r = await backend.call('tariff.get', { code: '0101.2100.10' });
    if (!r.ok) throw new Error(r.error.messageEn);
    const line = r.value as TariffLineDetail;
    expect(line).toMatchObject({
      code: '0101210010',
      firstUnit: { code: '009', nameZh: '头' },
      secondUnit: { code: '035', nameZh: '千克' },
      ciqCodes: [{ code: '999', nameZh: '其他' }],
      elements: [{ seq: 1, nameZh: '用途' }],
    });
    expect(line.hs6?.code).toBe('010121');
    const laptop = await backend.call('tariff.get', { code: '8471300000' });
    expect(laptop).toMatchObject({ ok: true, value: { firstUnit: { nameZh: '台' }, secondUnit: null } });
    expect((laptop.ok && (laptop.value as TariffLineDetail).elements.length) || 0).toBe(fixtureTariff.lines[0]?.elements.length);
    expect(await backend.call('tariff.get', { code: '9999999999' })).toEqual({ ok: true, value: null });
  });

});
