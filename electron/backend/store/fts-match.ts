import { hasHan, queryLength, TRIGRAM_MIN } from '../../../shared/codes/search';

/**
 * MATCH texts for the profile's FTS5 indexes (the trigram index and the short-token index of
 * code tables, tariff lines and the HS nomenclature), and how many candidates a search reads.
 */

export const WORD = /[\p{L}\p{N}]+/gu;

const HAN = /\p{Script=Han}/u;

/**
 * Tokens for the short-query index: every Han character, every pair of neighbouring characters
 * that includes a Han one (一般贸易 -> 一 般 贸 易 一般 般贸 贸易), and every Latin/digit word
 * (initials, English words, codes) for prefix queries.
 */
export function gramsOf(texts: readonly (string | null | undefined)[]): string {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const lower = text.normalize('NFKC').toLowerCase();
    if (!HAN.test(lower)) {
      for (const word of lower.match(WORD) ?? []) out.add(word);
      continue;
    }
    for (const word of lower.match(WORD) ?? []) {
      if (!HAN.test(word)) {
        out.add(word);
        continue;
      }
      const chars = [...word];
      chars.forEach((c, i) => {
        const next = chars[i + 1];
        if (HAN.test(c)) out.add(c);
        if (next !== undefined && (HAN.test(c) || HAN.test(next))) out.add(c + next);
      });
      // Latin runs inside a mixed word (ITA产品 -> ita) are words too.
      for (const latin of word.split(/\p{Script=Han}+/u)) if (latin) out.add(latin);
    }
  }
  return [...out].join(' ');
}

/** How a list (aliases, HS keywords) is stored in one column. */
export const SEP = '\n';

/**
 * What the trigram table (its columns) and the short-token table (its tokens) hold for one row.
 * The loader writes it, and the in-memory copy (text-index.ts) indexes it: one definition, so
 * the two cannot drift apart.
 */
export interface IndexedText {
  columns: readonly (string | null)[];
  tokens: string;
}

/**
 * tariff_fts (code, name_zh, name_en) and tariff_grams for one tariff line. The tokens hold the
 * English name's words too, so an English word is looked up as a word (and as the start of one:
 * machin -> machines) like the HS entries' are (migration 12 re-indexes older profiles).
 */
export function tariffLineText(code: string, nameZh: string, nameEn: string | null): IndexedText {
  return { columns: [code, nameZh, nameEn], tokens: gramsOf([nameZh, nameEn]) };
}

/** hs_fts (code, description_en, keywords_zh) and hs_grams for one HS entry. */
export function hsText(code: string, descriptionEn: string, keywordsZh: readonly string[] | null): IndexedText {
  return { columns: [code, descriptionEn, keywordsZh?.join(SEP) ?? null], tokens: gramsOf([descriptionEn, ...(keywordsZh ?? [])]) };
}

/** Rows fetched from an index before ranking: code tables are small; the tariff and HS are not. */
export const CANDIDATES = 400;
export const TARIFF_CANDIDATES = 150;
export const DEFAULT_LIMIT = 20;

/** An FTS5 phrase with the user's text taken literally. */
export function phrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Upper bound of a digit-prefix range: every code starting with 8471 sorts below 8471: (':' follows '9'). */
export const digitRangeEnd = (prefix: string) => `${prefix}:`;

/** One term of a short-token query: a token, matched whole or (Latin words) as a prefix. */
export interface GramPart {
  token: string;
  prefix: boolean;
}

/** The terms of a short-token query (all must match); null when the query has no word characters. */
export function gramParts(q: string): GramPart[] | null {
  const words = q.normalize('NFKC').toLowerCase().match(WORD);
  if (!words) return null;
  // Han words of one or two characters are tokens of their own; longer Han runs cannot be (only
  // bigrams are indexed), so they are matched as their bigrams. Latin words match as prefixes.
  const parts: GramPart[] = [];
  for (const w of words) {
    const chars = [...w];
    if (!hasHan(w)) parts.push({ token: w, prefix: true });
    else if (chars.length <= 2) parts.push({ token: w, prefix: false });
    else for (let i = 0; i + 1 < chars.length; i++) parts.push({ token: chars.slice(i, i + 2).join(''), prefix: false });
  }
  return parts;
}

/** MATCH text for the short-token (unicode61) index; null when the query has no word characters. */
export function gramsMatch(q: string): string | null {
  return gramParts(q)?.map((p) => (p.prefix ? `${phrase(p.token)}*` : phrase(p.token))).join(' ') ?? null;
}

/**
 * A query for one of the two indexes, as the MATCH text FTS5 takes and as its terms (for the
 * in-memory index that answers the same, see text-index.ts).
 */
export type TextMatch = { index: 'fts'; phrases: string[]; match: string } | { index: 'grams'; parts: GramPart[]; match: string };

export function gramsText(q: string): TextMatch | null {
  const parts = gramParts(q);
  return parts ? { index: 'grams', parts, match: gramsMatch(q) ?? '' } : null;
}

/**
 * How to find text candidates: one phrase for the trigram index when the query is one word of
 * three characters or more; each long word ANDed when there are several (short words are
 * checked by the ranking); the short-token index otherwise.
 */
export function textMatch(q: string): TextMatch | null {
  const words = q.split(' ').filter(Boolean);
  const phrases = words.length === 1 && queryLength(q) >= TRIGRAM_MIN ? [q] : words.filter((w) => queryLength(w) >= TRIGRAM_MIN);
  if (phrases.length) return { index: 'fts', phrases, match: phrases.map(phrase).join(' AND ') };
  return gramsText(q);
}
