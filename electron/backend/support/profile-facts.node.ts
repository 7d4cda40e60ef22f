import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

export interface MigrationRow {
  id: number;
  name: string;
  hash: string;
  applied_at: string;
}

export function migrationRows(db: Database.Database): MigrationRow[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) return [];
  return db.prepare('SELECT id, name, hash, applied_at FROM schema_migrations ORDER BY id').all() as MigrationRow[];
}

/** Row counts of every table of ours (SQLite's internal tables left out). */
export function tableCounts(db: Database.Database): Record<string, number> {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const counts: Record<string, number> = {};
  for (const name of names) {
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  }
  return counts;
}

/** PRAGMA integrity_check / quick_check: ['ok'] for a sound database, else SQLite's findings. */
export function checkDatabase(db: Database.Database, pragma: 'integrity_check' | 'quick_check'): string[] {
  return (db.prepare(`PRAGMA ${pragma}(100)`).all() as Record<string, string>[]).map((row) => String(Object.values(row)[0]));
}

export interface FolderEntry {
  path: string;
  bytes: number | null;
}

/** Names and sizes only (never contents) of the profile folder, a few levels deep. */
export function folderListing(dir: string, maxDepth = 3, maxEntries = 2000): FolderEntry[] {
  const out: FolderEntry[] = [];
  const walk = (folder: string, prefix: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (out.length >= maxEntries) return;
      const full = join(folder, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      try {
        const stat = statSync(full);
        if (stat.isDirectory()) {
          out.push({ path: `${rel}/`, bytes: null });
          if (depth < maxDepth) walk(full, rel, depth + 1);
        } else out.push({ path: rel, bytes: stat.size });
      } catch {
        out.push({ path: rel, bytes: null });
      }
    }
  };
  walk(dir, '', 1);
  return out;
}

export const timestampForFile = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');
