import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The main process's small files in the profile folder (the window's layout, the interface
 * language): read whole, written through a temporary file and renamed, so a crash mid-write never
 * leaves half a JSON.
 */

/** The parsed file, or undefined when it is missing or not JSON (the caller validates the shape). */
export function readSmallJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Throws what the file system throws; the caller decides what a failed write costs. */
export function writeSmallJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value)}\n`);
  renameSync(temporary, path);
}
