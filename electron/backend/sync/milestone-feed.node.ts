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

export interface MilestonePullerOptions {
  db: () => Database.Database;
  channel: () => SubmissionChannel | null;
  now: () => Date;
  /** Whether the feed may be read now (online, configured, not stopped). */
  mayPull: () => boolean;
  /** Aborted when the service stops or its settings change. */
  signal: () => AbortSignal;
  /** Tells the UI which documents' events changed. */
  changed: (documentIds: string[]) => void;
  waitMs: number;
}

/**
 * Reads the logistics feed one page at a time, never two at once (so the cursor only moves
 * forward), and with timers in its own long-poll loop beside the receipts loop: milestones keep
 * coming after the last receipt (a gate-out days after release) and must not wait on that loop.
 */
export class MilestonePuller {
  private inFlight = false;
  private looping = false;

  constructor(private readonly options: MilestonePullerOptions) {}

  /** One page; null when the channel has no logistics feed or a pull is already under way. */
  async pullOnce(waitMs: number): Promise<PulledMilestones | null> {
    const channel = this.options.channel();
    if (!channel?.pullMilestones || this.inFlight) return null;
    this.inFlight = true;
    try {
      const pulled = await pullMilestonesOnce(this.options.db(), channel, waitMs, this.options.now, this.options.signal());
      if (pulled?.documentIds.length) this.options.changed(pulled.documentIds);
      return pulled;
    } finally {
      this.inFlight = false;
    }
  }

  /** Starts the long-poll loop unless it runs; it ends when the service may not pull, and the next good probe starts it again. */
  ensureLooping(): void {
    if (this.looping || !this.options.channel()?.pullMilestones) return;
    this.looping = true;
    const signal = this.options.signal();
    void (async () => {
      try {
        while (this.options.mayPull() && !signal.aborted) {
          const pulled = await this.pullOnce(this.options.waitMs).catch(() => null);
          // Nothing new at once, another pull under way, or a failure (the receipts loop reports connectivity): breathe.
          if (!pulled || pulled.received === 0) await new Promise((r) => setTimeout(r, 1_000).unref());
        }
      } finally {
        this.looping = false;
        // Stopped by a settings change while still online: read the new channel's feed straight away.
        if (signal.aborted && this.options.mayPull()) this.ensureLooping();
      }
    })();
  }
}
