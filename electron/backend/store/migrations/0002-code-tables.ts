import type { Migration } from './index';

/**
 * Reference data loaded from seeds/ (code tables, the Chinese tariff, the HS nomenclature) and
 * its search indexes. The rows are replaced whenever a seed file changes (see codes.node.ts);
 * nothing here is user data.
 *
 * Each searchable table has two FTS5 indexes, both keyed by the base row's id:
 * - *_fts, tokenize='trigram': substring search for queries of three or more characters;
 * - *_grams, tokenize='unicode61' over generated tokens (Han unigrams and bigrams, words,
 *   pinyin initials): the one- and two-character queries trigram cannot answer (一般, 笔, yb).
 */
export const m0002CodeTables: Migration = {
  id: 2,
  name: 'code-tables',
  sql: `
CREATE TABLE seed_versions (
  file       TEXT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('code-table', 'tariff', 'hs')),
  table_id   TEXT,
  version    TEXT NOT NULL,
  hash       TEXT NOT NULL,
  size       INTEGER NOT NULL,
  mtime_ms   REAL NOT NULL,
  rows       INTEGER NOT NULL,
  confidence TEXT,
  loaded_at  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE code_entries (
  id          INTEGER PRIMARY KEY,
  table_id    TEXT NOT NULL,
  code        TEXT NOT NULL,
  name_zh     TEXT NOT NULL,
  name_en     TEXT,
  initials    TEXT,
  aliases     TEXT,
  confidence  TEXT,
  valid_from  TEXT,
  valid_to    TEXT,
  note        TEXT,
  extra       TEXT,
  ord         INTEGER NOT NULL,
  UNIQUE (table_id, code)
);
CREATE VIRTUAL TABLE code_fts USING fts5(code, name_zh, name_en, initials, aliases, table_id UNINDEXED, tokenize = 'trigram');
CREATE VIRTUAL TABLE code_grams USING fts5(grams, table_id UNINDEXED, tokenize = 'unicode61');

CREATE TABLE tariff_lines (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  name_zh      TEXT NOT NULL,
  name_en      TEXT,
  first_unit   TEXT NOT NULL,
  second_unit  TEXT,
  ciq_codes    TEXT NOT NULL,
  elements     TEXT NOT NULL,
  confidence   TEXT,
  note         TEXT,
  source_file  TEXT NOT NULL
);
CREATE INDEX tariff_lines_by_file ON tariff_lines (source_file);
CREATE VIRTUAL TABLE tariff_fts USING fts5(code, name_zh, name_en, tokenize = 'trigram');
CREATE VIRTUAL TABLE tariff_grams USING fts5(grams, tokenize = 'unicode61');

CREATE TABLE hs_entries (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  level           INTEGER NOT NULL,
  description_en  TEXT NOT NULL,
  parent          TEXT,
  section         TEXT,
  keywords_zh     TEXT
);
CREATE VIRTUAL TABLE hs_fts USING fts5(code, description_en, keywords_zh, tokenize = 'trigram');
CREATE VIRTUAL TABLE hs_grams USING fts5(grams, tokenize = 'unicode61');
`,
};
