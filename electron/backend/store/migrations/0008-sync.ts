import type { Migration } from './index';

/**
 * Submissions and receipts (issue 6).
 * outbox: one row per frozen declaration revision on its way out. The payload (the DecMessage XML
 *   exactly as sent, and each signed attachment in outbox_attachments) is frozen at enqueue, so a
 *   retry resends the same bytes under the same idempotency key.
 * outbox_attempts: the history of every try (and status query), for the Outbox screen.
 * receipts: appended, never updated; a receipt is stored once (SHA-256 of its raw XML, and for
 *   business receipts the customs triple SeqNo + CHANNEL + NOTICE_DATE).
 * sync_state: the receipts cursor per channel and the sync settings (key/value JSON).
 */
export const m0008Sync: Migration = {
  id: 8,
  name: 'sync',
  sql: `
CREATE TABLE outbox (
  id                 TEXT PRIMARY KEY,
  document_id        TEXT NOT NULL REFERENCES documents (id),
  revision           INTEGER NOT NULL,
  client_seq_no      TEXT NOT NULL,
  idempotency_key    TEXT NOT NULL UNIQUE,
  title              TEXT NOT NULL,
  channel            TEXT NOT NULL CHECK (channel IN ('gateway', 'transfer-folder')),
  state              TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'failed-retryable', 'awaiting-receipt', 'accepted', 'rejected', 'cancelled')),
  attempts           INTEGER NOT NULL DEFAULT 0,
  next_attempt_at    TEXT,
  needs_status_query INTEGER NOT NULL DEFAULT 0,
  last_error         TEXT,
  seq_no             TEXT,
  receipt_status_zh  TEXT,
  receipt_status_en  TEXT,
  dec_message_xml    TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_document ON outbox (document_id, revision);
CREATE INDEX outbox_by_seq_no ON outbox (seq_no) WHERE seq_no IS NOT NULL;
CREATE INDEX outbox_by_client_seq_no ON outbox (client_seq_no);

CREATE TABLE outbox_attachments (
  outbox_id  TEXT NOT NULL REFERENCES outbox (id),
  position   INTEGER NOT NULL,
  edoc_id    TEXT NOT NULL,
  edoc_code  TEXT NOT NULL,
  pdf        BLOB NOT NULL,
  PRIMARY KEY (outbox_id, position)
);

CREATE TABLE outbox_attempts (
  id          INTEGER PRIMARY KEY,
  outbox_id   TEXT NOT NULL REFERENCES outbox (id),
  at          TEXT NOT NULL,
  outcome     TEXT NOT NULL,
  error       TEXT,
  duration_ms INTEGER
);
CREATE INDEX outbox_attempts_by_item ON outbox_attempts (outbox_id, id);

CREATE TABLE receipts (
  id            TEXT PRIMARY KEY,
  sha256        TEXT NOT NULL UNIQUE,
  outbox_id     TEXT REFERENCES outbox (id),
  kind          TEXT NOT NULL,
  client_seq_no TEXT,
  seq_no        TEXT,
  channel       TEXT,
  entry_id      TEXT,
  notice_date   TEXT,
  note          TEXT,
  field         TEXT,
  received_at   TEXT NOT NULL,
  raw           TEXT NOT NULL
);
CREATE UNIQUE INDEX receipts_business_once ON receipts (seq_no, channel, notice_date)
  WHERE kind <> 'import-response' AND seq_no IS NOT NULL AND channel IS NOT NULL AND notice_date IS NOT NULL;
CREATE INDEX receipts_by_outbox ON receipts (outbox_id);
CREATE INDEX receipts_unmatched ON receipts (seq_no) WHERE outbox_id IS NULL;

CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`,
};
