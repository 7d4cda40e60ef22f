/**
 * Ranking of code-table rows, tariff lines and HS entries against what the broker typed. Pure
 * functions: the backend ranks the candidates its indexes return with them, and the renderer can
 * rank an in-memory list the same way, so a broker sees one order whichever side filtered.
 */
import { hasHan, normalizeQuery, queryLength } from './search';

/** What a ranked row needs; CodeEntry and tariff lines both fit. */
export interface Rankable {
  code: string;
  nameZh: string;
  nameEn?: string | null;
  initials?: string | null;
  aliases?: readonly string[] | null;
}

/** The tie-break within a tier, shorter first: the Chinese name's length (code points) unless told otherwise. */
export type RankLength<T> = (row: T) => number;

const nameLength = (row: Rankable) => queryLength(row.nameZh);

/**
 * A row with the lower-cased fields matchTier compares and its tie-break length, computed once:
 * a search over rows it holds (an index, the tariff in memory) prepares them once instead of on
 * every query.
 */
export interface PreparedRow<T> {
  row: T;
  code: string;
  codeLower: string;
  nameLower: string;
  aliasesLower: readonly string[];
  initials: string;
  enLower: string;
  /** The tie-break within a tier (see RankLength). */
  length: number;
  /** Whether the name or an alias has a Latin letter or a digit: a query with one cannot match them otherwise. */
  namesHaveAscii: boolean;
  /** Whether the English name has a Han character: a query with one cannot match it otherwise. */
  enHasHan: boolean;
  /**
   * Whether a query with a Latin letter can only match the English name: the code has no letter,
   * the names no Latin letter or digit, and there are no initials (tariff lines, HS entries). Such
   * a row ranks in tier 6 at best for that query (see rankPrepared).
   */
  lettersOnlyInEnglish: boolean;
  /** Every field joined, for several-word queries; made the first time one needs it. */
  haystack: string | undefined;
}

const ASCII_WORD = /[a-z0-9]/;
const LATIN_LETTER = /[a-z]/;
const ANY_LETTER = /\p{L}/u;

export function prepareRow<T extends Rankable>(row: T, lengthOf: RankLength<T> = nameLength): PreparedRow<T> {
  const nameLower = row.nameZh.toLowerCase();
  const aliasesLower = (row.aliases ?? []).map((a) => a.toLowerCase());
  const enLower = (row.nameEn ?? '').toLowerCase();
  const initials = row.initials ?? '';
  const namesHaveAscii = ASCII_WORD.test(nameLower) || aliasesLower.some((a) => ASCII_WORD.test(a));
  return {
    row,
    code: row.code,
    codeLower: row.code.toLowerCase(),
    nameLower,
    aliasesLower,
    initials,
    enLower,
    length: lengthOf(row),
    namesHaveAscii,
    enHasHan: hasHan(enLower),
    lettersOnlyInEnglish: !ANY_LETTER.test(row.code) && !namesHaveAscii && initials === '',
    // Present from the start, so every prepared row keeps one shape (fast property reads).
    haystack: undefined,
  };
}

/** A query as every row is compared with it: worked out once per search, not once per row. */
interface PreparedQuery {
  q: string;
  /** The query as typed, trimmed: tier 0 compares codes with it case and all. */
  exact: string | undefined;
  /** The words of a several-word query; null for one word. */
  words: string[] | null;
  hasAscii: boolean;
  hasLatinLetter: boolean;
  hasHan: boolean;
}

