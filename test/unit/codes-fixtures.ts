import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { TariffFile } from '../../shared/codes/schema';

/** The repository's shipped seeds. */
export const REPO_SEEDS = resolve(__dirname, '..', '..', 'seeds');

/**
 * A small Chinese tariff file (TariffFile) for search tests, so they do not depend on the full
 * tariff seeds being present. Names follow the Chinese tariff's wording.
 */
export const fixtureTariff: TariffFile = {
  version: 'test-1',
  titleZh: '测试税则',
  titleEn: 'Test tariff',
  confidence: 'M',
  sources: [{ id: 'test', title: 'test fixture' }],
  lines: [
    {
      code: '8471300000',
      nameZh: '重量不超过10千克的便携式自动数据处理设备，至少由一个中央处理部件、一个键盘和一个显示器组成',
      nameEn: 'Portable automatic data processing machines, weighing not more than 10 kg',
      firstUnit: '001',
      secondUnit: null,
      elements: [
        { seq: 1, nameZh: '品牌类型', required: true, kind: 'brand-type' },
        { seq: 2, nameZh: '出口享惠情况', required: true, kind: 'export-preference' },
        { seq: 3, nameZh: '品牌', required: true, kind: 'brand' },
      ],
    },
    {
      code: '8471410000',
      nameZh: '同一机壳内至少有一个中央处理部件及一个输入和输出部件的其他自动数据处理设备',
      firstUnit: '001',
      secondUnit: null,
      elements: [{ seq: 1, nameZh: '品牌类型', required: true, kind: 'brand-type' }],
    },
    {
      code: '8517130000',
      nameZh: '智能手机',
      nameEn: 'Smartphones',
      firstUnit: '001',
      secondUnit: null,
      elements: [{ seq: 1, nameZh: '品牌类型', required: true, kind: 'brand-type' }],
    },
    {
      code: '0101210010',
      nameZh: '改良种用濒危野马',
      firstUnit: '009',
      secondUnit: '035',
      ciqCodes: [{ code: '999', nameZh: '其他' }],
      elements: [{ seq: 1, nameZh: '用途', required: true, kind: 'text' }],
    },
  ],
};

/** A temporary seeds folder: the shipped code tables and HS file, plus the fixture tariff. Caller removes it. */
export function makeTempSeeds({ tariff = true }: { tariff?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-seeds-'));
  cpSync(join(REPO_SEEDS, 'codes'), join(dir, 'codes'), { recursive: true });
  mkdirSync(join(dir, 'tariff'));
  cpSync(join(REPO_SEEDS, 'tariff', 'hs2022-subheadings.json'), join(dir, 'tariff', 'hs2022-subheadings.json'));
  if (tariff) writeFileSync(join(dir, 'tariff', 'cn-tariff-test.json'), JSON.stringify(fixtureTariff));
  return dir;
}

/** Temporary seeds folders for each test, removed afterwards. */
export function useTempSeeds(): (options?: { tariff?: boolean }) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (options) => {
    const dir = makeTempSeeds(options);
    made.push(dir);
    return dir;
  };
}
