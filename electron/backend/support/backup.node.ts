import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { BackupProgress, BackupResult } from '../../../shared/support/schema';
import { BACKUP_EXTENSION, BACKUP_FORMAT, DATABASE_ENTRY, FILES_PREFIX, MANIFEST_ENTRY, type BackupManifest } from './backup-manifest';
import { removeDeviceToken } from '../sync/sync-settings.node';
import { checkDatabase, migrationRows, tableCounts, timestampForFile } from './profile-facts.node';
import { breathe, ZipFileWriter } from './zip-file.node';

/**
 * The profile's small files that belong with its database. Not the OS-sealed data key
 * (signing-key.bin): it opens only on the PC that made it, and must never leave it in clear.
 */
export const PROFILE_SMALL_FILES = ['window-state.json'] as const;
export const BACKUPS_DIR = 'backups';

export interface BackupJob {
  jobId: string;
  cancelled: boolean;
}

export interface BackupRun {
  db: Database.Database;
  profileDir: string;
  outDir: string;
  appVersion: string;
  now: Date;
  job: BackupJob;
  progress: (progress: BackupProgress) => void;
}

export const cancelledError = (): AppError =>
  new AppError({ code: 'CANCELLED', messageZh: '备份已取消，没有留下不完整的文件。', messageEn: 'The backup was cancelled; no partial file was left behind.' });

/** In 1 MB reads: the database can be hundreds of megabytes. */
function sha256File(path: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * A consistent copy of the live database through SQLite's online backup API (the app keeps
 * writing meanwhile: pages a write changes are copied again), checked, then zipped with a
 * manifest into one .clearway-backup file. Everything is written under a temporary name and
 * renamed at the end, so a cancel or a failure leaves nothing behind.
 */
export async function runBackup(run: BackupRun): Promise<BackupResult> {
  const { job } = run;
  const stamp = timestampForFile(run.now);
  try {
    mkdirSync(run.outDir, { recursive: true });
  } catch (cause) {
    throw new AppError({
      code: 'PROFILE_NOT_WRITABLE',
      messageZh: `无法在文件夹「${run.outDir}」中写入备份。`,
      messageEn: `Cannot write the backup into the folder "${run.outDir}".`,
      field: 'dir',
      details: { reason: String(cause) },
    });
  }
  const finalPath = join(run.outDir, `clearway-backup-${stamp}${BACKUP_EXTENSION}`);
  const partialPath = `${finalPath}.partial`;
  const copyPath = join(run.outDir, `.clearway-backup-${stamp}-${job.jobId.replace(/[^\w-]/g, '_')}.db`);
  const cleanup = () => {
    for (const path of [partialPath, copyPath, `${copyPath}-journal`, `${copyPath}-wal`, `${copyPath}-shm`]) rmSync(path, { force: true });
  };
  const stopIfCancelled = () => {
    if (job.cancelled) throw cancelledError();
  };
  let zip: ZipFileWriter | null = null;
  try {
    // 1. The online backup, in steps of about a twentieth of the database, each step a progress event.
    await run.db.backup(copyPath, {
      progress: ({ totalPages, remainingPages }) => {
        stopIfCancelled();
        run.progress({ jobId: job.jobId, phase: 'database', done: totalPages - remainingPages, total: totalPages });
        return Math.max(64, Math.ceil(totalPages / 20));
      },
    });
    stopIfCancelled();

    // 2. Check the copy and describe it; a single file (no WAL) so its hash is the file's hash.
    run.progress({ jobId: job.jobId, phase: 'verify', done: 0, total: 1 });
    const copy = new Database(copyPath);
    let manifest: BackupManifest;
    try {
      copy.pragma('journal_mode = DELETE');
      // The device token stays on this PC (see removeDeviceToken); secure_delete overwrites the
      // freed bytes, so the old value is not left readable in the page.
      copy.pragma('secure_delete = ON');
      removeDeviceToken(copy);
      const integrity = checkDatabase(copy, 'integrity_check');
      if (integrity.join() !== 'ok') {
        throw new AppError({
          code: 'DATABASE_UNREADABLE',
          messageZh: `数据库完整性检查未通过，未生成备份：${integrity.slice(0, 3).join('；')}`,
          messageEn: `The database failed its integrity check; no backup was made: ${integrity.slice(0, 3).join('; ')}`,
        });
      }
      const keys = copy.prepare("SELECT sum(protection = 'os') AS os, sum(protection = 'passphrase') AS passphrase FROM certificates").get() as { os: number | null; passphrase: number | null };
      manifest = {
        format: 'clearway-backup',
        formatVersion: BACKUP_FORMAT,
        appVersion: run.appVersion,
        createdAt: run.now.toISOString(),
        database: { entry: DATABASE_ENTRY, bytes: 0, sha256: '' },
        migrations: migrationRows(copy).map(({ id, name, hash }) => ({ id, name, hash })),
        counts: tableCounts(copy),
        files: [],
        keys: { os: keys.os ?? 0, passphrase: keys.passphrase ?? 0 },
      };
    } finally {
      copy.close();
    }
    manifest.database.bytes = statSync(copyPath).size;
    manifest.database.sha256 = sha256File(copyPath);
    run.progress({ jobId: job.jobId, phase: 'verify', done: 1, total: 1 });
    await breathe();
    stopIfCancelled();

    // 3. The zip: manifest, database, small files.
    const small = PROFILE_SMALL_FILES.filter((name) => existsSync(join(run.profileDir, name)));
    manifest.files = small.map((name) => `${FILES_PREFIX}${name}`);
    const total = manifest.database.bytes;
    let done = 0;
    zip = new ZipFileWriter(partialPath);
    zip.addText(MANIFEST_ENTRY, `${JSON.stringify(manifest, null, 2)}\n`);
    await zip.addFile(DATABASE_ENTRY, copyPath, (bytes) => {
      done += bytes;
      run.progress({ jobId: job.jobId, phase: 'files', done, total });
      stopIfCancelled();
    });
    for (const name of small) zip.addBytes(`${FILES_PREFIX}${name}`, readFileSync(join(run.profileDir, name)));
    zip.finish();
    zip = null;
    stopIfCancelled();
    renameSync(partialPath, finalPath);
    return { path: finalPath, bytes: statSync(finalPath).size, counts: manifest.counts };
  } finally {
    zip?.close();
    cleanup();
  }
}
