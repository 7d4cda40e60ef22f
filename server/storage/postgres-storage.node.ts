import pg from 'pg';
import { migrationHash, postgresMigrations } from './migrations';
import { MigrationTamperedError } from './migration-error';
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

/** Advisory lock keys: one for migrations, one that serialises publishing across processes. */
const MIGRATION_LOCK = 0x6377_0001;
const PUBLISH_LOCK = 0x6377_0002;

/**
 * The shared storage: any number of gateway processes on one PostgreSQL database. The unique
 * (enterprise, key) decides concurrent submissions; publishing takes a transaction-scoped
 * advisory lock, so due receipts are published once and cursors are handed out in commit order
 * (a reader never sees cursor n+1 while n is still uncommitted).
 */
export class PostgresStorage implements GatewayStorage {
  readonly kind = 'postgres' as const;
  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string): Promise<PostgresStorage> {
    const pool = new pg.Pool({ connectionString, max: 10 });
    pool.on('error', () => undefined); // an idle client dropped by the server; the next query reconnects
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStorage(pool);
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, params)).rows as Row[];
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await work(client);
      await client.query('COMMIT');
      return out;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async createEnterprise(input: Omit<Enterprise, 'id' | 'createdAt'>, now: string): Promise<Enterprise> {
    const [row] = await this.rows('INSERT INTO enterprises (name, uscc, customs_code, tier, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *', [
      input.name, input.uscc, input.customsCode, input.tier, now,
    ]);
    return enterpriseOf(row as Row);
  }

  async listEnterprises(): Promise<Enterprise[]> {
    return (await this.rows('SELECT * FROM enterprises ORDER BY id')).map(enterpriseOf);
  }

  async findEnterprise(idOrUscc: string): Promise<Enterprise | null> {
    const [row] = await this.rows('SELECT * FROM enterprises WHERE uscc = $1 OR id::text = $1', [idOrUscc]);
    return row ? enterpriseOf(row) : null;
  }

  async registerCertificate(input: Omit<RegisteredCertificate, 'id'>, now: string): Promise<RegisteredCertificate> {
    const [row] = await this.rows(
      `INSERT INTO certificates (enterprise_id, fingerprint, subject, der, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (enterprise_id, fingerprint) DO UPDATE SET subject = excluded.subject RETURNING *`,
      [input.enterpriseId, input.fingerprint, input.subject, Buffer.from(input.der), now],
    );
    return certificateOf(row as Row);
  }

  async certificatesOf(enterpriseId: number): Promise<RegisteredCertificate[]> {
    return (await this.rows('SELECT * FROM certificates WHERE enterprise_id = $1 ORDER BY id', [enterpriseId])).map(certificateOf);
  }

  async enrolDevice(enterpriseId: number, name: string, tokenHash: string, now: string): Promise<Device> {
    const [row] = await this.rows('INSERT INTO devices (enterprise_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id', [enterpriseId, name, tokenHash, now]);
    return { id: Number(row?.id), enterpriseId, name, createdAt: now };
  }

  async callerByTokenHash(tokenHash: string): Promise<Caller | null> {
    const [row] = await this.rows(
      `SELECT d.id AS device_id, d.name AS device_name, e.* FROM devices d JOIN enterprises e ON e.id = d.enterprise_id
       WHERE d.token_hash = $1 AND d.revoked_at IS NULL`,
      [tokenHash],
    );
    return row ? { deviceId: Number(row.device_id), deviceName: String(row.device_name), enterprise: enterpriseOf(row) } : null;
  }

  async nextSerial(): Promise<number> {
    const [row] = await this.rows("SELECT nextval('serials') AS value");
    return Number(row?.value);
  }

  async findSubmission(enterpriseId: number, idempotencyKey: string): Promise<StoredSubmission | null> {
    const [row] = await this.rows('SELECT * FROM submissions WHERE enterprise_id = $1 AND idempotency_key = $2', [enterpriseId, idempotencyKey]);
    return row ? submissionOf(row) : null;
  }

  async insertSubmission(submission: NewSubmission, receipts: ScheduledReceipt[], milestones: ScheduledMilestone[]): Promise<InsertOutcome> {
    return this.transaction(async (client) => {
      const inserted = await client.query(
        `INSERT INTO submissions (${submissionColumns.join(', ')}) VALUES (${submissionColumns.map((_, i) => `$${i + 1}`).join(', ')})
         ON CONFLICT (enterprise_id, idempotency_key) DO NOTHING RETURNING *`,
        submissionValues(submission),
      );
      const row = inserted.rows[0] as Row | undefined;
      if (!row) {
        // The other request committed first (ON CONFLICT waited for it): read its answer back.
        const existing = await client.query('SELECT * FROM submissions WHERE enterprise_id = $1 AND idempotency_key = $2', [submission.enterpriseId, submission.idempotencyKey]);
        return { submission: submissionOf(existing.rows[0] as Row), created: false };
      }
      const stored = submissionOf(row);
      for (const r of receipts) {
        await client.query('INSERT INTO receipts (submission_id, enterprise_id, channel, xml, due_at) VALUES ($1, $2, $3, $4, $5)', [stored.id, stored.enterpriseId, r.channel, r.xml, r.dueAt]);
      }
      for (const m of milestones) {
        await client.query('INSERT INTO milestones (submission_id, enterprise_id, kind, at, due_at) VALUES ($1, $2, $3, $4, $5)', [stored.id, stored.enterpriseId, m.kind, m.at, m.dueAt]);
      }
      return { submission: stored, created: true };
    });
  }

  async listSubmissions(enterpriseId?: number): Promise<StoredSubmission[]> {
    const rows = enterpriseId === undefined
      ? await this.rows('SELECT * FROM submissions ORDER BY id')
      : await this.rows('SELECT * FROM submissions WHERE enterprise_id = $1 ORDER BY id', [enterpriseId]);
    return rows.map(submissionOf);
  }

  async publishDue(simNowMs: number, deliveredAt: string, limit: number): Promise<PublishOutcome> {
    return this.transaction(async (client) => {
      const lock = await client.query('SELECT pg_try_advisory_xact_lock($1) AS got', [PUBLISH_LOCK]);
      // Another process is publishing right now; it takes everything due, we try again next tick.
      if (!(lock.rows[0] as Row).got) return { receipts: 0, milestones: 0 };
      const publishTable = async (table: 'receipts' | 'milestones'): Promise<number> => {
        const due = await client.query(`SELECT id FROM ${table} WHERE cursor IS NULL AND due_at <= $1 ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`, [simNowMs, limit]);
        if (due.rowCount === 0) return 0;
        const top = Number(((await client.query(`SELECT COALESCE(MAX(cursor), 0) AS top FROM ${table}`)).rows[0] as Row).top);
        const ids = due.rows.map((r: Row) => String(r.id));
        const cursors = ids.map((_, i) => String(top + i + 1));
        await client.query(
          `UPDATE ${table} t SET cursor = v.c, delivered_at = $3 FROM (SELECT unnest($1::bigint[]) AS id, unnest($2::bigint[]) AS c) v WHERE t.id = v.id`,
          [ids, cursors, deliveredAt],
        );
        return ids.length;
      };
      return { receipts: await publishTable('receipts'), milestones: await publishTable('milestones') };
    });
  }

  async receiptsAfter(enterpriseId: number, after: string, limit: number) {
    const rows = await this.rows(`${FEED_RECEIPT_SELECT} WHERE r.enterprise_id = $1 AND r.cursor > $2 ORDER BY r.cursor LIMIT $3`, [enterpriseId, after, limit]);
    return rows.map(feedReceiptOf);
  }

  async milestonesAfter(enterpriseId: number, after: string, limit: number) {
    const rows = await this.rows(`${FEED_MILESTONE_SELECT} WHERE m.enterprise_id = $1 AND m.cursor > $2 ORDER BY m.cursor LIMIT $3`, [enterpriseId, after, limit]);
    return rows.map(feedMilestoneOf);
  }

  async readClock(): Promise<ClockState | null> {
    const [row] = await this.rows('SELECT * FROM sim_clock WHERE id = 1');
    return row ? { anchorRealMs: Number(row.anchor_real_ms), anchorSimMs: Number(row.anchor_sim_ms), speed: Number(row.speed) } : null;
  }

  async writeClock(state: ClockState): Promise<void> {
    await this.rows(
      `INSERT INTO sim_clock (id, anchor_real_ms, anchor_sim_ms, speed) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET anchor_real_ms = excluded.anchor_real_ms, anchor_sim_ms = excluded.anchor_sim_ms, speed = excluded.speed`,
      [Math.round(state.anchorRealMs), Math.round(state.anchorSimMs), state.speed],
    );
  }

  async audit(entry: AuditEntry, now: string): Promise<void> {
    await this.rows('INSERT INTO audit_log (at, actor, action, outcome, enterprise_id, device_id, target, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      now, entry.actor, entry.action, entry.outcome, entry.enterpriseId ?? null, entry.deviceId ?? null, entry.target ?? null, entry.detail ?? null,
    ]);
  }

  async auditLog(limit: number): Promise<AuditRecord[]> {
    return (await this.rows('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit])).map(auditOf);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Under a session advisory lock: several processes starting together migrate once. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Map(((await client.query('SELECT version, hash FROM schema_migrations')).rows as Row[]).map((r) => [Number(r.version), String(r.hash)]));
    for (const migration of postgresMigrations) {
      const hash = migrationHash(migration);
      const recorded = applied.get(migration.version);
      if (recorded !== undefined) {
        if (recorded !== hash) throw new MigrationTamperedError(migration.version, recorded, hash);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, hash, applied_at) VALUES ($1, $2, $3, $4)', [migration.version, migration.name, hash, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
