import type Database from 'better-sqlite3';
import type { FeedMilestone } from '../../../shared/gateway/api';
import { insertEvent } from './event-store.node';
import { rebuildChains } from './chains.node';

/**
 * The gateway's logistics feed into the event log. A milestone names its submission by the
 * idempotency key (ClientSeqNo:revision): the outbox item with that key gives the declaration.
 * One this desktop cannot place (sent from another desktop of the enterprise, or a declaration
 * since restored from elsewhere) is kept with document_id NULL and its ClientSeqNo and bill no.,
 * and attached by attachUnmatched. source_ref starts with the feed cursor; the key and kind after
 * it keep two gateways' cursors apart when the broker points this desktop at another gateway.
 */
export function applyMilestones(db: Database.Database, milestones: readonly FeedMilestone[], now: Date): string[] {
  const byKey = db.prepare('SELECT document_id FROM outbox WHERE idempotency_key = ?');
  const bySeq = db.prepare("SELECT id AS document_id FROM documents WHERE client_seq_no = ? AND kind = 'declaration'");
  const recordedAt = now.toISOString();
  const documentIds = new Set<string>();
  for (const m of milestones) {
    const row = (byKey.get(m.idempotencyKey) ?? bySeq.get(m.clientSeqNo)) as { document_id: string } | undefined;
    const added = insertEvent(db, {
      documentId: row?.document_id ?? null,
      clientSeqNo: m.clientSeqNo,
      billNo: m.billNo,
      containerNo: null,
      kind: m.kind,
      at: new Date(m.at).toISOString(),
      source: 'gateway',
      sourceRef: `${m.cursor}:${m.idempotencyKey}:${m.kind}`,
      recordedAt,
      note: null,
    });
    if (added && row) documentIds.add(row.document_id);
  }
  for (const id of attachUnmatched(db)) documentIds.add(id);
  const changed = [...documentIds];
  rebuildChains(db, now, changed);
  return changed;
}

interface Unmatched {
  id: string;
  client_seq_no: string | null;
  bill_no: string | null;
}

/**
 * Feed events without a declaration find theirs by ClientSeqNo, else by bill of lading when
 * exactly one live declaration carries that bill no. (a bill shared by two declarations is
 * ambiguous and waits). Run at every feed pull and when a profile opens. Returns the documents
 * that gained events; the caller rebuilds their chains.
 */
export function attachUnmatched(db: Database.Database): string[] {
  const waiting = db.prepare('SELECT id, client_seq_no, bill_no FROM tracking_events WHERE document_id IS NULL AND deleted_at IS NULL').all() as Unmatched[];
  if (waiting.length === 0) return [];
  const bySeq = db.prepare("SELECT id FROM documents WHERE client_seq_no = ? AND kind = 'declaration' AND deleted_at IS NULL");
  const billOwners = declarationsByBill(db, [...new Set(waiting.flatMap((w) => (w.bill_no ? [w.bill_no] : [])))]);
  const attach = db.prepare('UPDATE tracking_events SET document_id = ? WHERE id = ?');
  const documentIds = new Set<string>();
  for (const event of waiting) {
    let documentId = event.client_seq_no ? (bySeq.get(event.client_seq_no) as { id: string } | undefined)?.id : undefined;
    const owners = event.bill_no ? (billOwners.get(event.bill_no) ?? []) : [];
    if (!documentId && owners.length === 1) documentId = owners[0];
    if (!documentId) continue;
    attach.run(documentId, event.id);
    documentIds.add(documentId);
  }
  return [...documentIds];
}

/** The live declarations carrying each bill no., in one pass over the declarations (this runs at every feed pull). */
function declarationsByBill(db: Database.Database, bills: readonly string[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  if (bills.length === 0) return owners;
  const rows = db
    .prepare(
      `SELECT d.id, json_extract(r.body, '$.data.head.billNo') AS bill FROM documents d
       JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision
       WHERE d.kind = 'declaration' AND d.deleted_at IS NULL AND json_extract(r.body, '$.data.head.billNo') IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(bills)) as { id: string; bill: string }[];
  for (const row of rows) owners.set(row.bill, [...(owners.get(row.bill) ?? []), row.id]);
  return owners;
}
