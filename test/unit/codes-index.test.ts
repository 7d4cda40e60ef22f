import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gramsOf } from '../../electron/backend/store/fts-match';
import { Store } from '../../electron/backend/store/store.node';
import { CodeTableIndex } from '../../shared/codes/code-index';
import { codeTableIds, type CodeTableFile, type TariffFile } from '../../shared/codes/schema';
import type { HsFile } from '../../shared/codes/hs';
import { rankRows } from '../../shared/codes/rank';
import { normalizeQuery } from '../../shared/codes/search';
import { mulberry32 } from '../../server/simulator/random';
import { randomPieces } from './helpers/random-pieces';

const tables = codeTableIds.map((id) => JSON.parse(readFileSync(resolve('seeds', 'codes', `${id}.json`), 'utf8')) as CodeTableFile);

/** Queries as brokers type them: pieces of codes, Chinese and English names, initials, aliases, two words, full-width. */
function queriesFor(table: CodeTableFile, count: number, r: () => number): string[] {
  const out: string[] = [];
  const { pick, piece } = randomPieces(r);
  while (out.length < count) {
    if (out.length && !normalizeQuery(out[out.length - 1] ?? '')) out.pop();
    const e = pick(table.entries);
    const fields = [e.code, e.nameZh, e.nameEn ?? e.code, e.initials ?? e.code, ...(e.aliases ?? [])];
    const roll = r();
    if (roll < 0.1) out.push(`${piece(pick(fields))} ${piece(pick(fields))}`);
    else if (roll < 0.15) out.push(piece(pick(fields)).toUpperCase().replace(/[A-Z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    else if (roll < 0.2) out.push(`zz${piece(pick(fields))}`);
    else out.push(piece(pick(fields)));
  }
  return out;
}

describe('CodeTableIndex', () => {
  it('answers exactly as rankRows over the whole table, for 400 generated queries per table', () => {
    const r = mulberry32(20261126);
    for (const table of tables) {
      const index = new CodeTableIndex(table.entries);
      for (const query of queriesFor(table, 400, r)) {
        const scan = rankRows(table.entries, query, 20);
        expect(index.search(query, 20).map((e) => e.code), `${table.table}: ${query}`).toEqual(scan.map((e) => e.code));
      }
    }
  });

  it('gives the first rows for an empty query and nothing for text no row holds', () => {
    const table = tables.find((t) => t.table === 'trade-mode') as CodeTableFile;
    const index = new CodeTableIndex(table.entries);
    expect(index.search('  ', 5)).toEqual(table.entries.slice(0, 5));
    expect(index.search('没有这种贸易方式', 5)).toEqual([]);
    expect(normalizeQuery('ＹＢＭＹ')).toBe('ybmy');
    expect(index.search('ＹＢＭＹ', 5).map((e) => e.code)).toContain('0110');
  });
});

/** A profile with the repository's seeds loaded, for the tests of one describe block. */
function seededStore(): () => Store {
  let dir = '';
  let store: Store | null = null;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearway-index-'));
    store = Store.open({ profileDir: dir, seedsDir: resolve('seeds') });
  });
  afterAll(() => {
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!store) throw new Error('the seeded store is opened in beforeAll');
    return store;
  };
}

describe('codes.search in memory against the FTS5 path', () => {
  const seeded = seededStore();

  it('answers from the profile as rankRows over the table does, and finds at least what the FTS5 path finds', () => {
    const r = mulberry32(7);
    let compared = 0;
    for (const table of tables) {
      for (const query of queriesFor(table, 150, r)) {
        const hits = seeded().codes.search(table.table, query, 20);
        expect(hits.map((h) => h.code), `${table.table}: ${query}`).toEqual(rankRows(table.entries, query, 20).map((e) => e.code));
        expect(hits.every((h) => h.table === table.table)).toBe(true);
        // The FTS path misses some rows rankRows accepts (a code containing "2" is no token of it); never the reverse.
        if (hits.length < 20) {
          const codes = new Set(hits.map((h) => h.code));
          expect(seeded().codes.searchSql(table.table, query, 20).filter((h) => !codes.has(h.code)), `${table.table}: ${query}`).toEqual([]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});

describe('tariff.search in memory against the same search read from the database', () => {
  const seeded = seededStore();

  /** Codes typed with dots and spaces, pieces of Chinese names and keywords, English words, two words. */
  function tariffQueries(count: number, r: () => number): string[] {
    const tariff = readdirSync(resolve('seeds', 'tariff')).filter((f) => /^cn-tariff-.+\.json$/.test(f));
    const lines = tariff.flatMap((f) => (JSON.parse(readFileSync(resolve('seeds', 'tariff', f), 'utf8')) as TariffFile).lines);
    const hs = (JSON.parse(readFileSync(resolve('seeds', 'tariff', 'hs2022-subheadings.json'), 'utf8')) as HsFile).entries;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    const piece = (text: string, max: number) => {
      const chars = [...text].filter((c) => /[\p{L}\p{N}]/u.test(c));
      const len = 1 + Math.floor(r() * Math.min(max, chars.length));
      const start = Math.floor(r() * Math.max(1, chars.length - len + 1));
      return chars.slice(start, start + len).join('');
    };
    const out: string[] = [];
    while (out.length < count) {
      const roll = r();
      const l = pick(lines);
      const h = pick(hs);
      if (roll < 0.2) out.push(`${l.code.slice(0, 4)}.${l.code.slice(4, 2 + Math.floor(r() * 9))}`);
      else if (roll < 0.3) out.push(h.code.slice(0, 1 + Math.floor(r() * 6)));
      else if (roll < 0.55) out.push(piece(l.nameZh, 5));
      else if (roll < 0.7) out.push(piece(pick(h.keywordsZh ?? [l.nameZh]), 4));
      else if (roll < 0.85) out.push(pick(h.descriptionEn.toLowerCase().match(/[a-z]{3,}/g) ?? ['machines']));
      else if (roll < 0.9) out.push(`${piece(l.nameZh, 2)} ${pick(h.descriptionEn.toLowerCase().match(/[a-z]{3,}/g) ?? ['other'])}`);
      else if (roll < 0.95) {
        // Two English words, or two short Han pieces: several terms of the short-token index at once.
        const words = h.descriptionEn.toLowerCase().match(/[a-z]{2,}/g) ?? ['of', 'other'];
        out.push(r() < 0.5 ? `${pick(words)} ${pick(words).slice(0, 2 + Math.floor(r() * 4))}` : `${piece(l.nameZh, 1)} ${piece(l.nameZh, 2)}`);
      } else out.push(`zz${piece(l.nameZh, 3)}`);
    }
    return out;
  }

  it('gives the very answer the database path gives, for 1,500 generated queries', () => {
    let found = 0;
    for (const query of tariffQueries(1500, mulberry32(31))) {
      const memory = seeded().codes.tariffSearch(query, 20);
      expect(memory, query).toEqual(seeded().codes.tariffSearchSql(query, 20));
      if (memory.lines.length + memory.hs.length > 0) found++;
    }
    expect(found).toBeGreaterThan(1200);
  });

  it('answers as the database path for one-letter prefixes and pairs of them (hundreds of token lists merged)', () => {
    for (const query of ['a', 'c', 'm', 's', 'a b', 'o p', 'c s', 'p 1', 'machine p', 'o 其']) {
      expect(seeded().codes.tariffSearch(query, 20), query).toEqual(seeded().codes.tariffSearchSql(query, 20));
    }
  });

  it('reads the rows again after the seeds load again', () => {
    const before = seeded().codes.tariffSearch('8471300000', 5);
    expect(before.lines.map((l) => l.code)).toEqual(['8471300000']);
    seeded().db.prepare("UPDATE tariff_lines SET name_zh = '改过的名称' WHERE code = '8471300000'").run();
    expect(seeded().codes.tariffSearch('8471300000', 5).lines[0]?.nameZh).not.toBe('改过的名称');
    seeded().codes.load(resolve('seeds'));
    expect(seeded().codes.tariffSearch('8471300000', 5)).toEqual(seeded().codes.tariffSearchSql('8471300000', 5));
  });
});

describe('migration 12 (English words in the tariff word index)', () => {
  it('makes a profile indexed before it load the tariff again, so the database path finds lines by English words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearway-index-'));
    try {
      const store = Store.open({ profileDir: dir, seedsDir: resolve('seeds') });
      const tokensOf = (s: Store) =>
        s.db.prepare<[string], { grams: string }>('SELECT g.grams FROM tariff_grams g JOIN tariff_lines t ON t.id = g.rowid WHERE t.code = ?').get('8413709990')?.grams.split(' ') ?? [];
      expect(tokensOf(store)).toContain('centrifugal');
      // The profile as an older version left it: tokens of the Chinese names only, migration 12 not applied.
      const lines = store.db.prepare<[], { id: number; name_zh: string }>('SELECT id, name_zh FROM tariff_lines').all();
      const setTokens = store.db.prepare('UPDATE tariff_grams SET grams = ? WHERE rowid = ?');
      store.db.transaction(() => {
        for (const l of lines) setTokens.run(gramsOf([l.name_zh]), l.id);
      })();
      store.db.prepare('DELETE FROM schema_migrations WHERE id = 12').run();
      const count = store.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tariff_lines').get()?.n;
      expect(tokensOf(store)).not.toContain('centrifugal');
      store.close();

      const reopened = Store.open({ profileDir: dir, seedsDir: resolve('seeds') });
      expect(tokensOf(reopened)).toContain('centrifugal');
      // Loaded again, not twice.
      expect(reopened.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tariff_lines').get()?.n).toBe(count);
      expect(reopened.codes.tariffSearchSql('centrifugal', 20).lines.map((l) => l.code)).toContain('8413709990');
      expect(reopened.codes.tariffSearch('centrifugal', 20)).toEqual(reopened.codes.tariffSearchSql('centrifugal', 20));
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
