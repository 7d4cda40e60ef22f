import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openDatabase, DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { migrations } from '../../electron/backend/store/migrations/index';
import { migrationHash } from '../../electron/backend/store/migrate.node';
import { AppError } from '../../shared/ipc/errors';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const lastId = Math.max(...migrations.map((m) => m.id));

function openError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('migrations', () => {
  it('applies every migration once, in order, and records its hash', () => {
    const dir = tempProfile();
    const db = openDatabase({ profileDir: dir });
    const rows = db.prepare('SELECT id, name, hash FROM schema_migrations ORDER BY id').all();
    expect(rows).toEqual(migrations.map((m) => ({ id: m.id, name: m.name, hash: migrationHash(m) })));
    db.close();
    // Opening again applies nothing new and keeps the same rows.
    const again = openDatabase({ profileDir: dir });
    expect(again.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: migrations.length });
    again.close();
  });

  it('sets the durability pragmas of the architecture', () => {
    const db = openDatabase({ profileDir: tempProfile() });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('stops with MIGRATION_TAMPERED when a shipped migration was edited', () => {
    const dir = tempProfile();
    openDatabase({ profileDir: dir }).close();
    const edited = migrations.map((m) => (m.id === 1 ? { ...m, sql: `${m.sql}\n-- edited later` } : m));
    const error = openError(() => openDatabase({ profileDir: dir, migrations: edited }));
    expect(error.code).toBe('MIGRATION_TAMPERED');
    expect(error.messageZh).toContain('迁移 1');
    expect(error.messageEn).toContain('hash mismatch');
  });

  it('refuses a database made by a newer version instead of guessing', () => {
    const dir = tempProfile();
    const newer = [...migrations, { id: 999, name: 'future', sql: 'CREATE TABLE future (x INTEGER);' }];
    openDatabase({ profileDir: dir, migrations: newer }).close();
    const error = openError(() => openDatabase({ profileDir: dir }));
    expect(error.code).toBe('MIGRATION_TAMPERED');
    expect(error.messageEn).toContain('newer Clearway');
  });

  it('rolls a failing migration back whole, leaving earlier ones applied', () => {
    const dir = tempProfile();
    const broken = [
      ...migrations,
      { id: lastId + 1, name: 'half-broken', sql: 'CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => openDatabase({ profileDir: dir, migrations: broken })).toThrow(/nowhere/);
    const db = new Database(join(dir, DATABASE_FILE));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toContain('documents');
    expect(tables.map((t) => t.name)).not.toContain('half');
    expect(db.prepare('SELECT max(id) AS id FROM schema_migrations').get()).toEqual({ id: lastId });
    db.close();
  });
});
