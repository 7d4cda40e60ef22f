import type { Migration } from './index';

export const m0001Documents: Migration = {
  id: 1,
  name: 'documents',
  sql: `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('declaration', 'packing-list', 'invoice')),
  status        TEXT NOT NULL DEFAULT 'draft',
  title         TEXT NOT NULL DEFAULT '',
  client_seq_no TEXT NOT NULL UNIQUE,
  direction     TEXT CHECK (direction IN ('I', 'E')),
  -- The body lives once, in revisions: the current body is the row at (id, revision).
  revision      INTEGER NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
);
CREATE INDEX documents_by_updated ON documents (deleted_at, kind, updated_at DESC);

-- A rowid table: bodies are tens of kilobytes, too large for a WITHOUT ROWID b-tree.
CREATE TABLE revisions (
  document_id TEXT NOT NULL REFERENCES documents (id),
  revision    INTEGER NOT NULL,
  body        TEXT NOT NULL,
  saved_at    TEXT NOT NULL,
  pinned      INTEGER NOT NULL DEFAULT 0,
  UNIQUE (document_id, revision)
);

CREATE TABLE client_seq (
  day  TEXT PRIMARY KEY,
  next INTEGER NOT NULL
) WITHOUT ROWID;
`,
};