function prepareQuery(normalizedQuery: string, rawQuery: string | undefined): PreparedQuery {
  const words = normalizedQuery.split(' ').filter(Boolean);
  return {
    q: normalizedQuery,
    exact: rawQuery?.trim(),
    words: words.length > 1 ? words : null,
    hasAscii: ASCII_WORD.test(normalizedQuery),
    hasLatinLetter: LATIN_LETTER.test(normalizedQuery),
    hasHan: hasHan(normalizedQuery),
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
  return normalizedQuery ? preparedTier(prepareRow(row), prepareQuery(normalizedQuery, rawQuery)) : undefined;
}

/** The tier where an English word starts with the query. */
const ENGLISH_WORD_TIER = 6;

/** 3, 4 or 5 as `text` equals, starts with or contains q; 9 (no match) otherwise. */
function nameTier(text: string, q: string): number {
  const at = text.indexOf(q);
  return at < 0 ? 9 : at > 0 ? 5 : text.length === q.length ? 3 : 4;
}

/**
 * The best tier whose condition holds (the list above, read as "the first that holds"). Each
 * field is searched once with indexOf and the tiers read off the position, and a field that
 * cannot hold the query (Chinese names for an English word) is not searched: this runs for
 * candidates on every keystroke.
 */
function preparedTier<T>(p: PreparedRow<T>, m: PreparedQuery): number | undefined {
  const q = m.q;
  if (m.exact !== undefined && p.code === m.exact) return 0;
  const code = p.codeLower;
  const inCode = code.indexOf(q);
  if (inCode === 0) return code.length === q.length ? 1 : 2;
  let tier = 9;
  if (p.namesHaveAscii || !m.hasAscii) {
    tier = nameTier(p.nameLower, q);
    for (const alias of p.aliasesLower) {
      if (tier === 3) break;
      tier = Math.min(tier, nameTier(alias, q));
    }
  }
  if (tier <= 4) return tier;
  const inInitials = p.initials.indexOf(q);
  if (inInitials === 0) return 4;
  if (tier === 5) return 5;
  if (inInitials > 0) return ENGLISH_WORD_TIER;
  const en = p.enLower;
  const inEn = m.hasHan && !p.enHasHan ? -1 : en.indexOf(q);
  if (inEn >= 0) {
    // An English word starts with it: at the start, or after a space or an opening bracket.
    for (let at = inEn; at >= 0; at = en.indexOf(q, at + 1)) {
      if (at === 0 || en[at - 1] === ' ' || en[at - 1] === '(') return ENGLISH_WORD_TIER;
    }
    return 7;
  }
  if (inCode > 0) return 7;
  // Several words ("portable automatic", "hong kong"): each must occur somewhere in the row.
  if (m.words) {
    p.haystack ??= [code, p.nameLower, ...p.aliasesLower, p.initials, en].join('\n');
    const haystack = p.haystack;
    if (m.words.every((w) => haystack.includes(w))) return 8;
  }
  return undefined;
}

/**
 * Ranks rows against a query: by tier, then shorter name (the more specific match), then the
 * order the rows came in (the table's own order). Rows that do not match are dropped.
 */
export function rankRows<T extends Rankable>(rows: readonly T[], query: string, limit = Infinity, lengthOf?: RankLength<T>): T[] {
  return rankPrepared(
    rows.map((row) => prepareRow(row, lengthOf)),
    query,
    limit,
  ).map((p) => p.row);
}

/**
 * Sort keys pack (tier, length, position) into one integer below 2^53, so the ranking sorts a
 * typed array of numbers: no object per row and no comparator call per comparison.
 */
const FIELD = 2 ** 21;
const packable = (length: number) => Number.isInteger(length) && length >= 0 && length < FIELD;
const sortKey = (tier: number, length: number, position: number) => (tier * FIELD + length) * FIELD + position;

/**
 * Scratch arrays for the keys, kept between searches: allocating typed arrays costs about as
 * much as ranking a search's candidates. Ranking is synchronous, so one pair serves every call.
 */
let foundKeys = new Float64Array(1024);
let deferredKeys = new Float64Array(1024);
function reserve(rows: number): void {
  if (foundKeys.length >= rows) return;
  const size = 2 ** Math.ceil(Math.log2(rows));
  foundKeys = new Float64Array(size);
  deferredKeys = new Float64Array(size);
}

/**
 * rankRows over rows prepared beforehand (see PreparedRow): the same order, as the prepared rows.
 *
 * An English word against tariff lines or HS entries (rows where only the English can hold it)
 * ranks tier 6 at best, so those rows are compared with the query in tie-break order and the
 * comparing stops once `limit` rows are sure to rank above every row not yet compared: 20 or so
 * of a search's 150 candidates instead of all of them (npm run bench search).
 */
export function rankPrepared<P extends PreparedRow<unknown>>(rows: readonly P[], query: string, limit = Infinity): P[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const m = prepareQuery(q, query);
  if (rows.length >= FIELD) return rankByComparison(rows, m, limit);
  reserve(rows.length);
  const found = foundKeys;
  const deferred = deferredKeys;
  let nFound = 0;
  // Rows that can only match in their English name, when the query has a Latin letter: later, in tie-break order.
  let nDeferred = 0;
  const defer = m.hasLatinLetter && limit < rows.length;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i] as P;
    if (!packable(p.length)) return rankByComparison(rows, m, limit);
    if (defer && p.lettersOnlyInEnglish) {
      deferred[nDeferred++] = p.length * FIELD + i;
      continue;
    }
    const tier = preparedTier(p, m);
    if (tier !== undefined) found[nFound++] = sortKey(tier, p.length, i);
  }

  if (nDeferred > 0) {
    // A deferred row not compared yet ranks at best at (6, its length, its position), and the
    // next one in order is the best of them: stop when `limit` rows found rank above it.
    const settled = nFound;
    found.subarray(0, settled).sort();
    let settledBelow = 0;
    let deferredAtSix = 0;
    const order = deferred.subarray(0, nDeferred).sort();
    for (let k = 0; k < nDeferred; k++) {
      const key = order[k] as number;
      const bound = ENGLISH_WORD_TIER * FIELD * FIELD + key;
      while (settledBelow < settled && (found[settledBelow] as number) < bound) settledBelow++;
      if (settledBelow + deferredAtSix >= limit) break;
      const i = key % FIELD;
      const p = rows[i] as P;
      const tier = preparedTier(p, m);
      if (tier === undefined) continue;
      found[nFound++] = sortKey(tier, p.length, i);
      if (tier === ENGLISH_WORD_TIER) deferredAtSix++;
    }
  }

  const ranked = found.subarray(0, nFound).sort();
  const out: P[] = [];
  for (let k = 0; k < nFound && out.length < limit; k++) out.push(rows[(ranked[k] as number) % FIELD] as P);
  return out;
}

/** The same order for tie-break lengths a packed key cannot hold (fractions, or 2^21 and above). */
function rankByComparison<P extends PreparedRow<unknown>>(rows: readonly P[], m: PreparedQuery, limit: number): P[] {
  const scored: { row: P; tier: number; len: number; i: number }[] = [];
  rows.forEach((p, i) => {
    const tier = preparedTier(p, m);
    if (tier !== undefined) scored.push({ row: p, tier, len: p.length, i });
  });
  scored.sort((a, b) => a.tier - b.tier || a.len - b.len || a.i - b.i);
  return scored.slice(0, limit).map((s) => s.row);
}
