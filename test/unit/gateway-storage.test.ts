import { describe, expect, it } from 'vitest';
import { MigrationTamperedError } from '../../server/storage/migration-error';
import { postgresMigrations, sqliteMigrations } from '../../server/storage/migrations';
import { PostgresStorage } from '../../server/storage/postgres-storage.node';
import { SqliteStorage } from '../../server/storage/sqlite-storage.node';
import { storageKinds, useGateways } from './helpers/gateway';
import { useThrowawayPostgres } from './helpers/postgres';
import pg from 'pg';
import Database from 'better-sqlite3';
import { join } from 'node:path';

const gateways = useGateways();
const pgUrl = useThrowawayPostgres();

describe.each(storageKinds)('gateway storage migrations (%s)', (kind) => {
  it('applies each migration once, records it, and refuses to start when a recorded one was edited', async () => {
    const dir = gateways.tempDir();
    const open = async () => (kind === 'sqlite' ? SqliteStorage.open(dir) : PostgresStorage.open(pgUrl()));
    // Two opens at once: the second waits for the first's migration and applies nothing.
    const [a, b] = await Promise.all([open(), open()]);
    await a.close();
    await b.close();
    const expected = (kind === 'sqlite' ? sqliteMigrations : postgresMigrations).map((m) => m.version);
    const edit = "UPDATE schema_migrations SET hash = 'deadbeef' WHERE version = 1";
    if (kind === 'sqlite') {
      const db = new Database(join(dir, 'gateway.sqlite'));
      expect((db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version)).toEqual(expected);
      db.exec(edit);
      db.close();
    } else {
      const db = new pg.Client({ connectionString: pgUrl() });
      await db.connect();
      expect((await db.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r: { version: number }) => r.version)).toEqual(expected);
      await db.query(edit);
      await db.end();
    }
    await expect(open()).rejects.toBeInstanceOf(MigrationTamperedError);
  });
});
