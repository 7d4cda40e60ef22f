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
import { keysNeedingReimport, restoreCancelledError, swapInDatabase, validateBackup, type ValidatedBackup } from './restore.node';
import { breathe } from './zip-file.node';
import { otherProfileUser } from '../profile-in-use.node';
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
  /** Whether the profile submits through the gateway but holds no device token (backups leave it out). */
  deviceTokenMissing: () => boolean;
  /** Desktop only: the data key that seals "os" private keys, to tell which restored keys open here. */
  dataKey?: Uint8Array | null;
  log: AppLog;
  /** Tests pass a shorter list to play an older app. */
  migrations?: readonly Migration[];
}

/** A running backup or restore; profile.cancelBackup cancels either by its jobId. */
interface RunningJob extends BackupJob {
  kind: 'backup' | 'restore';
}

/** Diagnostics, backup and restore of a profile (issue 9). */
export class SupportService {
  private readonly jobs = new Map<string, RunningJob>();

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
      'profile.restore': ({ path, jobId }) => this.restore(path, jobId),
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

  private running(kind: RunningJob['kind']): boolean {
    return [...this.jobs.values()].some((job) => job.kind === kind);
  }

  private async backup(dir: string | undefined, jobId: string | undefined) {
    if (this.running('restore')) {
      // The restore swaps the database at its end: a backup reading it then would fail half way.
      throw new AppError({
        code: 'CONFLICT',
        messageZh: '正在从备份恢复，请等恢复完成或取消后再备份。',
        messageEn: 'A restore is running; back up after it finishes or is cancelled.',
        field: 'dir',
      });
    }
    const job: RunningJob = { jobId: jobId ?? randomUUID(), cancelled: false, kind: 'backup' };
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

  private async restore(path: string, jobId: string | undefined) {
    const profileDir = this.options.profileDir();
    const now = this.options.now();
    this.options.log.info('restore asked', { path });
    const user = otherProfileUser(profileDir);
    if (user) {
      throw new AppError({
        code: 'CONFLICT',
        messageZh: `清关通正在使用此资料文件夹（进程 ${user.pid}，${user.since} 起）：请先关闭程序再恢复。若程序确已关闭，删除文件「${user.file}」后重试。`,
        messageEn: `Clearway has this profile folder open (process ${user.pid}, since ${user.since}): close it first, then restore. If it is really closed, delete the file "${user.file}" and try again.`,
        field: 'path',
      });
    }
    if (this.running('backup')) {
      // The backup reads the open database; swapping it underneath would fail that backup half way.
      throw new AppError({
        code: 'CONFLICT',
        messageZh: '正在备份，请等备份完成或取消后再恢复。',
        messageEn: 'A backup is running; restore after it finishes or is cancelled.',
        field: 'path',
      });
    }
    if (this.running('restore')) {
      throw new AppError({
        code: 'CONFLICT',
        messageZh: '已有一个恢复正在进行，请等它完成或取消。',
        messageEn: 'A restore is already running; wait for it to finish or cancel it.',
        field: 'path',
      });
    }
    const job: RunningJob = { jobId: jobId ?? randomUUID(), cancelled: false, kind: 'restore' };
    this.jobs.set(job.jobId, job);
    try {
      return await this.runRestore(path, profileDir, now, job);
    } finally {
      this.jobs.delete(job.jobId);
    }
  }

  private async runRestore(path: string, profileDir: string, now: Date, job: RunningJob) {
    const stopIfCancelled = () => {
      if (job.cancelled) throw restoreCancelledError();
    };
    const progress = (phase: 'unpack' | 'verify', done: number, total: number) =>
      this.options.emit('profile.backupProgress', { jobId: job.jobId, phase, done, total });
    let backup: ValidatedBackup;
    try {
      backup = await validateBackup(path, profileDir, this.options.migrations ?? shippedMigrations, now, {
        onBytes: (done, total) => progress('unpack', done, total),
        checkpoint: stopIfCancelled,
        onVerify: (done) => progress('verify', done, 1),
      });
      try {
        // A last chance for a cancel that came during the checks; after this the swap is not cancellable.
        await breathe();
        stopIfCancelled();
      } catch (error) {
        backup.discard();
        throw error;
      }
    } catch (error) {
      this.options.log.warn(job.cancelled ? 'restore cancelled' : 'restore refused', { path, jobId: job.jobId, error });
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
    const deviceTokenToReenter = this.options.deviceTokenMissing();
    this.options.log.info('restore done', { path, previousDatabase, documents: counts.documents, keysToReimport, deviceTokenToReenter });
    return { restoredFrom: path, previousDatabase, counts, keysToReimport, deviceTokenToReenter };
  }
}
