import type { Migration } from './index';

/**
 * The transfer-client folder channel's own memory (electron/backend/sync/transfer-folder):
 * - transfer_folder_inbox: every InBox file read, once per content (SHA-256), kept verbatim.
 *   `seq` is the channel's receipt cursor: the sync engine commits the highest seq it applied,
 *   so a crash before that commit re-delivers from here, and nothing after it is delivered twice.
 *   `receipt_key` (SeqNo|CHANNEL|NOTICE_DATE of a DEC_RESULT) catches the same receipt re-sent
 *   with different bytes.
 * - transfer_folder_retries: zips moved back from FailBox to OutBox (at most 3, like S3), and the
 *   last seq before the retry, so an older Failed_ response no longer answers for the new try.
 */
export const m0009TransferFolder: Migration = {
  id: 9,
  name: 'transfer-folder',
  sql: `
CREATE TABLE transfer_folder_inbox (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256        TEXT NOT NULL UNIQUE,
  receipt_key   TEXT UNIQUE,
  file_name     TEXT NOT NULL,
  kind          TEXT NOT NULL,
  zip_stem      TEXT,
  client_seq_no TEXT,
  seq_no        TEXT,
  response_code TEXT,
  xml           TEXT NOT NULL,
  read_at       TEXT NOT NULL
);
CREATE INDEX transfer_folder_inbox_by_stem ON transfer_folder_inbox (zip_stem, seq);
CREATE INDEX transfer_folder_inbox_by_client_seq ON transfer_folder_inbox (client_seq_no, seq);
CREATE TABLE transfer_folder_retries (
  zip_stem   TEXT PRIMARY KEY,
  attempts   INTEGER NOT NULL,
  after_seq  INTEGER NOT NULL,
  retried_at TEXT NOT NULL
) WITHOUT ROWID;
`,
};
