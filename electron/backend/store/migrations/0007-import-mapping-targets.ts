import type { Migration } from './index';

/**
 * Saved column mappings for the party and product libraries too. SQLite cannot change a CHECK
 * constraint in place, so the table is rebuilt with the wider one and every saved mapping is
 * copied across in the same transaction (nothing is lost; the index is rebuilt as it was).
 * Numbered 7: 6 is taken by a parallel branch.
 */
export const m0007ImportMappingTargets: Migration = {
  id: 7,
  name: 'import-mapping-targets',
  sql: `
CREATE TABLE import_mappings_v7 (
  name        TEXT PRIMARY KEY,
  target      TEXT NOT NULL CHECK (target IN ('packing-list', 'invoice', 'items', 'parties', 'products')),
  fingerprint TEXT NOT NULL,
  columns     TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO import_mappings_v7 (name, target, fingerprint, columns, updated_at)
  SELECT name, target, fingerprint, columns, updated_at FROM import_mappings;
DROP TABLE import_mappings;
ALTER TABLE import_mappings_v7 RENAME TO import_mappings;
CREATE INDEX import_mappings_by_layout ON import_mappings (target, fingerprint, updated_at DESC);
`,
};
