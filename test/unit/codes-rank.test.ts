import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRow, rankPrepared, rankRows, type Rankable } from '../../shared/codes/rank';
import { codeTableIds, type CodeTableFile, type TariffFile } from '../../shared/codes/schema';
import type { HsFile } from '../../shared/codes/hs';
import { normalizeQuery } from '../../shared/codes/search';
import { mulberry32 } from '../../server/simulator/random';
import { randomPieces } from './helpers/random-pieces';

/**
 * The tiers as documented on matchTier, written condition by condition in their order, and the
 * order rankRows promises (tier, then length, then position): the reference the fast ranking
 * (one indexOf per field, packed sort keys, the early stop for English words) must equal.
 */
function referenceTier(row: Rankable, q: string, raw: string): number | undefined {
  const code = row.code.toLowerCase();
  const name = row.nameZh.toLowerCase();
  const aliases = (row.aliases ?? []).map((a) => a.toLowerCase());
  const initials = row.initials ?? '';
  const en = (row.nameEn ?? '').toLowerCase();
  if (row.code === raw.trim()) return 0;
  if (code === q) return 1;
  if (code.startsWith(q)) return 2;
  if (name === q || aliases.includes(q)) return 3;
  if (name.startsWith(q) || aliases.some((a) => a.startsWith(q)) || (initials !== '' && initials.startsWith(q))) return 4;
  if (name.includes(q) || aliases.some((a) => a.includes(q))) return 5;
  if ((initials !== '' && initials.includes(q)) || en.startsWith(q) || en.includes(` ${q}`) || en.includes(`(${q}`)) return 6;
  if (en.includes(q) || code.includes(q)) return 7;
  const words = q.split(' ').filter(Boolean);
  if (words.length > 1 && words.every((w) => [code, name, ...aliases, initials, en].join('\n').includes(w))) return 8;
  return undefined;
}

function referenceRank<T extends Rankable>(rows: readonly T[], raw: string, limit: number, lengthOf: (row: T) => number): T[] {
  const q = normalizeQuery(raw);
  if (!q) return [];
  return rows
    .map((row, i) => ({ row, i, tier: referenceTier(row, q, raw), len: lengthOf(row) }))
    .filter((s): s is typeof s & { tier: number } => s.tier !== undefined)
    .sort((a, b) => a.tier - b.tier || a.len - b.len || a.i - b.i)
    .slice(0, limit)
    .map((s) => s.row);
}

const nameLength = (row: Rankable) => [...row.nameZh].length;

// The shipped seeds: every code table, the Chinese tariff lines and the HS nomenclature.
const seeds = resolve('seeds');
const codeTables = codeTableIds.map((id) => JSON.parse(readFileSync(resolve(seeds, 'codes', `${id}.json`), 'utf8')) as CodeTableFile);
const tariffLines: Rankable[] = readdirSync(resolve(seeds, 'tariff'))
  .filter((f) => /^cn-tariff-.+\.json$/.test(f))
  .flatMap((f) => (JSON.parse(readFileSync(resolve(seeds, 'tariff', f), 'utf8')) as TariffFile).lines)
  .map((l) => ({ code: l.code, nameZh: l.nameZh, nameEn: l.nameEn ?? null }));
type HsRow = Rankable & { level: number; descriptionEn: string };
const hsRows: HsRow[] = (JSON.parse(readFileSync(resolve(seeds, 'tariff', 'hs2022-subheadings.json'), 'utf8')) as HsFile).entries.map((e) => ({
  code: e.code,
  nameZh: e.keywordsZh?.[0] ?? '',
  nameEn: e.descriptionEn,
  aliases: e.keywordsZh ?? null,
  level: e.level,
  descriptionEn: e.descriptionEn,
}));
// As tariff-search ranks HS entries: subheadings first, then the shorter description.
const hsLength = (h: HsRow) => (6 - h.level) * 10_000 + h.descriptionEn.length;

