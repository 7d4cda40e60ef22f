import { normalizeFeeName } from '../../../shared/fees/match';
import type { FeeItemName } from '../../../shared/model/fees';

/**
 * Item codes for fee rows written without one: the shared catalogue's code when the name (or a
 * common synonym) is one it knows, else a code made from the name itself, the same every time,
 * so rows of one item that differ by box size share it and a re-import keeps it.
 */
export interface FeeCodeIndex {
  /** A code as written, upper-cased, when the catalogue or this sheet has it. */
  code(text: string): string | null;
  /** The code of a name: this sheet's own names first (a party may reuse a common word), then the catalogue. */
  name(text: string): string | null;
  /** The catalogue's English name of a code. */
  nameEn(code: string): string | null;
  /** Remembers a row of this sheet. */
  add(code: string, nameZh: string, nameEn?: string): void;
}

export function feeCodeIndex(catalogue: readonly FeeItemName[]): FeeCodeIndex {
  const codes = new Map<string, string>();
  const names = new Map<string, string>();
  const sheetCodes = new Map<string, string>();
  const sheetNames = new Map<string, string>();
  const english = new Map<string, string>();
  const first = (map: Map<string, string>, key: string, code: string) => {
    if (key && !map.has(key)) map.set(key, code);
  };
  for (const c of catalogue) {
    first(codes, c.code.toUpperCase(), c.code);
    english.set(c.code, c.nameEn);
    for (const n of [c.nameZh, c.nameEn, ...c.synonyms]) first(names, normalizeFeeName(n), c.code);
  }
  return {
    code: (text) => {
      const key = text.trim().toUpperCase();
      return sheetCodes.get(key) ?? codes.get(key) ?? null;
    },
    name: (text) => {
      const key = normalizeFeeName(text);
      return sheetNames.get(key) ?? names.get(key) ?? null;
    },
    nameEn: (code) => english.get(code) ?? null,
    add: (code, nameZh, nameEn) => {
      first(sheetCodes, code.toUpperCase(), code);
      first(sheetNames, normalizeFeeName(nameZh), code);
      if (nameEn) first(sheetNames, normalizeFeeName(nameEn), code);
    },
  };
}

const MAX_CODE = 40;

/** "码头操作费（THC）" -> "码头操作费THC"; a long name keeps its start and a hash of the whole. */
export function stableCode(name: string): string {
  const base = normalizeFeeName(name).toUpperCase();
  if (base.length <= MAX_CODE) return base;
  let hash = 0x811c9dc5;
  for (const ch of base) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${base.slice(0, MAX_CODE - 9)}-${hash.toString(16).padStart(8, '0')}`;
}
