import type { Migration } from './index';

/**
 * Column mappings the broker saved for an exporter's spreadsheet layout. `fingerprint` identifies
 * the layout (its header texts), so the mapping is applied again when the same layout comes back.
 */
export const m0003ImportMappings: Migration = {
  id: 3,
  name: 'import-mappings',
  sql: `
CREATE TABLE import_mappings (
  name        TEXT PRIMARY KEY,
  target      TEXT NOT NULL CHECK (target IN ('packing-list', 'invoice', 'items')),
  fingerprint TEXT NOT NULL,
  columns     TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX import_mappings_by_layout ON import_mappings (target, fingerprint, updated_at DESC);
`,
};
