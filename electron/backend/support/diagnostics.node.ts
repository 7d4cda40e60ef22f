import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { arch, platform, release, type as osType } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { DiagnosticsResult } from '../../../shared/support/schema';
import { listLogFiles, LOGS_DIR } from '../logging/log-files.node';
import { redactText, redactValue } from '../logging/redact';
import { DATABASE_FILE } from '../store/open-database.node';
import { checkDatabase, folderListing, migrationRows, tableCounts, timestampForFile } from './profile-facts.node';
import { ZipFileWriter } from './zip-file.node';

export const DIAGNOSTICS_DIR = 'diagnostics';
/** Only the newest part of a big log goes in: the zip stays small enough to e-mail. */
const LOG_TAIL_BYTES = 8 * 1024 * 1024;

export interface DiagnosticsRun {
  profileDir: string;
  outDir: string;
  appVersion: string;
  now: Date;
  /** The open database, or null when the store is unavailable (the file is then opened read-only). */
  db: Database.Database | null;
  settingsOverview: () => unknown;
}

const json = (value: unknown): string => `${redactText(JSON.stringify(redactValue(value), null, 2))}\n`;
const errorOf = (error: unknown) =>
  error instanceof AppError ? { code: error.code, messageZh: error.messageZh, messageEn: error.messageEn } : { message: error instanceof Error ? error.message : String(error) };

function readTail(path: string): string {
  const size = statSync(path).size;
  const bytes = readFileSync(path);
  return (size > LOG_TAIL_BYTES ? `[… ${size - LOG_TAIL_BYTES} bytes cut …]\n` : '') + bytes.subarray(Math.max(0, size - LOG_TAIL_BYTES)).toString('utf8');
}

/** What the database says about itself: checks, migrations, row counts. Never a row's content. */
function databaseFacts(run: DiagnosticsRun): unknown {
  const path = join(run.profileDir, DATABASE_FILE);
  let db = run.db;
  let opened: Database.Database | null = null;
  try {
    if (!db) {
      if (!existsSync(path)) return { path, exists: false };
      opened = new Database(path, { readonly: true, fileMustExist: true });
      db = opened;
    }
    return {
      path,
      bytes: existsSync(path) ? statSync(path).size : null,
      opened: run.db ? 'by the app' : 'read-only for this report (the app could not open it)',
      sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
      journalMode: db.pragma('journal_mode', { simple: true }),
      pageSize: db.pragma('page_size', { simple: true }),
      pageCount: db.pragma('page_count', { simple: true }),
      integrityCheck: checkDatabase(db, 'integrity_check'),
      quickCheck: checkDatabase(db, 'quick_check'),
      migrations: migrationRows(db),
      counts: tableCounts(db),
    };
  } catch (error) {
    return { path, error: errorOf(error) };
  } finally {
    opened?.close();
  }
}

function versions(run: DiagnosticsRun, db: Database.Database | null): Record<string, unknown> {
  let sqlite: string | null;
  try {
    sqlite = db ? (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v : null;
  } catch {
    sqlite = null;
  }
  const v = process.versions as Record<string, string | undefined>;
  return {
    app: run.appVersion,
    node: v.node,
    electron: v.electron ?? null,
    chrome: v.chrome ?? null,
    v8: v.v8,
    sqlite,
    os: `${osType()} ${release()}`,
    platform: platform(),
    arch: arch(),
    createdAt: run.now.toISOString(),
  };
}

/**
 * clearway-diagnostics-<time>.zip for the administrator or support: logs (redacted again on
 * the way in), versions, settings and their sources, database checks and counts, and the
 * profile folder's names and sizes. No keys, tokens, passwords or document contents.
 */
export function writeDiagnostics(run: DiagnosticsRun): DiagnosticsResult {
  try {
    mkdirSync(run.outDir, { recursive: true });
  } catch (cause) {
    throw new AppError({
      code: 'PROFILE_NOT_WRITABLE',
      messageZh: `无法在文件夹「${run.outDir}」中写入诊断包。`,
      messageEn: `Cannot write the diagnostics zip into the folder "${run.outDir}".`,
      field: 'dir',
      details: { reason: String(cause) },
    });
  }
  const path = join(run.outDir, `clearway-diagnostics-${timestampForFile(run.now)}.zip`);
  const partial = `${path}.partial`;
  const files: string[] = [];
  const zip = new ZipFileWriter(partial);
  const add = (name: string, text: string) => {
    zip.addText(name, text);
    files.push(name);
  };
  try {
    add('versions.json', json(versions(run, run.db)));
    let overview: unknown;
    try {
      overview = { ok: true, overview: run.settingsOverview() };
    } catch (error) {
      overview = { ok: false, error: errorOf(error) };
    }
    add('settings.json', json(overview));
    add('database.json', json(databaseFacts(run)));
    add('profile-files.json', json(folderListing(run.profileDir)));
    for (const log of listLogFiles(run.profileDir)) add(`${LOGS_DIR}/${log.name}`, redactText(readTail(log.path)));
    zip.finish();
    renameSync(partial, path);
  } catch (error) {
    zip.close();
    rmSync(partial, { force: true });
    throw error;
  }
  return { path, bytes: statSync(path).size, files };
}
