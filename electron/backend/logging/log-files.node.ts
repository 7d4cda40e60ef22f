import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, parse } from 'node:path';

/** The profile's log folder: it belongs to the profile, so it moves with profile.useFolder. */
export const LOGS_DIR = 'logs';
export const BACKEND_LOG = 'backend.log';
export const MAIN_LOG = 'main.log';
/** A log file is rotated when it passes this size… */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;
/** …keeping this many previous files (backend.1.log newest … backend.3.log oldest): at most ~20 MB a log. */
export const LOG_GENERATIONS = 3;

export function logFilePath(profileDir: string, name: string): string {
  return join(profileDir, LOGS_DIR, name);
}

/** backend.log -> backend.<n>.log */
export function generationPath(path: string, n: number): string {
  const p = parse(path);
  return join(p.dir, `${p.name}.${n}${p.ext}`);
}

/**
 * Shifts backend.log to backend.1.log, backend.1.log to backend.2.log, …, dropping the oldest:
 * electron-log's archiveLogFn, kept here as a plain function so it is tested without Electron.
 */
export function rotateLogFile(path: string, generations = LOG_GENERATIONS): void {
  const oldest = generationPath(path, generations);
  if (existsSync(oldest)) rmSync(oldest, { force: true });
  for (let n = generations - 1; n >= 1; n--) {
    const from = generationPath(path, n);
    if (existsSync(from)) renameSync(from, generationPath(path, n + 1));
  }
  if (existsSync(path)) renameSync(path, generationPath(path, 1));
}

/** The settings both the backend's and Electron main's file transports get. */
export interface FileLogSettings {
  path: string;
  maxSize: number;
  archive: (path: string) => void;
}

export function fileLogSettings(profileDir: string, name: string): FileLogSettings {
  return { path: logFilePath(profileDir, name), maxSize: LOG_MAX_BYTES, archive: (path) => rotateLogFile(path) };
}

/** The profile's log files (current and rotated), with sizes, for the diagnostics zip. */
export function listLogFiles(profileDir: string): { name: string; path: string; bytes: number }[] {
  const dir = join(profileDir, LOGS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.log'))
    .sort()
    .map((name) => ({ name, path: join(dir, name), bytes: statSync(join(dir, name)).size }));
}
