import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { DATABASE_FILE, openDatabase, type OpenOptions } from './open-database.node';
import { DocumentRepository } from './documents.node';
import { SettingsRepository } from './settings.node';
import { CodeRepository } from './codes.node';
import { LibraryRepository } from './library.node';
import { TemplateRepository } from './templates.node';
import { FeeRepository } from './fees.node';
import { readExampleFeeLists } from './fee-seeds.node';

/** How long the database must be quiet before the WAL is copied back into the main file. */
export const CHECKPOINT_IDLE_MS = 500;

/** One profile's open database and its repositories. */
export class Store {
  readonly documents: DocumentRepository;
  readonly settings: SettingsRepository;
  readonly codes: CodeRepository;
  readonly library: LibraryRepository;
  readonly templates: TemplateRepository;
  readonly fees: FeeRepository;
  private checkpointTimer: NodeJS.Timeout | null = null;
  private changesAtLastCheckpoint = 0;

  private constructor(
    readonly db: Database.Database,
    readonly path: string,
    now: () => Date,
  ) {
    this.documents = new DocumentRepository(db, now);
    this.settings = new SettingsRepository(db);
    this.codes = new CodeRepository(db);
    this.library = new LibraryRepository(db, now);
    this.templates = new TemplateRepository(db, now);
    this.fees = new FeeRepository(db, now);
  }

  /**
   * `seedsDir`: load the reference data (code tables, tariff) from this folder when its files
   * changed since the last start; omitted or null, the reference tables are left as they are.
   */
  static open(options: OpenOptions & { seedsDir?: string | null }): Store {
    const now = options.now ?? (() => new Date());
    const store = new Store(openDatabase(options), join(options.profileDir, DATABASE_FILE), now);
    if (options.seedsDir) {
      try {
        store.codes.load(options.seedsDir, now);
        store.fees.loadSeedLists(readExampleFeeLists(options.seedsDir));
      } catch (error) {
        store.db.close();
        throw error;
      }
    }
    return store;
  }

  /**
   * Called after every contract call. When something was written since the last checkpoint,
   * a PASSIVE checkpoint runs once the database has been quiet for CHECKPOINT_IDLE_MS.
   * Durability does not depend on it (WAL + synchronous=FULL already made each save durable);
   * it only keeps the WAL short.
   */
  scheduleCheckpoint(): void {
    if (this.checkpointTimer || !this.db.open) return;
    if (this.totalChanges() === this.changesAtLastCheckpoint) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      if (!this.db.open) return;
      this.db.pragma('wal_checkpoint(PASSIVE)');
      this.changesAtLastCheckpoint = this.totalChanges();
    }, CHECKPOINT_IDLE_MS);
    this.checkpointTimer.unref();
  }

  close(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    if (!this.db.open) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }

  /** Prepared once: scheduleCheckpoint asks after every call, the hot lookups included. */
  private totalChangesQuery: Database.Statement<[], { n: number }> | null = null;

  private totalChanges(): number {
    this.totalChangesQuery ??= this.db.prepare<[], { n: number }>('SELECT total_changes() AS n');
    return this.totalChangesQuery.get()?.n ?? 0;
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
