import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CodeTableFileSchema, TariffFileSchema } from '../shared/codes/schema';
import { inMemoryReferenceData } from '../shared/rules/reference-data';
import { noReferenceData, type ReferenceData } from '../shared/rules/engine';

/**
 * The code tables and tariff the rules check against: the repository's seeds/ folder, the same
 * files the desktop loads into its profile, so the gateway judges a message as the client does.
 */
export function findSeedsDir(explicit?: string): string | null {
  const here = typeof __dirname === 'string' ? [resolve(__dirname, '..', '..', 'seeds'), resolve(__dirname, '..', 'seeds')] : [];
  const candidates = [explicit, process.env.CLEARWAY_SEEDS, ...here, resolve(process.cwd(), 'seeds')];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'codes')) && existsSync(join(dir, 'tariff'))) ?? null;
}

export function loadReferenceData(seedsDir: string | null): ReferenceData {
  if (!seedsDir) return noReferenceData;
  const tables = readdirSync(join(seedsDir, 'codes'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => CodeTableFileSchema.parse(JSON.parse(readFileSync(join(seedsDir, 'codes', f), 'utf8'))));
  const tariff = readdirSync(join(seedsDir, 'tariff'))
    .filter((f) => f.startsWith('cn-tariff-') && f.endsWith('.json'))
    .flatMap((f) => TariffFileSchema.parse(JSON.parse(readFileSync(join(seedsDir, 'tariff', f), 'utf8'))).lines);
  const hsFile = join(seedsDir, 'tariff', 'hs2022-subheadings.json');
  const hs = existsSync(hsFile) ? (JSON.parse(readFileSync(hsFile, 'utf8')) as { entries: { code: string; level: number }[] }) : null;
  return inMemoryReferenceData(tables, tariff, hs?.entries.filter((e) => e.level === 6).map((e) => e.code));
}
