// Helpers shared by the seed generators. Generators run at development time only
// (`node scripts/seeds/generate-codes.mjs`); the app reads the JSON they write and never
// needs pinyin-pro or the other generation-time packages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/**
 * Pinyin initials of a name, lower-case: 一般贸易 -> ybmy, 保税电商A -> bsdsa, C&F(CFR) -> cfcfr.
 * Han characters give the first letter of their reading (pinyin-pro picks the reading in
 * context, so 重庆 -> cq, 长吨 -> cd); Latin letters and digits are kept; the rest is dropped.
 */
export function initialsOf(name) {
  const letters = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' });
  const chars = [...name];
  // pinyin-pro returns one item per character for Han text; fall back per character otherwise.
  const perChar = letters.length === chars.length ? letters : chars.map((c) => (HAN.test(c) ? pinyin(c, { pattern: 'first', toneType: 'none' }) : c));
  return perChar
    .map((l, i) => (HAN.test(chars[i]) ? l.slice(0, 1) : chars[i]))
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Adds initials (when the name has Han characters), drops empty fields, keeps key order stable. */
export function finishEntry(entry) {
  const out = { code: entry.code, nameZh: entry.nameZh };
  if (entry.nameEn) out.nameEn = entry.nameEn;
  if (HAN.test(entry.nameZh)) out.initials = initialsOf(entry.nameZh);
  const aliases = [...new Set((entry.aliases ?? []).filter((a) => a && a !== entry.nameZh))];
  if (aliases.length) out.aliases = aliases;
  if (entry.confidence) out.confidence = entry.confidence;
  if (entry.validFrom) out.validFrom = entry.validFrom;
  if (entry.validTo) out.validTo = entry.validTo;
  if (entry.note) out.note = entry.note;
  if (entry.extra && Object.keys(entry.extra).length) out.extra = entry.extra;
  return out;
}

const rank = { C: 0, I: 1, M: 2 };

/**
 * Builds a CodeTableFile. Every entry carries its own confidence; the file's confidence is the
 * weakest of its entries, so a reader of the header is never told more than the data holds.
 */
export function codeTable({ table, version, titleZh, titleEn, sources, notes, entries }) {
  const finished = entries.map(finishEntry);
  const seen = new Set();
  for (const e of finished) {
    if (!e.confidence) throw new Error(`${table}: ${e.code} has no confidence`);
    if (seen.has(e.code)) throw new Error(`${table}: duplicate code ${e.code}`);
    seen.add(e.code);
  }
  const confidence = finished.reduce((worst, e) => (rank[e.confidence] > rank[worst] ? e.confidence : worst), 'C');
  return { table, version, titleZh, titleEn, confidence, sources, ...(notes ? { notes } : {}), entries: finished };
}

export function writeJson(path, value) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`);
}

/** Rows written as [code, nameZh, nameEn?, confidence, extras?] in the data modules. */
export function rows(list, defaults = {}) {
  return list.map(([code, nameZh, nameEn, confidence, more]) => ({
    code,
    nameZh,
    nameEn: nameEn || undefined,
    confidence: confidence ?? defaults.confidence,
    ...defaults.fields,
    ...more,
  }));
}
