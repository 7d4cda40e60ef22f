import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrationHash, sqliteMigrations } from './migrations';
import {
  FEED_MILESTONE_SELECT,
  FEED_RECEIPT_SELECT,
  auditOf,
  certificateOf,
  enterpriseOf,
  feedMilestoneOf,
  feedReceiptOf,
  submissionColumns,
  submissionOf,
  submissionValues,
  type Row,
} from './rows';
import type {
  AuditEntry,
  AuditRecord,
  Caller,
  ClockState,
  Device,
  Enterprise,
  GatewayStorage,
  InsertOutcome,
  NewSubmission,
  PublishOutcome,
  RegisteredCertificate,
  ScheduledMilestone,
  ScheduledReceipt,
  StoredSubmission,
} from './storage';
import { MigrationTamperedError } from './migration-error';

/**
 * The embedded storage: one SQLite file in the data folder (WAL, foreign keys, synchronous=FULL).
 * Writes are `BEGIN IMMEDIATE` transactions, so two gateway processes on one file serialise.
 */
export class SqliteStorage implements GatewayStorage {
  readonly kind = 'sqlite' as const;
  private constructor(private readonly db: Database.Database) {}

  static open(dataDir: string): SqliteStorage {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'gateway.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 10000');
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStorage(db);
  }

  async createEnterprise(input: Omit<Enterprise, 'id' | 'createdAt'>, now: string): Promise<Enterprise> {
    const row = this.db
      .prepare('INSERT INTO enterprises (name, uscc, customs_code, tier, created_at) VALUES (?, ?, ?, ?, ?) RETURNING *')
      .get(input.name, input.uscc, input.customsCode, input.tier, now) as Row;
    return enterpriseOf(row);
  }

  async listEnterprises(): Promise<Enterprise[]> {
    return (this.db.prepare('SELECT * FROM enterprises ORDER BY id').all() as Row[]).map(enterpriseOf);
  }

  async findEnterprise(idOrUscc: string): Promise<Enterprise | null> {
    const row = this.db.prepare('SELECT * FROM enterprises WHERE uscc = ? OR CAST(id AS TEXT) = ?').get(idOrUscc, idOrUscc) as Row | undefined;
    return row ? enterpriseOf(row) : null;
  }

  async registerCertificate(input: Omit<RegisteredCertificate, 'id'>, now: string): Promise<RegisteredCertificate> {
    const row = this.db
      .prepare(
        `INSERT INTO certificates (enterprise_id, fingerprint, subject, der, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (enterprise_id, fingerprint) DO UPDATE SET subject = excluded.subject RETURNING *`,
      )
      .get(input.enterpriseId, input.fingerprint, input.subject, Buffer.from(input.der), now) as Row;
    return certificateOf(row);
  }

  async certificatesOf(enterpriseId: number): Promise<RegisteredCertificate[]> {
    return (this.db.prepare('SELECT * FROM certificates WHERE enterprise_id = ? ORDER BY id').all(enterpriseId) as Row[]).map(certificateOf);
  }

  async enrolDevice(enterpriseId: number, name: string, tokenHash: string, now: string): Promise<Device> {
    const row = this.db
      .prepare('INSERT INTO devices (enterprise_id, name, token_hash, created_at) VALUES (?, ?, ?, ?) RETURNING *')
      .get(enterpriseId, name, tokenHash, now) as Row;
    return { id: Number(row.id), enterpriseId, name, createdAt: now };
  }

  async callerByTokenHash(tokenHash: string): Promise<Caller | null> {
    const row = this.db
      .prepare(
        `SELECT d.id AS device_id, d.name AS device_name, e.* FROM devices d JOIN enterprises e ON e.id = d.enterprise_id
         WHERE d.token_hash = ? AND d.revoked_at IS NULL`,
      )
      .get(tokenHash) as Row | undefined;
    return row ? { deviceId: Number(row.device_id), deviceName: String(row.device_name), enterprise: enterpriseOf(row) } : null;
  }

  async nextSerial(): Promise<number> {
    const row = this.db
      .prepare(
        `INSERT INTO counters (name, value) VALUES ('serial', 1)
         ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
      )
      .get() as Row;
    return Number(row.value);
  }

  async findSubmission(enterpriseId: number, idempotencyKey: string): Promise<StoredSubmission | null> {
    const row = this.db.prepare('SELECT * FROM submissions WHERE enterprise_id = ? AND idempotency_key = ?').get(enterpriseId, idempotencyKey) as Row | undefined;
    return row ? submissionOf(row) : null;
  }

  async insertSubmission(submission: NewSubmission, receipts: ScheduledReceipt[], milestones: ScheduledMilestone[]): Promise<InsertOutcome> {
    const insert = this.db.prepare(
      `INSERT INTO submissions (${submissionColumns.join(', ')}) VALUES (${submissionColumns.map(() => '?').join(', ')})
       ON CONFLICT (enterprise_id, idempotency_key) DO NOTHING RETURNING *`,
    );
    const addReceipt = this.db.prepare('INSERT INTO receipts (submission_id, enterprise_id, channel, xml, due_at) VALUES (?, ?, ?, ?, ?)');
    const addMilestone = this.db.prepare('INSERT INTO milestones (submission_id, enterprise_id, kind, at, due_at) VALUES (?, ?, ?, ?, ?)');
    const run = this.db.transaction((): InsertOutcome => {
      const row = insert.get(...submissionValues(submission)) as Row | undefined;
      if (!row) {
        const existing = this.db
          .prepare('SELECT * FROM submissions WHERE enterprise_id = ? AND idempotency_key = ?')
          .get(submission.enterpriseId, submission.idempotencyKey) as Row;
        return { submission: submissionOf(existing), created: false };
      }
      const stored = submissionOf(row);
      for (const r of receipts) addReceipt.run(stored.id, stored.enterpriseId, r.channel, r.xml, r.dueAt);
      for (const m of milestones) addMilestone.run(stored.id, stored.enterpriseId, m.kind, m.at, m.dueAt);
      return { submission: stored, created: true };
    });
    return run.immediate();
  }

  async listSubmissions(enterpriseId?: number): Promise<StoredSubmission[]> {
    const rows = enterpriseId === undefined
      ? this.db.prepare('SELECT * FROM submissions ORDER BY id').all()
      : this.db.prepare('SELECT * FROM submissions WHERE enterprise_id = ? ORDER BY id').all(enterpriseId);
    return (rows as Row[]).map(submissionOf);
  }

  async publishDue(simNowMs: number, deliveredAt: string, limit: number): Promise<PublishOutcome> {
    const publishTable = (table: 'receipts' | 'milestones'): number => {
      const due = this.db.prepare(`SELECT id FROM ${table} WHERE cursor IS NULL AND due_at <= ? ORDER BY due_at, id LIMIT ?`).all(simNowMs, limit) as Row[];
      if (due.length === 0) return 0;
      const top = Number((this.db.prepare(`SELECT COALESCE(MAX(cursor), 0) AS top FROM ${table}`).get() as Row).top);
      const assign = this.db.prepare(`UPDATE ${table} SET cursor = ?, delivered_at = ? WHERE id = ?`);
      due.forEach((row, i) => assign.run(top + i + 1, deliveredAt, row.id));
      return due.length;
    };
    // IMMEDIATE: the write lock is taken before reading MAX(cursor), so cursors follow commit order.
    const run = this.db.transaction(() => ({ receipts: publishTable('receipts'), milestones: publishTable('milestones') }));
    return run.immediate();
  }

  async receiptsAfter(enterpriseId: number, after: string, limit: number) {
    const rows = this.db.prepare(`${FEED_RECEIPT_SELECT} WHERE r.enterprise_id = ? AND r.cursor > ? ORDER BY r.cursor LIMIT ?`).all(enterpriseId, Number(after), limit);
    return (rows as Row[]).map(feedReceiptOf);
  }

  async milestonesAfter(enterpriseId: number, after: string, limit: number) {
    const rows = this.db.prepare(`${FEED_MILESTONE_SELECT} WHERE m.enterprise_id = ? AND m.cursor > ? ORDER BY m.cursor LIMIT ?`).all(enterpriseId, Number(after), limit);
    return (rows as Row[]).map(feedMilestoneOf);
  }

  async readClock(): Promise<ClockState | null> {
    const row = this.db.prepare('SELECT * FROM sim_clock WHERE id = 1').get() as Row | undefined;
    return row ? { anchorRealMs: Number(row.anchor_real_ms), anchorSimMs: Number(row.anchor_sim_ms), speed: Number(row.speed) } : null;
  }

  async writeClock(state: ClockState): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO sim_clock (id, anchor_real_ms, anchor_sim_ms, speed) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET anchor_real_ms = excluded.anchor_real_ms, anchor_sim_ms = excluded.anchor_sim_ms, speed = excluded.speed`,
      )
      .run(Math.round(state.anchorRealMs), Math.round(state.anchorSimMs), state.speed);
  }

  async audit(entry: AuditEntry, now: string): Promise<void> {
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, outcome, enterprise_id, device_id, target, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(now, entry.actor, entry.action, entry.outcome, entry.enterpriseId ?? null, entry.deviceId ?? null, entry.target ?? null, entry.detail ?? null);
  }

  async auditLog(limit: number): Promise<AuditRecord[]> {
    return (this.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as Row[]).map(auditOf);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const migration of sqliteMigrations) {
    const hash = migrationHash(migration);
    // Checked inside the write lock: a second process starting at the same moment waits, then skips.
    db.transaction(() => {
      const recorded = db.prepare('SELECT hash FROM schema_migrations WHERE version = ?').get(migration.version) as Row | undefined;
      if (recorded) {
        if (recorded.hash !== hash) throw new MigrationTamperedError(migration.version, String(recorded.hash), hash);
        return;
      }
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, hash, applied_at) VALUES (?, ?, ?, ?)').run(migration.version, migration.name, hash, new Date().toISOString());
    }).immediate();
  }
}
