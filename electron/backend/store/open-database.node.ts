import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import { migrations as allMigrations, type Migration } from './migrations/index';
import { migrate } from './migrate.node';

export const DATABASE_FILE = 'clearway.db';

export interface OpenOptions {
  profileDir: string;
  now?: () => Date;
  /** Tests pass an extended or edited list; the app uses the shipped one. */
  migrations?: readonly Migration[];
}

/** Fails with PROFILE_NOT_WRITABLE unless we can create files in the profile folder. */
export function ensureWritableProfile(profileDir: string): void {
  try {
    mkdirSync(profileDir, { recursive: true });
    accessSync(profileDir, constants.W_OK);
    // access() can pass where a write still fails (read-only mounts, ACLs): prove it.
    const probe = join(profileDir, `.write-probe-${process.pid}`);
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch (cause) {
    throw new AppError({
      code: 'PROFILE_NOT_WRITABLE',
      messageZh: `无法写入资料文件夹：${profileDir}。请检查权限，或选择另一个文件夹。`,
      messageEn: `Cannot write to the profile folder ${profileDir}. Check its permissions or choose another folder.`,
      details: { path: profileDir, reason: String(cause) },
    });
  }
}

const unreadableCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN', 'SQLITE_IOERR']);

export function isUnreadableDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && [...unreadableCodes].some((c) => code.startsWith(c));
}

export function unreadableDatabaseError(path: string, cause: unknown): AppError {
  return new AppError({
    code: 'DATABASE_UNREADABLE',
    messageZh: `数据库文件无法读取（可能已损坏）：${path}。您的文件没有被改动；可以选择另一个文件夹，或将此文件移到一旁并新建数据库。`,
    messageEn: `The database file cannot be read (it may be damaged): ${path}. It has not been changed; choose another folder, or move it aside and start a new database.`,
    details: { path, reason: String(cause) },
  });
}

/**
 * Opens (creating if needed) the profile's database with the durability settings of
 * ARCHITECTURE.md: WAL, synchronous=FULL (an acknowledged save survives power loss),
 * foreign keys, and a busy timeout for the moments a backup or second reader holds a lock.
 * Keep these pragmas in step with test/bench/autosave.bench.ts, whose baseline uses the same.
 */
export function openDatabase(options: OpenOptions): Database.Database {
  ensureWritableProfile(options.profileDir);
  const path = join(options.profileDir, DATABASE_FILE);
  let db: Database.Database | undefined;
  try {
    // Development under Electron: scripts/start.mjs builds an Electron-ABI copy of the native
    // module and names it here; tests, the browser host and packaged apps use the default.
    const nativeBinding = process.env.CLEARWAY_SQLITE_BINDING;
    db = nativeBinding ? new Database(path, { nativeBinding }) : new Database(path);
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Checkpoints run when the broker pauses (Store.scheduleCheckpoint), not inside a save:
    // an automatic checkpoint every few dozen autosaves otherwise sets the save's p99.
    db.pragma('wal_autocheckpoint = 0');
    // Touch the schema so a damaged file fails here, not on the broker's first save.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    migrate(db, options.migrations ?? allMigrations, options.now ?? (() => new Date()));
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof AppError) throw error;
    if (isUnreadableDatabaseError(error)) throw unreadableDatabaseError(path, error);
    throw error;
  }
}
