import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { Migration } from './migrations/index';

export function migrationHash(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

interface AppliedRow {
  id: number;
  name: string;
  hash: string;
}

/**
 * Applies the migrations the database lacks, each in its own transaction, and records its hash.
 * A recorded hash that no longer matches the code means someone edited a shipped migration:
 * we stop loudly rather than run on a schema we cannot vouch for.
 */
export function migrate(db: Database.Database, known: readonly Migration[], now: () => Date): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`);

  const applied = db.prepare('SELECT id, name, hash FROM schema_migrations ORDER BY id').all() as AppliedRow[];
  const byId = new Map(known.map((m) => [m.id, m]));

  for (const row of applied) {
    const migration = byId.get(row.id);
    if (!migration) {
      throw new AppError({
        code: 'MIGRATION_TAMPERED',
        messageZh: `数据库由更新版本的清关通创建（迁移 ${row.id} ${row.name} 未知），请升级本程序后再打开。`,
        messageEn: `The database was created by a newer Clearway (unknown migration ${row.id} ${row.name}); update the app to open it.`,
        details: { migration: row.id },
      });
    }
    if (migrationHash(migration) !== row.hash) {
      throw new AppError({
        code: 'MIGRATION_TAMPERED',
        messageZh: `数据库迁移 ${row.id}（${row.name}）与已应用的版本不一致（哈希不同），已停止启动以保护数据。`,
        messageEn: `Migration ${row.id} (${row.name}) differs from the one applied to this database (hash mismatch); start-up stopped to protect the data.`,
        details: { migration: row.id, recorded: row.hash, expected: migrationHash(migration) },
      });
    }
  }

  const done = new Set(applied.map((r) => r.id));
  const record = db.prepare('INSERT INTO schema_migrations (id, name, hash, applied_at) VALUES (?, ?, ?, ?)');
  const newlyApplied: number[] = [];
  for (const migration of [...known].sort((a, b) => a.id - b.id)) {
    if (done.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, migrationHash(migration), now().toISOString());
    })();
    newlyApplied.push(migration.id);
  }
  return newlyApplied;
}
