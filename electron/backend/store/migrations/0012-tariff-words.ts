import type { Migration } from './index';

/**
 * The tariff's short-token index (tariff_grams) now also holds the English name's words, so an
 * English word finds tariff lines through the word index, as it finds HS entries (fts-match.ts:
 * tariffLineText). The tokens are written by the seed loader, in JavaScript, so this migration
 * only makes the loader read every tariff file again at the next start: their recorded hash no
 * longer matches, and a reload replaces a file's lines, trigram rows and tokens in one
 * transaction. Only reference data is touched; no user data is rewritten.
 */
export const m0012TariffWords: Migration = {
  id: 12,
  name: 'tariff-words',
  sql: `
UPDATE seed_versions SET hash = 'reindex: tariff words (migration 12)', size = -1 WHERE kind = 'tariff';
`,
};
