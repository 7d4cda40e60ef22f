import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import { DATABASE_FILE } from '../store/open-database.node';
import { migrationHash } from '../store/migrate.node';
import type { Migration } from '../store/migrations/index';
import { aesGcmProtector } from '../signing/key-protector.node';
import { BackupManifestSchema, DATABASE_ENTRY, FILES_PREFIX, MANIFEST_ENTRY, type BackupManifest } from './backup-manifest';
import { PROFILE_SMALL_FILES } from './backup.node';
import { readBackupZip, type BackupZipContents, type ReadZipHooks } from './read-backup-zip.node';
import { checkDatabase, migrationRows, timestampForFile } from './profile-facts.node';

/** Refuses a backup before anything of the profile is touched; says which check failed. */
function refused(path: string, check: string, zh: string, en: string, reason?: string): AppError {
  return new AppError({
    code: 'INVALID_INPUT',
    messageZh: `无法从「${basename(path)}」恢复：${zh}当前数据没有任何改动。`,
    messageEn: `Cannot restore from "${basename(path)}": ${en} The current data was not changed.`,
    field: 'path',
    details: reason === undefined ? { check } : { check, reason },
  });
}

/** A backup that passed every check, its database extracted next to the profile's. */
export interface ValidatedBackup {
  manifest: BackupManifest;
  databasePath: string;
  files: Map<string, Uint8Array>;
  discard(): void;
}

export const restoreCancelledError = (): AppError =>
  new AppError({ code: 'CANCELLED', messageZh: '恢复已取消，当前数据没有任何改动。', messageEn: 'The restore was cancelled; the current data was not changed.' });

export interface RestoreProgressHooks extends ReadZipHooks {
  /** The zip was read: the checks on the extracted database start ('verify'), then end. */
  onVerify: (done: 0 | 1) => void;
}

/**
 * Checks, in order: the file is there and is a zip; manifest.json is there and valid; the
 * database's SHA-256 matches it; SQLite's integrity_check passes on the extracted copy; and its
 * schema is not newer than this app (every migration it recorded is one we know, same hash).
 * Reading the zip is the long part and runs in chunks (progress, cancel through `hooks`); the
 * checks after it are synchronous. On any failure or cancel the extracted copy is removed.
 */
export async function validateBackup(path: string, workDir: string, known: readonly Migration[], now: Date, hooks: RestoreProgressHooks): Promise<ValidatedBackup> {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new AppError({ code: 'NOT_FOUND', messageZh: `找不到备份文件「${path}」。`, messageEn: `Backup file not found: "${path}".`, field: 'path' });
  }
  const databasePath = join(workDir, `.restore-${timestampForFile(now)}.db`);
  const discard = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
  };
  const smallNames = new Set([MANIFEST_ENTRY, ...PROFILE_SMALL_FILES.map((n) => `${FILES_PREFIX}${n}`)]);
  let contents: BackupZipContents;
  try {
    contents = await readBackupZip(path, DATABASE_ENTRY, smallNames, databasePath, hooks);
  } catch (error) {
    discard();
    if (error instanceof AppError) throw error; // a cancel from the checkpoint
    // The reason (what fflate or the file system said) goes into the details, for the log.
    const reason = error instanceof Error ? error.message : String(error);
    throw refused(path, 'zip', '文件不是可读取的备份压缩包（可能不完整或已损坏）。', 'the file is not a readable backup zip (it may be incomplete or damaged).', reason);
  }
  try {
    hooks.onVerify(0);
    const validated = checkContents(path, contents, databasePath, known, discard);
    hooks.onVerify(1);
    return validated;
  } catch (error) {
    discard();
    throw error;
  }
}

