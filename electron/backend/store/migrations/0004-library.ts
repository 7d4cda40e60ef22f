import type { Migration } from './index';

/**
 * The party library (企业库) and the product library (商品库). One table for both: the record is
 * a JSON body validated by its kind's schema, with the columns that lists and lookups need.
 */
export const m0004Library: Migration = {
  id: 4,
  name: 'library',
  sql: `
CREATE TABLE library_records (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('party', 'product')),
  label       TEXT NOT NULL DEFAULT '',
  code        TEXT NOT NULL DEFAULT '',
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE INDEX library_by_kind ON library_records (kind, deleted_at, label);
CREATE INDEX library_by_code ON library_records (kind, code);
`,
};
