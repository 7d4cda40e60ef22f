import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeTableFileSchema, codeTableIds, type CodeTableFile } from '../../shared/codes/schema';
import { HsFileSchema } from '../../shared/codes/hs';
import { REPO_SEEDS } from './codes-fixtures';

const codesDir = join(REPO_SEEDS, 'codes');
const load = (table: string): CodeTableFile => CodeTableFileSchema.parse(JSON.parse(readFileSync(join(codesDir, `${table}.json`), 'utf8')));
const entry = (table: string, code: string) => load(table).entries.find((e) => e.code === code);

describe('shipped code-table seeds', () => {
  it('has one valid file per table id, and nothing else', () => {
    const files = readdirSync(codesDir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual([...codeTableIds].map((id) => `${id}.json`).sort());
    for (const id of codeTableIds) {
      const file = load(id);
      expect(file.table).toBe(id);
      expect(file.sources.length).toBeGreaterThan(0);
    }
  });

  it('keeps codes unique per table and gives every entry a confidence no stronger than the file claims', () => {
    const order = { C: 0, I: 1, M: 2 } as const;
    for (const id of codeTableIds) {
      const file = load(id);
      const codes = file.entries.map((e) => e.code);
      expect(new Set(codes).size, id).toBe(codes.length);
      const weakest = Math.max(...file.entries.map((e) => order[e.confidence ?? file.confidence]));
      expect(order[file.confidence], id).toBe(weakest);
    }
  });

  it('contains the spec’s examples with the spec’s names', () => {
    const expectations: [string, string, string][] = [
      ['trade-mode', '0110', '一般贸易'],
      ['trade-mode', '0615', '进料对口'],
      ['trade-mode', '9610', '跨境贸易电子商务'],
      ['trade-mode', '9710', '跨境电商B2B直接出口'],
      ['trade-mode', '1210', '保税电商'],
      ['transport-mode', '2', '水路运输'],
      ['transport-mode', '5', '航空运输'],
      ['transport-mode', 'G', '固定设施运输'],
      ['levy-nature', '101', '一般征税'],
      ['levy-nature', '503', '进料加工'],
      ['duty-mode', '1', '照章征税'],
      ['duty-mode', '3', '全免'],
      ['transaction-term', '1', 'CIF'],
      ['transaction-term', '3', 'FOB'],
      ['transaction-term', '7', 'EXW'],
      ['package-type', '22', '纸制或纤维板制盒/箱'],
      ['package-type', '93', '天然木托'],
      ['unit', '035', '千克'],
      ['unit', '001', '台'],
      ['unit', '142', '瓶'],
      ['customs-district', '2248', '洋山海关'],
      ['customs-district', '2233', '浦东机场海关'],
      ['customs-district', '5304', '蛇口海关'],
      ['container-type', '11', '普通2*标准箱(L)'],
      ['licence-document', 'Y', '原产地证明'],
      ['licence-document', '4', '出口许可证'],
      ['attached-document', '00000002', '装箱单'],
      ['attached-document', '00000004', '合同'],
      ['attached-document', '10000001', '代理报关委托协议(电子)'],
      ['brand-type', '3', '境外品牌(贴牌生产)'],
      ['country', 'CHN', '中国'],
      ['country', 'HKG', '中国香港'],
      ['country', 'USA', '美国'],
      ['currency', 'USD', '美元'],
      ['currency', 'CNY', '人民币'],
      ['port', 'HKG000', '中国香港'],
      ['port', 'JPN213', '神户'],
      ['domestic-port', '470101', '蛇口'],
      ['domestic-district', '44079', '江门其他'],
      ['domestic-district', '35019', '福州其他'],
      ['fee-mark', '3', '总价'],
    ];
    for (const [table, code, name] of expectations) {
      expect(entry(table, code)?.nameZh, `${table} ${code}`).toBe(name);
    }
    expect(entry('export-preference', '0')?.nameZh).toContain('不享受优惠关税');
    // The Shanghai correction the spec insists on: 2248 is 洋山, not 吴淞.
    expect(entry('customs-district', '2202')?.nameZh).toBe('吴淞海关');
  });

  it('has the table sizes the task calls for', () => {
    expect(load('unit').entries).toHaveLength(122);
    expect(load('transaction-term').entries).toHaveLength(7);
    expect(load('duty-mode').entries).toHaveLength(9);
    expect(load('country').entries.length).toBeGreaterThanOrEqual(249);
    expect(load('currency').entries.length).toBeGreaterThanOrEqual(150);
    expect(load('levy-nature').entries.length).toBeGreaterThanOrEqual(45);
    const ports = load('port').entries;
    expect(ports.filter((p) => p.extra?.kind === 'unspecified').length).toBeGreaterThanOrEqual(248);
    expect(ports.filter((p) => p.extra?.locode).length).toBeGreaterThanOrEqual(250);
    expect(load('domestic-district').entries.length).toBeGreaterThanOrEqual(330);
  });

  it('marks unconfirmed rows M and says which port code to declare when the official number is unknown', () => {
    const la = entry('port', 'USLAX');
    expect(la).toMatchObject({ nameZh: '洛杉矶', confidence: 'M', extra: { country: 'USA', locode: 'USLAX', declareAs: 'USA000' } });
    expect(entry('domestic-district', '11019')?.confidence).toBe('M');
    expect(entry('customs-district', '0100')?.confidence).toBe('M');
  });

  it('generates lower-case pinyin initials, polyphones read in context', () => {
    expect(entry('trade-mode', '0110')?.initials).toBe('ybmy');
    expect(entry('trade-mode', '0615')?.initials).toBe('jldk');
    expect(entry('unit', '035')?.initials).toBe('qk');
    expect(entry('customs-district', '2248')?.initials).toBe('yshg');
    expect(entry('domestic-district', '50019')?.initials).toBe('cqqt'); // 重庆: chong, not zhong
    expect(entry('trade-mode', '1239')?.initials).toBe('bsdsa');
    for (const id of codeTableIds) for (const e of load(id).entries) if (e.initials) expect(e.initials).toMatch(/^[a-z0-9]+$/);
  });

  it('documents every table in seeds/codes/README.md with its row count', () => {
    const readme = readFileSync(join(codesDir, 'README.md'), 'utf8');
    for (const id of codeTableIds) expect(readme).toContain(`| \`${id}.json\` | ${load(id).entries.length} |`);
  });

  it('ships the HS 2022 nomenclature with its public-domain licence and keyword targets that exist', () => {
    const hs = HsFileSchema.parse(JSON.parse(readFileSync(join(REPO_SEEDS, 'tariff', 'hs2022-subheadings.json'), 'utf8')));
    expect(hs.entries.filter((e) => e.level === 6).length).toBe(5613);
    expect(hs.sources.map((s) => s.title).join(' ')).toContain('PDDL');
    const laptop = hs.entries.find((e) => e.code === '847130');
    expect(laptop?.descriptionEn).toMatch(/portable/i);
    expect(laptop?.keywordsZh).toContain('笔记本电脑');
    const codes = new Set(hs.entries.map((e) => e.code));
    for (const e of hs.entries) if (e.parent) expect(codes.has(e.parent), e.code).toBe(true);
  });
});
