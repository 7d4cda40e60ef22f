import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TariffFileSchema, type TariffFile, type TariffLine } from '../../shared/codes/schema';

// The Chinese tariff seeds (seeds/tariff/cn-tariff-*.json): 10-digit commodity codes with their
// legal units and declaration elements (申报要素). Data only: a wrong line is fixed in the JSON.
const tariffDir = fileURLToPath(new URL('../../seeds/tariff/', import.meta.url));
const hsFile = join(tariffDir, 'hs2022-subheadings.json');

const fileNames = readdirSync(tariffDir)
  .filter((f) => /^cn-tariff-.+\.json$/.test(f))
  .sort();
const files: [string, TariffFile][] = fileNames.map((f) => [f, TariffFileSchema.parse(JSON.parse(readFileSync(join(tariffDir, f), 'utf8')))]);
const lines: [string, TariffLine][] = files.flatMap(([f, file]) => file.lines.map((l): [string, TariffLine] => [f, l]));

/** Chapters that must be well covered: the bulk of what Chinese brokers declare. */
const CORE_CHAPTERS = ['84', '85', '39', '61', '62', '64', '73', '87', '90', '94', '95'];

/** Only the part of the HS file this test needs; the file itself belongs to the HS seed. */
const HsSubheadingsSchema = z.object({ entries: z.array(z.object({ code: z.string(), level: z.number() })) });

describe('Chinese tariff seeds', () => {
  it('has several files, each a valid TariffFile with sources and a confidence', () => {
    expect(fileNames.length).toBeGreaterThanOrEqual(8);
    for (const [name, file] of files) {
      expect(file.sources.length, name).toBeGreaterThan(0);
      expect(file.lines.length, name).toBeGreaterThan(0);
      expect(['C', 'I', 'M'], name).toContain(file.confidence);
    }
  });

  it('lists every commodity code once across all files', () => {
    const where = new Map<string, string>();
    for (const [name, line] of lines) {
      expect(where.get(line.code), `${line.code} in ${name} and ${where.get(line.code)}`).toBeUndefined();
      where.set(line.code, name);
    }
  });

  it('uses HS 2022 subheadings as the first six digits', () => {
    for (const [name, line] of lines) {
      const hs6 = line.code.slice(0, 6);
      expect(hs6, `${line.code} in ${name}`).toMatch(/^\d{6}$/);
      const chapter = Number(hs6.slice(0, 2));
      expect(chapter >= 1 && chapter <= 97 && chapter !== 77, `${line.code}: chapter ${chapter}`).toBe(true);
    }
    // The HS nomenclature seed is generated separately; when it is shipped, every line must point
    // at one of its subheadings.
    if (existsSync(hsFile)) {
      const hs = HsSubheadingsSchema.parse(JSON.parse(readFileSync(hsFile, 'utf8')));
      const subheadings = new Set(hs.entries.filter((e) => e.level === 6).map((e) => e.code));
      expect(subheadings.size).toBeGreaterThan(5000);
      for (const [name, line] of lines) expect(subheadings.has(line.code.slice(0, 6)), `${line.code} in ${name}`).toBe(true);
    }
  });

  it('starts every element list with brand type and export preference, numbered 1..n', () => {
    for (const [name, line] of lines) {
      const where = `${line.code} in ${name}`;
      expect(line.elements.length, where).toBeGreaterThan(2);
      expect(line.elements.map((e) => e.seq), where).toEqual(line.elements.map((_, i) => i + 1));
      expect(line.elements[0], where).toMatchObject({ seq: 1, nameZh: '品牌类型', kind: 'brand-type', required: true });
      expect(line.elements[1], where).toMatchObject({ seq: 2, nameZh: '出口享惠情况', kind: 'export-preference', required: true });
      // Those two kinds appear nowhere else in the list.
      expect(line.elements.slice(2).filter((e) => e.kind === 'brand-type' || e.kind === 'export-preference'), where).toEqual([]);
      expect(new Set(line.elements.map((e) => e.nameZh)).size, `${where}: duplicate element names`).toBe(line.elements.length);
    }
  });

  it('has at least 500 lines, and at least 15 in each core chapter', () => {
    expect(lines.length).toBeGreaterThanOrEqual(500);
    const perChapter = new Map<string, number>();
    for (const [, line] of lines) perChapter.set(line.code.slice(0, 2), (perChapter.get(line.code.slice(0, 2)) ?? 0) + 1);
    for (const chapter of CORE_CHAPTERS) expect(perChapter.get(chapter) ?? 0, `chapter ${chapter}`).toBeGreaterThanOrEqual(15);
  });

  it('gives 3-digit unit codes, and a second unit only when it differs from the first', () => {
    for (const [name, line] of lines) {
      const where = `${line.code} in ${name}`;
      expect(line.firstUnit, where).toMatch(/^\d{3}$/);
      if (line.secondUnit !== null) {
        expect(line.secondUnit, where).toMatch(/^\d{3}$/);
        expect(line.secondUnit, where).not.toBe(line.firstUnit);
      }
    }
  });

  it('keeps known lines as declared on the single window', () => {
    const byCode = new Map(lines.map(([, l]) => [l.code, l]));
    const laptop = byCode.get('8471300000');
    expect(laptop).toMatchObject({ firstUnit: '001', secondUnit: '035' });
    expect(laptop?.nameZh).toContain('便携式自动数据处理设备');
    expect(laptop?.elements.map((e) => e.kind)).toEqual(expect.arrayContaining(['brand', 'model', 'gtin', 'cas']));
    // The spec's example GModel 3|1|梭织|短裤|女式|100%棉|品牌|货号 is a 6204.62 line, in 条 + 千克.
    const shorts = byCode.get('6204620000');
    expect(shorts).toMatchObject({ firstUnit: '015', secondUnit: '035' });
    expect(shorts?.elements.slice(2, 8).map((e) => e.nameZh.replace(/（.*$/, ''))).toEqual(['织造方法', '种类', '类别', '成分含量', '品牌', '货号']);
    // The price-commitment element appears only where a price undertaking applies.
    const withCommitment = lines.filter(([, l]) => l.elements.some((e) => e.kind === 'price-commitment')).map(([, l]) => l.code);
    expect(withCommitment).toEqual(['2804619000']);
  });
});
