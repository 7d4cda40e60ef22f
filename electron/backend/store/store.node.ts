import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './open-database.node';
import { DocumentRepository } from './documents.node';
import { SettingsRepository } from './settings.node';

/** One profile's open database and its repositories. */
export class Store {
  readonly documents: DocumentRepository;
  readonly settings: SettingsRepository;

  private constructor(
    readonly db: Database.Database,
    readonly path: string,
    now: () => Date,
  ) {
    this.documents = new DocumentRepository(db, now);
    this.settings = new SettingsRepository(db);
  }

  static open(options: OpenOptions): Store {
    const now = options.now ?? (() => new Date());
    return new Store(openDatabase(options), join(options.profileDir, DATABASE_FILE), now);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Moves an unreadable database (and its WAL and shared-memory files) aside under a dated name,
 * so a new one can be started without destroying anything a data-recovery service might save.
 */
export function moveDatabaseAside(profileDir: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(profileDir, `${DATABASE_FILE}.unreadable-${stamp}`);
  for (const suffix of ['', '-wal', '-shm']) {
    const source = join(profileDir, DATABASE_FILE + suffix);
    if (existsSync(source)) renameSync(source, target + suffix);
  }
  return target;
}
