import type { ImportField, ImportTarget } from './fields';
import { concepts, unitWords, type ConceptFields, type UnitClass } from './synonyms';

/**
 * Matching a spreadsheet's header cells to import fields. Pure, so the import dialog can show
 * the same guesses the backend makes. Confidence: 1 for a header word we know exactly, less for
 * a word found inside a longer header or a header that does not say per carton or total.
 */
export interface HeaderMatch {
  field: ImportField;
  confidence: number;
  /** A currency named in the header ("UNIT PRICE (USD)"): the lines' currency when no column gives one. */
  currency?: string;
}

type Qualifier = 'per' | 'total' | null;

interface HeaderUnit {
  unitClass: UnitClass;
  currency?: string;
}

const PER = /每箱|单箱|每件|per\s*(?:ctn|ctns|carton|cartons|box|case|pkg)\b|\/\s*(?:ctns?|cartons?|箱)|@\s*ctns?/gu;
const TOTAL = /^总|合计|总计|\btotal\b|\bttl\b/gu;
const PAREN = /[([]([^)\]]*)[)\]]/gu;
const SQUASH = /[\s\p{P}\p{S}]/gu;
const HAN = /\p{Script=Han}/gu;
const NOT_HAN = /[^\p{Script=Han}]/gu;

export function squash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SQUASH, '');
}

/** Per target: normalized word -> the concept's fields. Built once. */
const lexicon = new Map<ImportTarget, Map<string, ConceptFields>>();
function wordsFor(target: ImportTarget): Map<string, ConceptFields> {
  let words = lexicon.get(target);
  if (!words) {
    words = new Map();
    for (const concept of concepts) {
      const fields = concept.fields[target];
      if (!fields) continue;
      for (const word of concept.words) if (!words.has(squash(word))) words.set(squash(word), fields);
    }
    lexicon.set(target, words);
  }
  return words;
}

function unitOf(word: string): HeaderUnit | null {
  const u = unitWords[word.replace(/[\s.]/g, '')];
  return u ? (u.currency ? { unitClass: u.unitClass, currency: u.currency } : { unitClass: u.unitClass }) : null;
}

interface Analysed {
  full: string;
  stripped: string;
  qualifier: Qualifier;
  unit: HeaderUnit | null;
}

/** Splits a header into its words, its unit ("(KGS)") and whether it says per carton or total. */
function analyse(raw: string): Analysed {
  const text = raw.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const qualifier: Qualifier = new RegExp(PER.source, 'u').test(text) ? 'per' : new RegExp(TOTAL.source, 'u').test(text) ? 'total' : null;
  let unit: HeaderUnit | null = null;
  const noParen = text
    .replace(PAREN, (_m, inner: string) => {
      unit ??= unitOf(inner.replace(PER, '').split('/')[0] ?? '');
      return ' ';
    })
    .trim();
  const tokens = noParen.split(' ').filter(Boolean);
  while (tokens.length > 1) {
    const last = unitOf(tokens[tokens.length - 1] ?? '');
    if (!last) break;
    unit ??= last;
    tokens.pop();
  }
  const core = tokens.join(' ');
  return { full: squash(core), stripped: squash(core.replace(PER, ' ').replace(TOTAL, ' ')), qualifier, unit };
}

function parts(word: string): string[] {
  const han = word.replace(NOT_HAN, '');
  const latin = word.replace(HAN, '');
  return [han, latin].filter((p) => p && p !== word);
}

function pick(fields: ConceptFields, qualifier: Qualifier, unit: HeaderUnit | null): { field: ImportField; bare: boolean } | null {
  const byUnit = unit ? fields.byUnit?.[unit.unitClass] : undefined;
  if (byUnit) return { field: byUnit, bare: false };
  if (qualifier === 'per') return fields.per ? { field: fields.per, bare: false } : null;
  if (qualifier === 'total' && fields.total) return { field: fields.total, bare: false };
  return fields.bare ? { field: fields.bare, bare: true } : null;
}

function longestInside(words: Map<string, ConceptFields>, text: string): ConceptFields | null {
  let best: { length: number; fields: ConceptFields } | null = null;
  for (const [word, fields] of words) {
    const han = /^\p{Script=Han}+$/u.test(word);
    if (word.length < (han ? 2 : 4) || !text.includes(word)) continue;
    if (!best || word.length > best.length) best = { length: word.length, fields };
  }
  return best?.fields ?? null;
}

/**
 * The field one header cell names, or null. `inherited` carries what an upper header row says
 * over this cell ("每箱 PER CTN" over "N.W.", "WEIGHT (KGS)" over "G.W.").
 */
export function matchHeader(raw: string, target: ImportTarget, inherited?: { qualifier: Qualifier; unit: HeaderUnit | null }): HeaderMatch | null {
  if (!raw.trim()) return null;
  const words = wordsFor(target);
  const a = analyse(raw);
  const qualifier = a.qualifier ?? inherited?.qualifier ?? null;
  const unit = a.unit ?? inherited?.unit ?? null;
  // An exact word carries its own meaning ("总箱数", "PCS/CTN"); only an upper row qualifies it.
  const exact: [string, number][] = [[a.full, 1], ...parts(a.full).map((p): [string, number] => [p, 0.95])];
  for (const [word, score] of exact) {
    const fields = word ? words.get(word) : undefined;
    const chosen = fields ? pick(fields, inherited?.qualifier ?? null, unit) : null;
    if (fields && chosen) return finish(chosen, score, fields, unit);
  }
  // Then the header without "per carton" / "total", read with that qualifier ("N.W./CTN").
  for (const word of [a.stripped, ...parts(a.stripped)]) {
    const fields = word ? words.get(word) : undefined;
    const chosen = fields ? pick(fields, qualifier, unit) : null;
    if (fields && chosen) return finish(chosen, 0.9, fields, unit);
  }
  for (const text of [a.stripped, ...parts(a.stripped)]) {
    const fields = longestInside(words, text);
    const chosen = fields ? pick(fields, qualifier, unit) : null;
    if (fields && chosen) return finish(chosen, 0.6, fields, unit);
  }
  return null;
}

function finish(chosen: { field: ImportField; bare: boolean }, score: number, fields: ConceptFields, unit: HeaderUnit | null): HeaderMatch {
  const confidence = Math.round(score * (chosen.bare ? (fields.bareConfidence ?? 1) : 1) * 100) / 100;
  const match: HeaderMatch = { field: chosen.field, confidence };
  if (unit?.currency) match.currency = unit.currency;
  return match;
}

/** What an upper header row says to the cells below it. */
export function headerContext(raw: string): { qualifier: Qualifier; unit: HeaderUnit | null } {
  const a = analyse(raw);
  return { qualifier: a.qualifier, unit: a.unit };
}

/** A stable id of a header layout, to re-apply a saved mapping when the same layout comes back. */
export function headerFingerprint(headers: readonly string[]): string {
  const cells = headers.map(squash);
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  // FNV-1a over the UTF-16 code units: small, pure, and enough to tell layouts apart.
  let hash = 0x811c9dc5;
  for (const ch of cells.join('|')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h${cells.length}-${hash.toString(16).padStart(8, '0')}`;
}
