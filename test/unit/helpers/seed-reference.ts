import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeTableFileSchema, TariffFileSchema } from '../../../shared/codes/schema';
import { inMemoryReferenceData } from '../../../shared/rules/reference-data';
import type { ReferenceData } from '../../../shared/rules/engine';

const seeds = join(process.cwd(), 'seeds');
let cached: ReferenceData | null = null;

/** Reference data from the shipped seed files: rules are tested against the real tables. */
export function seedReferenceData(): ReferenceData {
  if (cached) return cached;
  const tables = readdirSync(join(seeds, 'codes'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => CodeTableFileSchema.parse(JSON.parse(readFileSync(join(seeds, 'codes', f), 'utf8'))));
  const tariff = readdirSync(join(seeds, 'tariff'))
    .filter((f) => f.startsWith('cn-tariff-') && f.endsWith('.json'))
    .flatMap((f) => TariffFileSchema.parse(JSON.parse(readFileSync(join(seeds, 'tariff', f), 'utf8'))).lines);
  const hs = JSON.parse(readFileSync(join(seeds, 'tariff', 'hs2022-subheadings.json'), 'utf8')) as { entries: { code: string; level: number }[] };
  cached = inMemoryReferenceData(tables, tariff, hs.entries.filter((e) => e.level === 6).map((e) => e.code));
  return cached;
}
