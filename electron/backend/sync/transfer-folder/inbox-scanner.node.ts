import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isInProgressName } from './layout.node';

export interface FinishedFile {
  name: string;
  path: string;
  size: number;
  mtimeMs: number;
}

interface Observation {
  size: number;
  mtimeMs: number;
  /** Consecutive scans that saw exactly this size and mtime. */
  sightings: number;
}

/**
 * Stable-file detection (spec §7, from S18): the transfer client may still be writing a receipt
 * under its final name, so a file counts as finished only once `stableScans` consecutive scans saw
 * the same size and mtime. `.tmp`/`.temp` and hidden files are skipped; sub-folders (processed)
 * are not entered. Pure bookkeeping over stat(): no timers, the caller decides when to scan.
 */
export class InboxScanner {
  private readonly seen = new Map<string, Observation>();

  constructor(
    private readonly dir: string,
    private readonly stableScans = 2,
  ) {}

  /** One scan; returns the files that are finished now (possibly again, until forget()). */
  scan(): { finished: FinishedFile[]; growing: number } {
    const present = new Set<string>();
    const finished: FinishedFile[] = [];
    let growing = 0;
    for (const entry of readdirSync(this.dir, { withFileTypes: true })) {
      if (!entry.isFile() || isInProgressName(entry.name)) continue;
      const path = join(this.dir, entry.name);
      let size: number;
      let mtimeMs: number;
      try {
        ({ size, mtimeMs } = statSync(path));
      } catch {
        continue; // moved away between readdir and stat
      }
      present.add(entry.name);
      const before = this.seen.get(entry.name);
      const same = before !== undefined && before.size === size && before.mtimeMs === mtimeMs;
      const sightings = same ? before.sightings + 1 : 1;
      this.seen.set(entry.name, { size, mtimeMs, sightings });
      if (sightings >= this.stableScans && size > 0) finished.push({ name: entry.name, path, size, mtimeMs });
      else growing += 1;
    }
    for (const name of [...this.seen.keys()]) if (!present.has(name)) this.seen.delete(name);
    finished.sort((a, b) => a.mtimeMs - b.mtimeMs || a.name.localeCompare(b.name));
    return { finished, growing };
  }

  /** After a file was moved away (or must be looked at afresh). */
  forget(name: string): void {
    this.seen.delete(name);
  }
}
