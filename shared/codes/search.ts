/**
 * Query normalising and result ranking for code-table and tariff lookups. Pure functions: the
 * backend ranks the candidates its indexes return with them, and the renderer can rank an
 * in-memory list the same way, so a broker sees one order whichever side filtered.
 */

/** Trims, folds full-width characters (ＡＢＣ１２３, full-width spaces) and lower-cases. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The digits of an HS / tariff code as typed: "8471.30", "8471 30 00 00", "8471-30" -> "847130".
 * Null when the query has anything but digits and separators, or more than 10 digits.
 */
export function hsDigits(query: string): string | null {
  const q = query.normalize('NFKC').trim();
  if (!/^[\d.\s\-·]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, '');
  return digits.length >= 1 && digits.length <= 10 ? digits : null;
}

/** Lower-cased pinyin initials as stored in the seeds (ybmy); strips what is not a-z0-9. */
export function normalizeInitials(initials: string): string {
  return initials.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Unicode code points, so 笔记 counts 2 and 𠀀 counts 1. */
export function queryLength(query: string): number {
  return [...query].length;
}

/** FTS5 trigram matching needs at least three characters; shorter queries take the fallback path. */
export const TRIGRAM_MIN = 3;

const HAN = /\p{Script=Han}/u;
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** What a ranked row needs; CodeEntry and tariff lines both fit. */
export interface Rankable {
  code: string;
  nameZh: string;
  nameEn?: string | null;
  initials?: string | null;
  aliases?: readonly string[] | null;
}

/**
 * A row with the lower-cased fields matchTier compares, computed once: a search over rows it
 * holds (an index, the tariff in memory) prepares them once instead of on every query.
 */
export interface PreparedRow<T> {
  row: T;
  code: string;
  codeLower: string;
  nameLower: string;
  aliasesLower: readonly string[];
  initials: string;
  enLower: string;
}

export function prepareRow<T extends Rankable>(row: T): PreparedRow<T> {
  return {
    row,
    code: row.code,
    codeLower: row.code.toLowerCase(),
    nameLower: row.nameZh.toLowerCase(),
    aliasesLower: (row.aliases ?? []).map((a) => a.toLowerCase()),
    initials: row.initials ?? '',
    enLower: (row.nameEn ?? '').toLowerCase(),
  };
}

/**
 * Match tiers, best first. `undefined` means the row does not match the query at all.
 *  0 code equals the query exactly (same case)    1 code equals, ignoring case
 *  2 code starts with the query                    3 Chinese name or an alias equals the query
 *  4 name / alias / initials start with the query  5 name or alias contains the query
 *  6 initials contain it, or an English word starts with it
 *  7 English name or code contains it            8 every word of a several-word query occurs
 */
export function matchTier(row: Rankable, normalizedQuery: string, rawQuery?: string): number | undefined {
  return preparedTier(prepareRow(row), normalizedQuery, rawQuery);
}

function preparedTier<T>(p: PreparedRow<T>, normalizedQuery: string, rawQuery?: string): number | undefined {
  const q = normalizedQuery;
  if (!q) return undefined;
  const code = p.codeLower;
  if (rawQuery !== undefined && p.code === rawQuery.trim()) return 0;
  if (code === q) return 1;
  if (code.startsWith(q)) return 2;
  const name = p.nameLower;
  const aliases = p.aliasesLower;
  if (name === q || aliases.includes(q)) return 3;
  const initials = p.initials;
  if (name.startsWith(q) || aliases.some((a) => a.startsWith(q)) || (initials && initials.startsWith(q))) return 4;
  if (name.includes(q) || aliases.some((a) => a.includes(q))) return 5;
  const en = p.enLower;
  if ((initials && initials.includes(q)) || en.startsWith(q) || en.includes(` ${q}`) || en.includes(`(${q}`)) return 6;
  if (en.includes(q) || code.includes(q)) return 7;
  // Several words ("portable automatic", "hong kong"): each must occur somewhere in the row.
  const words = q.split(' ').filter(Boolean);
  if (words.length > 1) {
    const haystack = [code, name, ...aliases, initials, en].join('\n');
    if (words.every((w) => haystack.includes(w))) return 8;
  }
  return undefined;
}

/**
 * Ranks rows against a query: by tier, then shorter name (the more specific match), then the
 * order the rows came in (the table's own order). Rows that do not match are dropped.
 */
export function rankRows<T extends Rankable>(
  rows: readonly T[],
  query: string,
  limit = Infinity,
  /** The tie-break within a tier, shorter first: the Chinese name's length unless told otherwise. */
  lengthOf: (row: T) => number = (row) => [...row.nameZh].length,
): T[] {
  return rankPrepared(rows.map(prepareRow), query, limit, lengthOf);
}

/** rankRows over rows prepared beforehand (see PreparedRow): the same order. */
export function rankPrepared<T extends Rankable>(
  rows: readonly PreparedRow<T>[],
  query: string,
  limit = Infinity,
  lengthOf: (row: T) => number = (row) => [...row.nameZh].length,
): T[] {
  const q = normalizeQuery(query);
  const scored: { row: T; tier: number; len: number; i: number }[] = [];
  rows.forEach((p, i) => {
    const tier = preparedTier(p, q, query);
    if (tier !== undefined) scored.push({ row: p.row, tier, len: lengthOf(p.row), i });
  });
  scored.sort((a, b) => a.tier - b.tier || a.len - b.len || a.i - b.i);
  return scored.slice(0, limit).map((s) => s.row);
}

/** A tariff code formatted the way brokers read it: 8471300000 -> 8471.3000.00, 847130 -> 8471.30. */
export function formatHsCode(code: string): string {
  const d = code.replace(/\D/g, '');
  if (d.length <= 4) return d;
  if (d.length <= 6) return `${d.slice(0, 4)}.${d.slice(4)}`;
  if (d.length <= 8) return `${d.slice(0, 4)}.${d.slice(4)}`;
  return `${d.slice(0, 4)}.${d.slice(4, 8)}.${d.slice(8)}`;
}
