import type Database from 'better-sqlite3';
import type { SubmissionChannel } from './channel';
import { applyMilestones } from '../tracking/milestone-events.node';
import { milestoneCursorKey, readSyncState, writeSyncState } from './sync-settings.node';

export interface PulledMilestones {
  /** Milestones the channel handed over (new ones plus repeats). */
  received: number;
  /** Documents whose tracking events changed. */
  documentIds: string[];
}

/**
 * One pull of the logistics feed, where the channel has one: the events and the new cursor
 * commit in ONE transaction, so a crash before the commit re-reads the page and one after it
 * never reads it again; events are unique by source_ref, so a re-read adds nothing either way.
 */
export async function pullMilestonesOnce(
  db: Database.Database,
  channel: SubmissionChannel,
  waitMs: number,
  now: () => Date,
  signal?: AbortSignal,
): Promise<PulledMilestones | null> {
  if (!channel.pullMilestones) return null;
  const key = milestoneCursorKey(channel.kind);
  const batch = await channel.pullMilestones(readSyncState(db, key) ?? '0', waitMs, signal);
  if (!db.open || signal?.aborted) return null;
  const documentIds = db.transaction(() => {
    const changed = applyMilestones(db, batch.milestones, now());
    writeSyncState(db, key, batch.nextCursor);
    return changed;
  })();
  return { received: batch.milestones.length, documentIds };
}