/** Queries as brokers type them into the HS panel and coded fields: English words and their starts, Chinese pieces, codes, initials. */
function queriesFrom(rows: readonly Rankable[], count: number, r: () => number): string[] {
  const { pick, piece } = randomPieces(r);
  const out: string[] = [];
  while (out.length < count) {
    const row = pick(rows);
    const english = (row.nameEn ?? '').match(/[A-Za-z]+/g) ?? [];
    const roll = r();
    let query: string;
    if (english.length && roll < 0.4) query = pick(english);
    else if (english.length && roll < 0.55) query = pick(english).slice(0, 1 + Math.floor(r() * 4));
    else if (english.length && roll < 0.6) query = `${pick(english)} ${pick(english)}`;
    else if (roll < 0.65) query = `(${pick(english.length ? english : [row.code])}`;
    else query = piece(pick([row.code, row.nameZh || row.code, row.initials ?? row.code, ...(row.aliases ?? [])]));
    if (normalizeQuery(query)) out.push(query);
  }
  return out;
}

/** What a search's index hands the ranking: up to 150 rows that match, in row order. */
function candidates<T extends Rankable>(rows: readonly T[], query: string, r: () => number): T[] {
  const q = normalizeQuery(query);
  const words = q.split(' ');
  const hay = (row: Rankable) => [row.code, row.nameZh, row.nameEn ?? '', row.initials ?? '', ...(row.aliases ?? [])].join('\n').toLowerCase();
  const matching = rows.filter((row) => words.every((w) => hay(row).includes(w)));
  // Now and then a few rows that do not match, as a prefix index of words can hand over.
  const noise = Array.from({ length: Math.floor(r() * 5) }, () => rows[Math.floor(r() * rows.length)] as T);
  return [...new Set([...matching.slice(0, 150), ...noise])].sort((a, b) => rows.indexOf(a) - rows.indexOf(b));
}

describe('rankPrepared', () => {
  it('ranks HS entries and tariff lines as the documented tiers do, for 600 generated queries', () => {
    const r = mulberry32(20261127);
    const sets: { name: string; rows: readonly Rankable[]; lengthOf: (row: never) => number }[] = [
      { name: 'hs', rows: hsRows, lengthOf: hsLength as (row: never) => number },
      { name: 'tariff', rows: tariffLines, lengthOf: nameLength },
    ];
    let earlyStops = 0;
    for (const set of sets) {
      const lengthOf = set.lengthOf as (row: Rankable) => number;
      for (const query of queriesFrom(set.rows, 300, r)) {
        const rows = candidates(set.rows, query, r);
        const prepared = rows.map((row) => prepareRow(row, lengthOf));
        for (const limit of [1, 20, Infinity]) {
          const expected = referenceRank(rows, query, limit, lengthOf).map((row) => row.code);
          expect(rankPrepared(prepared, query, limit).map((row) => row.code), `${set.name}: "${query}" limit ${limit}`).toEqual(expected);
        }
        if (/[a-z]/i.test(query) && rows.length > 20 && prepared.every((p) => p.lettersOnlyInEnglish)) earlyStops++;
      }
    }
    // The early stop was exercised, not only the full ranking.
    expect(earlyStops).toBeGreaterThan(100);
  });

  it('ranks every code table as the documented tiers do (codes, names, initials, aliases, English)', () => {
    const r = mulberry32(7);
    for (const table of codeTables) {
      for (const query of queriesFrom(table.entries, 60, r)) {
        expect(
          rankRows(table.entries, query, 20).map((e) => e.code),
          `${table.table}: "${query}"`,
        ).toEqual(referenceRank(table.entries, query, 20, nameLength).map((e) => e.code));
      }
    }
  });

  it('keeps the order with tie-break lengths a packed key cannot hold (fractions, 2^21 and above)', () => {
    const rows = hsRows.slice(0, 400);
    for (const lengthOf of [(h: HsRow) => h.descriptionEn.length / 7, (h: HsRow) => h.descriptionEn.length * 100_000]) {
      for (const query of ['animal', 'live', 'of', 'horses asses', '0101']) {
        expect(rankRows(rows, query, 20, lengthOf).map((h) => h.code), query).toEqual(referenceRank(rows, query, 20, lengthOf).map((h) => h.code));
      }
    }
  });
});
