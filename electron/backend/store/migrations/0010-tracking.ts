import type { Migration } from './index';

/**
 * Clearance-time tracking (issue 7).
 * tracking_events: the event log, appended; (source, source_ref) makes every source idempotent:
 *   a receipt's id, the gateway feed cursor, `<file sha256>:<row>` for an import (re-importing the
 *   same file adds nothing), a fresh id for a manual entry. `document_id` is null only for a feed
 *   event whose declaration this desktop does not know. Manual and imported events are deleted
 *   softly (`deleted_at`); receipt and feed events never are.
 * tracking_chains: one row per declaration with its step times (epoch ms) and the dimensions the
 *   dashboard breaks down by, rewritten from the events whenever they change, so a year's
 *   statistics read one narrow row per declaration instead of a million events.
 */
export const m0010Tracking: Migration = {
  id: 10,
  name: 'tracking',
  sql: `
CREATE TABLE tracking_events (
  id            TEXT PRIMARY KEY,
  document_id   TEXT REFERENCES documents (id),
  client_seq_no TEXT,
  bill_no       TEXT,
  container_no  TEXT,
  kind          TEXT NOT NULL,
  at            TEXT NOT NULL,
  at_ms         INTEGER NOT NULL,
  source        TEXT NOT NULL CHECK (source IN ('receipt', 'gateway', 'import', 'manual')),
  source_ref    TEXT NOT NULL,
  recorded_at   TEXT NOT NULL,
  note          TEXT,
  deleted_at    TEXT
);
CREATE UNIQUE INDEX tracking_events_once ON tracking_events (source, source_ref);
CREATE INDEX tracking_events_by_document ON tracking_events (document_id, at_ms);
CREATE INDEX tracking_events_unmatched ON tracking_events (client_seq_no) WHERE document_id IS NULL;

CREATE TABLE tracking_chains (
  document_id      TEXT PRIMARY KEY REFERENCES documents (id),
  direction        TEXT NOT NULL CHECK (direction IN ('I', 'E')),
  customs_district TEXT,
  port             TEXT,
  trade_mode       TEXT,
  transport_mode   TEXT,
  consignee_code   TEXT,
  consignee_tier   TEXT,
  inspected        INTEGER NOT NULL DEFAULT 0,
  anchor_ms        INTEGER,
  arrival_ms       INTEGER,
  declared_ms      INTEGER,
  accepted_ms      INTEGER,
  released_ms      INTEGER,
  gate_out_ms      INTEGER,
  last_kind        TEXT,
  last_at_ms       INTEGER,
  updated_at       TEXT NOT NULL
);
CREATE INDEX tracking_chains_by_anchor ON tracking_chains (anchor_ms);
`,
};
