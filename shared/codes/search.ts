/**
 * Query normalising and code formatting for code-table and tariff lookups, shared by the backend
 * and the renderer. The ranking is in rank.ts.
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

/** A tariff code formatted the way brokers read it: 8471300000 -> 8471.3000.00, 847130 -> 8471.30. */
export function formatHsCode(code: string): string {
  const d = code.replace(/\D/g, '');
  if (d.length <= 4) return d;
  if (d.length <= 6) return `${d.slice(0, 4)}.${d.slice(4)}`;
  if (d.length <= 8) return `${d.slice(0, 4)}.${d.slice(4)}`;
  return `${d.slice(0, 4)}.${d.slice(4, 8)}.${d.slice(8)}`;
}
