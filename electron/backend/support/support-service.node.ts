import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { CallName, CallOutput, CallParsedInput, EventName, EventPayload } from '../../../shared/ipc/contract';
import type { SettingsOverview } from '../../../shared/settings/schema';
import type { AppLog } from '../logging/app-log';
import { migrations as shippedMigrations, type Migration } from '../store/migrations/index';
import type { Store } from '../store/store.node';
import { BACKUPS_DIR, runBackup, type BackupJob } from './backup.node';
import { DIAGNOSTICS_DIR, writeDiagnostics } from './diagnostics.node';
import { keysNeedingReimport, swapInDatabase, validateBackup } from './restore.node';
import { tableCounts } from './profile-facts.node';

type SupportCall = 'support.exportDiagnostics' | 'profile.backup' | 'profile.cancelBackup' | 'profile.restore';
export type SupportHandlers = {
  [K in SupportCall & CallName]: (input: CallParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};

export interface SupportServiceOptions {
  store: () => Store;
  profileDir: () => string;
  version: string;
  now: () => Date;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** The settings with their sources and the policy report, for the diagnostics zip. */
  settingsOverview: () => SettingsOverview;
  /**
   * Closes the store (and the sync service with it), runs `work` on the profile's files, and
   * opens the store again, whether `work` succeeded or threw.
   */
  withStoreClosed: <T>(work: (profileDir: string) => T) => T;
  /** Desktop only: the data key that seals "os" private keys, to tell which restored keys open here. */
  dataKey?: Uint8Array | null;
  log: AppLog;
  /** Tests pass a shorter list to play an older app. */
  migrations?: readonly Migration[];
}

/** Diagnostics, backup and restore of a profile (issue 9). */
export class SupportService {
  private readonly jobs = new Map<string, BackupJob>();

  constructor(private readonly options: SupportServiceOptions) {}

  handlers(): SupportHandlers {
    return {
      'support.exportDiagnostics': ({ dir }) => this.exportDiagnostics(dir),
      'profile.backup': ({ dir, jobId }) => this.backup(dir, jobId),
      'profile.cancelBackup': ({ jobId }) => {
        const job = this.jobs.get(jobId);
        if (job) job.cancelled = true;
        return { cancelled: job !== undefined };
      },
      'profile.restore': ({ path }) => this.restore(path),
    };
  }

  private openDb(): Database.Database | null {
    try {
      return this.options.store().db;
    } catch {
      return null; // the recovery screen: diagnostics still open the file read-only
    }
  }

  private exportDiagnostics(dir: string | undefined) {
    const profileDir = this.options.profileDir();
    const result = writeDiagnostics({
      profileDir,
      outDir: dir ?? join(profileDir, DIAGNOSTICS_DIR),
      appVersion: this.options.version,
      now: this.options.now(),
      db: this.openDb(),
      settingsOverview: () => this.options.settingsOverview(),
    });
    this.options.log.info('diagnostics exported', { path: result.path, bytes: result.bytes });
    return result;
  }

  private async backup(dir: string | undefined, jobId: string | undefined) {
    const job: BackupJob = { jobId: jobId ?? randomUUID(), cancelled: false };
    this.jobs.set(job.jobId, job);
    const profileDir = this.options.profileDir();
    this.options.log.info('backup started', { jobId: job.jobId, dir: dir ?? join(profileDir, BACKUPS_DIR) });
    try {
      const result = await runBackup({
        db: this.options.store().db,
        profileDir,
        outDir: dir ?? join(profileDir, BACKUPS_DIR),
        appVersion: this.options.version,
        now: this.options.now(),
        job,
        progress: (progress) => this.options.emit('profile.backupProgress', progress),
      });
      this.options.log.info('backup written', { path: result.path, bytes: result.bytes, documents: result.counts.documents });
      return result;
    } catch (error) {
      this.options.log.warn(job.cancelled ? 'backup cancelled' : 'backup failed', { jobId: job.jobId, error });
      throw error;
    } finally {
      this.jobs.delete(job.jobId);
    }
  }

  private restore(path: string) {
    const profileDir = this.options.profileDir();
    const now = this.options.now();
    this.options.log.info('restore asked', { path });
    if (this.jobs.size > 0) {
      // The backup reads the open database; swapping it underneath would fail that backup half way.
      throw new AppError({
        code: 'CONFLICT',
        messageZh: '正在备份，请等备份完成或取消后再恢复。',
        messageEn: 'A backup is running; restore after it finishes or is cancelled.',
        field: 'path',
      });
    }
    let backup;
    try {
      backup = validateBackup(path, profileDir, this.options.migrations ?? shippedMigrations, now);
    } catch (error) {
      this.options.log.warn('restore refused', { path, error });
      throw error;
    }
    let previousDatabase: string | null;
    try {
      previousDatabase = this.options.withStoreClosed((dir) => swapInDatabase(dir, backup, now));
    } catch (error) {
      this.options.log.error('restore failed; the current database was put back', { path, error });
      throw error;
    } finally {
      backup.discard();
    }
    const db = this.options.store().db;
    const counts = tableCounts(db);
    const keysToReimport = keysNeedingReimport(db, this.options.dataKey ?? null);
    const ids = (db.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id);
    this.options.emit('documents.changed', { ids });
    this.options.log.info('restore done', { path, previousDatabase, documents: counts.documents, keysToReimport });
    return { restoredFrom: path, previousDatabase, counts, keysToReimport };
  }
}