function checkContents(path: string, contents: BackupZipContents, databasePath: string, known: readonly Migration[], discard: () => void): ValidatedBackup {
  if (!contents.readable) {
    throw refused(path, 'zip', '文件不是可读取的备份压缩包（可能不完整或已损坏）。', 'the file is not a readable backup zip (it may be incomplete or damaged).');
  }
  const manifestBytes = contents.small.get(MANIFEST_ENTRY);
  if (!manifestBytes) throw refused(path, 'manifest', '压缩包中没有备份清单 manifest.json。', 'the zip has no manifest.json.');
  let manifest: BackupManifest;
  try {
    const parsed = BackupManifestSchema.safeParse(JSON.parse(Buffer.from(manifestBytes).toString('utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw refused(path, 'manifest', `备份清单 manifest.json 无效（${issue?.path.join('.') ?? ''}）。`, `manifest.json is not valid (${issue?.path.join('.') ?? ''}).`);
    }
    manifest = parsed.data;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused(path, 'manifest', '备份清单 manifest.json 不是有效的 JSON。', 'manifest.json is not valid JSON.');
  }
  const database = contents.database;
  if (!database) {
    throw refused(path, 'zip', `压缩包中没有完整的数据库 ${DATABASE_ENTRY}（文件可能不完整或已损坏）。`, `the zip holds no complete database (${DATABASE_ENTRY}); the file may be incomplete or damaged.`);
  }
  if (database.sha256 !== manifest.database.sha256) {
    throw refused(path, 'sha256', '数据库的 SHA-256 校验值与备份清单不符（文件已损坏或被改动）。', 'the database’s SHA-256 does not match the manifest (the file is damaged or was altered).');
  }
  try {
    const db = new Database(databasePath, { readonly: true });
    try {
      const integrity = checkDatabase(db, 'integrity_check');
      if (integrity.join() !== 'ok') {
        throw refused(path, 'integrity', `备份中的数据库完整性检查未通过：${integrity.slice(0, 3).join('；')}。`, `the backup’s database failed its integrity check: ${integrity.slice(0, 3).join('; ')}.`);
      }
      const byId = new Map(known.map((m) => [m.id, m]));
      for (const row of migrationRows(db)) {
        const mine = byId.get(row.id);
        if (!mine || migrationHash(mine) !== row.hash) {
          throw refused(
            path,
            'schema',
            `备份来自更新版本的清关通（数据库迁移 ${row.id}「${row.name}」本程序不认识），请先升级本程序再恢复。`,
            `the backup comes from a newer Clearway (database migration ${row.id} "${row.name}" is unknown to this app); update the app, then restore.`,
          );
        }
      }
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused(path, 'integrity', '备份中的数据库无法打开。', 'the backup’s database cannot be opened.');
  }
  const files = new Map<string, Uint8Array>();
  for (const name of PROFILE_SMALL_FILES) {
    const bytes = contents.small.get(`${FILES_PREFIX}${name}`);
    if (bytes) files.set(name, bytes);
  }
  return { manifest, databasePath, files, discard };
}

/**
 * Runs with the store closed: the current database (and its -wal/-shm) is renamed aside, never
 * deleted, and the validated one put in its place. If the second step fails the first is undone.
 * Returns where the previous database was kept (null when the profile had none).
 */
export function swapInDatabase(profileDir: string, backup: ValidatedBackup, now: Date): string | null {
  const current = join(profileDir, DATABASE_FILE);
  const aside = join(profileDir, `${DATABASE_FILE}.before-restore-${timestampForFile(now)}`);
  const moved: [string, string][] = [];
  try {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(current + suffix)) {
        renameSync(current + suffix, aside + suffix);
        moved.push([current + suffix, aside + suffix]);
      }
    }
    renameSync(backup.databasePath, current);
  } catch (error) {
    for (const [from, to] of moved.reverse()) renameSync(to, from);
    throw error;
  }
  // The window layout is only layout: written after the database is in place.
  for (const [name, bytes] of backup.files) {
    try {
      writeFileSync(join(profileDir, name), bytes);
    } catch {
      // A missing layout costs nothing but the window's size.
    }
  }
  return moved.length > 0 ? aside : null;
}

/**
 * How many restored private keys this backend cannot open: "os" keys sealed with another PC's
 * data key (or any "os" key where no data key is available). Those certificates need their
 * .p12/.pfx imported again; passphrase-sealed keys open with the old passphrase.
 */
export function keysNeedingReimport(db: Database.Database, dataKey: Uint8Array | null): number {
  const rows = db.prepare("SELECT fingerprint, key_sealed FROM certificates WHERE protection = 'os'").all() as { fingerprint: string; key_sealed: Buffer }[];
  if (!dataKey) return rows.length;
  const protector = aesGcmProtector('os', dataKey);
  return rows.filter((row) => {
    try {
      protector.open(row.key_sealed, row.fingerprint);
      return false;
    } catch {
      return true;
    }
  }).length;
}
