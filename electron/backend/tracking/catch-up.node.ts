import type Database from 'better-sqlite3';
import { addReceiptEvents } from './receipt-events.node';
import { attachUnmatched } from './milestone-events.node';
import { rebuildChains } from './chains.node';

/**
 * When a profile opens: receipts stored before the tracking migration (or by a version without
 * it) get their events, and feed events whose declaration has appeared since are attached; one
 * transaction, and nothing happens twice (events are unique by source_ref). Returns the documents
 * whose events changed.
 */
export function catchUpTracking(db: Database.Database, now: Date): string[] {
  return db.transaction(() => {
    const changed = new Set([...addReceiptEvents(db, now), ...attachUnmatched(db)]);
    const ids = [...changed];
    rebuildChains(db, now, ids);
    return ids;
  })();
}
