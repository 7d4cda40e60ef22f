import type Database from 'better-sqlite3';
import { TariffLineSummarySchema, type TariffLineSummary, type TariffSearchResult } from '../../../shared/codes/api';
import { HsEntrySchema, type HsEntry } from '../../../shared/codes/hs';
import { prepareRow, rankPrepared, type PreparedRow, type Rankable } from '../../../shared/codes/rank';
import { hasHan, hsDigits, normalizeQuery } from '../../../shared/codes/search';
import { validatedOnce } from '../validated-output';
import { digitRangeEnd, gramsText, hsText, SEP, TARIFF_CANDIDATES, tariffLineText, textMatch, type TextMatch } from './fts-match';
import { firstNotBelow, TextIndex } from './text-index';

/** A tariff line as the search ranks it (prepared for rankPrepared), with the summary it answers with. */
export interface LineRecord {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string | null;
  summary: TariffLineSummary;
  /**
   * Its own object rather than the record itself: every row the ranking reads then has the one
   * shape prepareRow gives, and its property reads stay fast (monomorphic).
   */
  ranked: PreparedRow<LineRecord>;
}

/** An HS heading or subheading as the search ranks it, with the entry it answers with. */
export interface HsRecord {
  id: number;
  code: string;
  level: 2 | 4 | 6;
  descriptionEn: string;
  keywordsZh: readonly string[] | null;
  entry: HsEntry;
  /** Ranked by its first Chinese keyword as name, the English description, and every keyword as alias. */
  ranked: PreparedRow<HsRankable>;
}

type HsRankable = Rankable & { r: HsRecord };

/** Where tariff.search reads from: the database itself (the reference) or memory (TariffMemory). */
export interface TariffSources {
  /** Lines whose code starts with `prefix`, by code. */
  linesWithPrefix(prefix: string, limit: number): LineRecord[];
  /** Headings and subheadings whose code starts with `prefix`, by level, then code. */
  hsWithPrefix(prefix: string, limit: number): HsRecord[];
  hsByCode(code: string): HsRecord | undefined;
  /**
   * Up to TARIFF_CANDIDATES rows the FTS5 index (trigram or short-token) finds, by id, as the
   * ranking reads them (the record is each one's `row`, or `row.r` for HS): the ranking then
   * reads one object per candidate, not the record and then its prepared row.
   */
  lineCandidates(text: TextMatch): PreparedRow<LineRecord>[];
  hsCandidates(text: TextMatch): PreparedRow<HsRankable>[];
}

/**
 * tariff.search over any source: digits as typed ("8471.30") look codes up by prefix; words go
 * through the FTS5 indexes and are ranked by rankRows; a Chinese keyword also brings the lines
 * under the subheadings it names (笔记本 -> 8471.30 -> 8471300000).
 */
export function searchTariff(sources: TariffSources, query: string, limit: number): TariffSearchResult {
  const q = normalizeQuery(query);
  if (!q) return { lines: [], hs: [] };
  const digits = hsDigits(query);
  if (digits) {
    const lines = sources.linesWithPrefix(digits, limit).map((l) => l.summary);
    const hs =
      digits.length <= 6
        ? sources.hsWithPrefix(digits, limit)
        : [digits.slice(0, 6), digits.slice(0, 4)].map((c) => sources.hsByCode(c)).filter((h): h is HsRecord => !!h);
    return { lines, hs: hs.map((h) => h.entry) };
  }
  const text = textMatch(q);
  if (!text) return { lines: [], hs: [] };

  // English words, for HS entries and tariff lines alike: the word index (prefixes: machin ->
  // machines) answers at once where trigram would intersect the huge posting lists of "the",
  // "her" … for a word like "other", and then check each row's text.
  const latin = !hasHan(q) && /[a-z]/.test(q);
  const words = latin ? gramsText(q) : null;
  const hsRanked = rankPrepared(sources.hsCandidates(words ?? text), query, limit).map((p) => p.row.r);

  const lineRows = sources.lineCandidates(words ?? text);
  const withKeywords = hsRanked.filter((h) => h.keywordsZh);
  if (withKeywords.length) {
    const seen = new Set(lineRows.map((r) => r.row.id));
    for (const h of withKeywords) {
      if (h.level !== 6) continue;
      for (const row of sources.linesWithPrefix(h.code, limit)) {
        if (!seen.has(row.id)) {
          seen.add(row.id);
          lineRows.push(row.ranked);
        }
      }
    }
  }
  const keywordCodes = withKeywords.map((h) => h.code);
  // The first `limit` text matches: when there are fewer, these are all of them, as the keyword-only lines below need.
  const rankedLines = rankPrepared(lineRows, query, limit).map((p) => p.row);
  // Lines found only through a keyword do not match the query text: after the text matches, when there is room.
  let lines = rankedLines;
  if (lines.length < limit) {
    const textIds = new Set(rankedLines.map((l) => l.id));
    const viaKeyword = lineRows.map((r) => r.row).filter((r) => !textIds.has(r.id) && keywordCodes.some((c) => r.code.startsWith(c)));
    lines = [...rankedLines, ...viaKeyword].slice(0, limit);
  }
  return { lines: lines.map((r) => r.summary), hs: hsRanked.map((h) => h.entry) };
}

