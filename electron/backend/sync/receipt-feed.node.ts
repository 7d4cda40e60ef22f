import type Database from 'better-sqlite3';
import type { SubmissionChannel } from './channel';
import { applyReceipts, type AppliedReceipts } from './apply-receipts.node';
import { cursorKey, readSyncState, writeSyncState } from './sync-settings.node';

export interface PulledReceipts extends AppliedReceipts {
  /** Receipts the channel handed over (stored ones plus duplicates). */
  received: number;
}

/**
 * One pull: the receipts after the persisted cursor, applied in ONE transaction that also commits
 * the new cursor; then the channel is told it may forget them (folder mode moves its files). A
 * crash between the two re-reads the batch, and the stored hashes make that a no-op.
 */
export async function pullReceiptsOnce(
  db: Database.Database,
  channel: SubmissionChannel,
  waitMs: number,
  now: () => Date,
  signal?: AbortSignal,
): Promise<PulledReceipts | null> {
  const key = cursorKey(channel.kind);
  const cursor = readSyncState(db, key) ?? '0';
  const batch = await channel.pullReceipts(cursor, waitMs, signal);
  if (!db.open || signal?.aborted) return null;
  const applied = db.transaction(() => {
    const result = applyReceipts(db, batch.receipts, now());
    writeSyncState(db, key, batch.nextCursor);
    return result;
  })();
  await batch.acknowledge?.();
  return { ...applied, received: batch.receipts.length };
}
