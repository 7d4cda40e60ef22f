import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Backend } from '../../electron/backend/backend.node';
import { CHECKPOINT_IDLE_MS } from '../../electron/backend/store/store.node';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
afterEach(() => vi.useRealTimers());

/** Reads the main database file alone, as if the WAL were lost: shows what was checkpointed. */
function countInMainFileOnly(dir: string): number {
  const copy = join(tempProfile(), 'main-only.db');
  copyFileSync(join(dir, DATABASE_FILE), copy);
  const db = new Database(copy, { readonly: true });
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'documents'").get() !== undefined;
  const n = hasTable ? (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n : 0;
  db.close();
  return n;
}

describe('WAL checkpoints happen when the broker pauses, not inside a save', () => {
  it('copies saved work into the main file after the idle delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const dir = tempProfile();
      const backend = new Backend({ profileDir: dir, version: 'test' });
      await backend.call('documents.create', { kind: 'declaration' });
      expect(countInMainFileOnly(dir)).toBe(0); // only in the WAL so far
      vi.advanceTimersByTime(CHECKPOINT_IDLE_MS + 1);
      expect(countInMainFileOnly(dir)).toBe(1);
      backend.close();
    } finally {
      // Files share their worker (isolate: false): the next file must get real timers back.
      vi.useRealTimers();
    }
  });

  it('leaves an empty WAL when closed', async () => {
    const dir = tempProfile();
    const backend = new Backend({ profileDir: dir, version: 'test' });
    await backend.call('documents.create', { kind: 'declaration' });
    backend.close();
    expect(statSync(join(dir, `${DATABASE_FILE}-wal`), { throwIfNoEntry: false })?.size ?? 0).toBe(0);
    expect(countInMainFileOnly(dir)).toBe(1);
  });
});