// ---------------------------------------------------------------------------------------------
// Rows as stored
// ---------------------------------------------------------------------------------------------

/** A tariff line's columns that search reads (tariff.get reads the rest). */
export interface LineRow {
  id: number;
  code: string;
  name_zh: string;
  name_en: string | null;
  first_unit: string;
  second_unit: string | null;
  confidence: TariffLineSummary['confidence'] | null;
}

export interface HsRow {
  id: number;
  code: string;
  level: 2 | 4 | 6;
  description_en: string;
  parent: string | null;
  section: string | null;
  keywords_zh: string | null;
}

function lineSummary(row: LineRow): TariffLineSummary {
  const s: TariffLineSummary = { code: row.code, nameZh: row.name_zh, firstUnit: row.first_unit, secondUnit: row.second_unit };
  if (row.name_en) s.nameEn = row.name_en;
  if (row.confidence) s.confidence = row.confidence;
  return s;
}

export function hsEntry(row: HsRow): HsEntry {
  const e: HsEntry = { code: row.code, level: row.level, descriptionEn: row.description_en };
  if (row.parent) e.parent = row.parent;
  if (row.section) e.section = row.section;
  if (row.keywords_zh) e.keywordsZh = row.keywords_zh.split(SEP);
  return e;
}

function lineRecord(row: LineRow, summary: TariffLineSummary): LineRecord {
  const record = { id: row.id, code: row.code, nameZh: row.name_zh, nameEn: row.name_en, summary } as LineRecord;
  record.ranked = prepareRow(record);
  return record;
}

function hsRecord(row: HsRow, entry: HsEntry): HsRecord {
  const keywordsZh = row.keywords_zh?.split(SEP) ?? null;
  const record = { id: row.id, code: row.code, level: row.level, descriptionEn: row.description_en, keywordsZh, entry } as HsRecord;
  record.ranked = prepareRow(
    { r: record, code: row.code, nameZh: keywordsZh?.[0] ?? '', nameEn: row.description_en, aliases: keywordsZh },
    // Subheadings before headings and chapters, then the shorter (more specific) description.
    (h) => (6 - h.r.level) * 10_000 + h.r.descriptionEn.length,
  );
  return record;
}

const LINE_COLS = 't.id, t.code, t.name_zh, t.name_en, t.first_unit, t.second_unit, t.confidence';
const HS_COLS = 'h.id, h.code, h.level, h.description_en, h.parent, h.section, h.keywords_zh';

/** Every answer read from the database: the reference the memory source is tested against. */
export function sqlTariffSources(db: Database.Database): TariffSources {
  const linePrefix = db.prepare<[string, string, number], LineRow>(`SELECT ${LINE_COLS} FROM tariff_lines t WHERE t.code >= ? AND t.code < ? ORDER BY t.code LIMIT ?`);
  const lineFts = db.prepare<[string, number], LineRow>(`SELECT ${LINE_COLS} FROM tariff_lines t WHERE t.id IN (SELECT rowid FROM tariff_fts WHERE tariff_fts MATCH ? LIMIT ?) ORDER BY t.id`);
  const lineGrams = db.prepare<[string, number], LineRow>(`SELECT ${LINE_COLS} FROM tariff_lines t WHERE t.id IN (SELECT rowid FROM tariff_grams WHERE tariff_grams MATCH ? LIMIT ?) ORDER BY t.id`);
  const hsPrefix = db.prepare<[string, string, number], HsRow>(`SELECT ${HS_COLS} FROM hs_entries h WHERE h.code >= ? AND h.code < ? ORDER BY h.level, h.code LIMIT ?`);
  const hsFts = db.prepare<[string, number], HsRow>(`SELECT ${HS_COLS} FROM hs_entries h WHERE h.id IN (SELECT rowid FROM hs_fts WHERE hs_fts MATCH ? LIMIT ?) ORDER BY h.id`);
  const hsGrams = db.prepare<[string, number], HsRow>(`SELECT ${HS_COLS} FROM hs_entries h WHERE h.id IN (SELECT rowid FROM hs_grams WHERE hs_grams MATCH ? LIMIT ?) ORDER BY h.id`);
  const hsOne = db.prepare<[string], HsRow>(`SELECT ${HS_COLS} FROM hs_entries h WHERE h.code = ?`);
  const line = (r: LineRow) => lineRecord(r, lineSummary(r));
  const hs = (r: HsRow) => hsRecord(r, hsEntry(r));
  return {
    linesWithPrefix: (prefix, limit) => linePrefix.all(prefix, digitRangeEnd(prefix), limit).map(line),
    hsWithPrefix: (prefix, limit) => hsPrefix.all(prefix, digitRangeEnd(prefix), limit).map(hs),
    hsByCode: (code) => {
      const row = hsOne.get(code);
      return row ? hs(row) : undefined;
    },
    lineCandidates: (text) => (text.index === 'fts' ? lineFts : lineGrams).all(text.match, TARIFF_CANDIDATES).map((r) => line(r).ranked),
    hsCandidates: (text) => (text.index === 'fts' ? hsFts : hsGrams).all(text.match, TARIFF_CANDIDATES).map((r) => hs(r).ranked),
  };
}

