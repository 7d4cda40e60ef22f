/**
 * Numbered migrations, one list per dialect, same tables. Each is applied in a transaction and
 * recorded with its hash, so a migration edited after it ran fails loudly. They only add.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'tenants, submissions, schedule, feeds, audit',
    sql: `
CREATE TABLE enterprises (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, uscc TEXT NOT NULL UNIQUE, customs_code TEXT NOT NULL,
  tier TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE certificates (
  id INTEGER PRIMARY KEY, enterprise_id INTEGER NOT NULL REFERENCES enterprises(id), fingerprint TEXT NOT NULL,
  subject TEXT NOT NULL, der BLOB NOT NULL, created_at TEXT NOT NULL, UNIQUE (enterprise_id, fingerprint));
CREATE TABLE devices (
  id INTEGER PRIMARY KEY, enterprise_id INTEGER NOT NULL REFERENCES enterprises(id), name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE submissions (
  id INTEGER PRIMARY KEY, enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
  device_id INTEGER NOT NULL REFERENCES devices(id), idempotency_key TEXT NOT NULL, client_seq_no TEXT NOT NULL,
  revision INTEGER NOT NULL, payload_hash TEXT NOT NULL, status TEXT NOT NULL, response_code TEXT NOT NULL,
  seq_no TEXT UNIQUE, error_message TEXT, import_response_xml TEXT NOT NULL, received_at TEXT NOT NULL,
  bill_no TEXT, rule_ids TEXT, UNIQUE (enterprise_id, idempotency_key));
CREATE TABLE receipts (
  id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES submissions(id),
  enterprise_id INTEGER NOT NULL, channel TEXT NOT NULL, xml TEXT NOT NULL, due_at INTEGER NOT NULL,
  cursor INTEGER UNIQUE, delivered_at TEXT);
CREATE INDEX receipts_due ON receipts (due_at, id) WHERE cursor IS NULL;
CREATE INDEX receipts_feed ON receipts (enterprise_id, cursor);
CREATE TABLE milestones (
  id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES submissions(id),
  enterprise_id INTEGER NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, due_at INTEGER NOT NULL,
  cursor INTEGER UNIQUE, delivered_at TEXT);
CREATE INDEX milestones_due ON milestones (due_at, id) WHERE cursor IS NULL;
CREATE INDEX milestones_feed ON milestones (enterprise_id, cursor);
CREATE TABLE sim_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1), anchor_real_ms INTEGER NOT NULL, anchor_sim_ms INTEGER NOT NULL,
  speed REAL NOT NULL);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL,
  enterprise_id INTEGER, device_id INTEGER, target TEXT, detail TEXT);
`,
  },
];

export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'tenants, submissions, schedule, feeds, audit',
    sql: `
CREATE TABLE enterprises (
  id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, uscc TEXT NOT NULL UNIQUE, customs_code TEXT NOT NULL,
  tier TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE certificates (
  id BIGSERIAL PRIMARY KEY, enterprise_id BIGINT NOT NULL REFERENCES enterprises(id), fingerprint TEXT NOT NULL,
  subject TEXT NOT NULL, der BYTEA NOT NULL, created_at TEXT NOT NULL, UNIQUE (enterprise_id, fingerprint));
CREATE TABLE devices (
  id BIGSERIAL PRIMARY KEY, enterprise_id BIGINT NOT NULL REFERENCES enterprises(id), name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE SEQUENCE serials;
CREATE TABLE submissions (
  id BIGSERIAL PRIMARY KEY, enterprise_id BIGINT NOT NULL REFERENCES enterprises(id),
  device_id BIGINT NOT NULL REFERENCES devices(id), idempotency_key TEXT NOT NULL, client_seq_no TEXT NOT NULL,
  revision INTEGER NOT NULL, payload_hash TEXT NOT NULL, status TEXT NOT NULL, response_code TEXT NOT NULL,
  seq_no TEXT UNIQUE, error_message TEXT, import_response_xml TEXT NOT NULL, received_at TEXT NOT NULL,
  bill_no TEXT, rule_ids TEXT, UNIQUE (enterprise_id, idempotency_key));
CREATE TABLE receipts (
  id BIGSERIAL PRIMARY KEY, submission_id BIGINT NOT NULL REFERENCES submissions(id),
  enterprise_id BIGINT NOT NULL, channel TEXT NOT NULL, xml TEXT NOT NULL, due_at BIGINT NOT NULL,
  cursor BIGINT UNIQUE, delivered_at TEXT);
CREATE INDEX receipts_due ON receipts (due_at, id) WHERE cursor IS NULL;
CREATE INDEX receipts_feed ON receipts (enterprise_id, cursor);
CREATE TABLE milestones (
  id BIGSERIAL PRIMARY KEY, submission_id BIGINT NOT NULL REFERENCES submissions(id),
  enterprise_id BIGINT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, due_at BIGINT NOT NULL,
  cursor BIGINT UNIQUE, delivered_at TEXT);
CREATE INDEX milestones_due ON milestones (due_at, id) WHERE cursor IS NULL;
CREATE INDEX milestones_feed ON milestones (enterprise_id, cursor);
CREATE TABLE sim_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1), anchor_real_ms BIGINT NOT NULL, anchor_sim_ms BIGINT NOT NULL,
  speed DOUBLE PRECISION NOT NULL);
CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT NOT NULL,
  enterprise_id BIGINT, device_id BIGINT, target TEXT, detail TEXT);
`,
  },
];

/** FNV-1a over the SQL: enough to notice an edited migration, and pure (no Node crypto here). */
export function migrationHash(migration: Migration): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < migration.sql.length; i++) {
    hash ^= migration.sql.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
