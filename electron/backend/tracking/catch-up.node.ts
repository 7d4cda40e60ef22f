import type Database from 'better-sqlite3';
import { addReceiptEvents } from './receipt-events.node';
import { attachUnmatched } from './milestone-events.node';
import { rebuildChains } from './chains.node';

/** Set once the receipts stored before tracking existed have their events; from then on applyReceipts adds them. */
const RECEIPTS_CAUGHT_UP = 'tracking.receipts-caught-up';

/**
 * When a profile opens: receipts stored before the tracking migration get their events (once per
 * profile: every later receipt gets its event in the transaction that stores it, so the scan over
 * all receipts is not repeated at each start), and feed events whose declaration has appeared
 * since are attached; one transaction, and nothing happens twice (events are unique by
 * source_ref). Returns the documents whose events changed.
 */
export function catchUpTracking(db: Database.Database, now: Date): string[] {
  return db.transaction(() => {
    const caughtUp = db.prepare('SELECT 1 FROM meta WHERE key = ?').get(RECEIPTS_CAUGHT_UP) !== undefined;
    const fromReceipts = caughtUp ? [] : addReceiptEvents(db, now);
    if (!caughtUp) db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(RECEIPTS_CAUGHT_UP, now.toISOString());
    const changed = new Set([...fromReceipts, ...attachUnmatched(db)]);
    const ids = [...changed];
    rebuildChains(db, now, ids);
    return ids;
  })();
}