/** First index in `rows` (sorted by code) whose code is not below `code`. */
function lowerBound<T extends { code: string }>(rows: readonly T[], code: string): number {
  return firstNotBelow(rows, (r) => r.code < code);
}

/** The rows (sorted by code) whose code starts with `prefix`, the first `limit` of them. */
function withPrefix<T extends { code: string }>(rows: readonly T[], prefix: string, limit = Infinity): T[] {
  const out: T[] = [];
  for (let i = lowerBound(rows, prefix); i < rows.length && out.length < limit && (rows[i] as T).code.startsWith(prefix); i++) out.push(rows[i] as T);
  return out;
}

interface MemoryRows {
  /** By code, for prefixes. */
  lines: LineRecord[];
  hs: HsRecord[];
  /** By row id, as the text indexes number them, as the ranking reads them. */
  linesRankedById: PreparedRow<LineRecord>[];
  hsRankedById: PreparedRow<HsRankable>[];
  lineIndex: TextIndex;
  hsIndex: TextIndex;
}

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The tariff and the HS nomenclature held in memory (some 20,000 small records and the text
 * indexes over them), built at the first search after the seeds load: every step of a search
 * then runs without SQL, and each answer object was validated with the contract's schema once,
 * here, not on every search (see validated-output.ts). Same answers as sqlTariffSources (the
 * tests compare them), in a fraction of its time (npm run bench search).
 */
export class TariffMemory implements TariffSources {
  private rows: MemoryRows | null = null;

  constructor(private readonly db: Database.Database) {}

  /** Forgets the rows (the seeds changed); the next search reads them again. */
  reset(): void {
    this.rows = null;
  }

  warm(): void {
    this.load();
  }

  private load(): MemoryRows {
    if (!this.rows) {
      const lineRows = this.db.prepare<[], LineRow>(`SELECT ${LINE_COLS} FROM tariff_lines t ORDER BY t.id`).all();
      const hsRows = this.db.prepare<[], HsRow>(`SELECT ${HS_COLS} FROM hs_entries h ORDER BY h.id`).all();
      const linesById = lineRows.map((r) => lineRecord(r, validatedOnce(TariffLineSummarySchema, lineSummary(r))));
      const hsById = hsRows.map((r) => hsRecord(r, validatedOnce(HsEntrySchema, hsEntry(r))));
      // What the loader wrote to tariff_fts / tariff_grams and hs_fts / hs_grams for each row.
      const lineIndex = new TextIndex(linesById.map((l) => tariffLineText(l.code, l.nameZh, l.nameEn)));
      const hsIndex = new TextIndex(hsById.map((h) => hsText(h.code, h.descriptionEn, h.keywordsZh)));
      this.rows = {
        lines: [...linesById].sort(byCode),
        hs: [...hsById].sort(byCode),
        linesRankedById: linesById.map((l) => l.ranked),
        hsRankedById: hsById.map((h) => h.ranked),
        lineIndex,
        hsIndex,
      };
    }
    return this.rows;
  }

  linesWithPrefix(prefix: string, limit: number): LineRecord[] {
    return withPrefix(this.load().lines, prefix, limit);
  }

  hsWithPrefix(prefix: string, limit: number): HsRecord[] {
    return withPrefix(this.load().hs, prefix)
      .sort((a, b) => a.level - b.level || byCode(a, b))
      .slice(0, limit);
  }

  hsByCode(code: string): HsRecord | undefined {
    const { hs } = this.load();
    const row = hs[lowerBound(hs, code)];
    return row?.code === code ? row : undefined;
  }

  lineCandidates(text: TextMatch): PreparedRow<LineRecord>[] {
    const { lineIndex, linesRankedById } = this.load();
    return lineIndex.find(text, TARIFF_CANDIDATES).map((p) => linesRankedById[p] as PreparedRow<LineRecord>);
  }

  hsCandidates(text: TextMatch): PreparedRow<HsRankable>[] {
    const { hsIndex, hsRankedById } = this.load();
    return hsIndex.find(text, TARIFF_CANDIDATES).map((p) => hsRankedById[p] as PreparedRow<HsRankable>);
  }
}
