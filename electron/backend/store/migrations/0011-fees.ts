import type { Migration } from './index';

/**
 * Port-fee audit (issue 8).
 * fee_lists: the published lists of each charging party (the shipped examples, imported or
 *   entered by hand); the list itself is JSON (FeeListSchema), with the columns the screens sort
 *   and filter by beside it. Deleted softly, so a shipped example a broker removed stays removed.
 * fee_invoices: the fee invoices, one row per invoice (party + number unique among live ones: a
 *   second import of the same invoice replaces it instead of doubling every charge).
 * tracking_events.outcome: what an inspection found (inspection-done events), which decides
 *   whether inspection handling may be charged at all.
 * import_mappings: rebuilt with the two new import targets in its CHECK (as in migration 7).
 */
export const m0011Fees: Migration = {
  id: 11,
  name: 'fees',
  sql: `
CREATE TABLE fee_lists (
  id          TEXT PRIMARY KEY,
  party_key   TEXT NOT NULL,
  party_name  TEXT NOT NULL,
  party_kind  TEXT NOT NULL,
  valid_from  TEXT NOT NULL,
  valid_to    TEXT,
  example     INTEGER NOT NULL DEFAULT 0,
  origin      TEXT NOT NULL CHECK (origin IN ('seed', 'import', 'user')),
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE INDEX fee_lists_by_party ON fee_lists (party_key, valid_from);

CREATE TABLE fee_invoices (
  id           TEXT PRIMARY KEY,
  party_key    TEXT NOT NULL,
  party_name   TEXT NOT NULL,
  invoice_no   TEXT NOT NULL,
  invoice_date TEXT NOT NULL,
  currency     TEXT NOT NULL,
  amount       TEXT NOT NULL,
  line_count   INTEGER NOT NULL,
  body         TEXT NOT NULL,
  source_file  TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
);
CREATE UNIQUE INDEX fee_invoices_once ON fee_invoices (party_key, invoice_no) WHERE deleted_at IS NULL;
CREATE INDEX fee_invoices_by_date ON fee_invoices (invoice_date);

ALTER TABLE tracking_events ADD COLUMN outcome TEXT CHECK (outcome IN ('no-problem', 'problem-found'));

CREATE TABLE import_mappings_v11 (
  name        TEXT PRIMARY KEY,
  target      TEXT NOT NULL CHECK (target IN ('packing-list', 'invoice', 'items', 'parties', 'products', 'fee-list', 'fee-invoice')),
  fingerprint TEXT NOT NULL,
  columns     TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO import_mappings_v11 (name, target, fingerprint, columns, updated_at)
  SELECT name, target, fingerprint, columns, updated_at FROM import_mappings;
DROP TABLE import_mappings;
ALTER TABLE import_mappings_v11 RENAME TO import_mappings;
CREATE INDEX import_mappings_by_layout ON import_mappings (target, fingerprint, updated_at DESC);
`,
};
