import { createHash, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { parseReceipt, ReceiptParseError, type Receipt } from '../../../shared/messages/receipts';
import { deriveStatus, type ReceiptPhase } from '../../../shared/messages/receipt-status';
import type { AppErrorValue } from '../../../shared/ipc/errors';
import type { DocumentStatus } from '../../../shared/model/documents';
import type { OutboxState } from '../../../shared/sync/schema';
import { getOutboxRow, setDocumentStatus, type OutboxRow } from './outbox-store.node';
import { rejectionField } from './rejection-field.node';
import { recordEntryId } from './entry-id.node';
import { addReceiptEvents } from '../tracking/receipt-events.node';
import { rebuildChains } from '../tracking/chains.node';

/**
 * Receipts in: stored once each, matched to their outbox item, and the item's state and its
 * declaration's status derived again from ALL the item's receipts (they arrive out of order;
 * the highest-ranked one wins). Callers run this inside the transaction that also commits the
 * receipts cursor, so a crash re-reads the batch and the hashes make the second reading a no-op.
 * Business receipts also become tracking events (issue 7) in that same transaction.
 */
export interface IncomingReceipt {
  xml: string;
  /** Known on the gateway feed; null from the transfer folder (matched by ClientSeqNo / SeqNo). */
  idempotencyKey: string | null;
}

export interface AppliedReceipts {
  stored: number;
  /** Documents whose receipts or status changed. */
  documentIds: string[];
  skippedUnreadable: number;
  /** Documents whose tracking events changed (tracking.changed after the commit). */
  trackedDocumentIds: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function documentStatusOf(phase: ReceiptPhase): DocumentStatus | null {
  switch (phase) {
    case 'staged':
    case 'declared':
    case 'lodged':
    case 'resend':
      return 'submitted';
    case 'accepted':
    case 'release-on-guarantee':
    case 'duty-payable':
    case 'inspection':
      return 'accepted';
    case 'released':
      return 'released';
    case 'closed':
      return 'closed';
    case 'rejected':
    case 'returned':
    case 'failed':
    case 'staging-failed':
    case 'deleted':
      return 'rejected';
    case 'unknown':
      return null;
  }
}

/** The outbox item's state follows from its declaration's status: one mapping of phases, not two. */
function outboxStateOf(phase: ReceiptPhase): OutboxState | null {
  const status = documentStatusOf(phase);
  if (status === 'submitted') return 'awaiting-receipt';
  if (status === 'accepted' || status === 'released' || status === 'closed') return 'accepted';
  if (status === 'rejected') return 'rejected';
  return null;
}

function matchOutbox(db: Database.Database, incoming: IncomingReceipt, receipt: Receipt): OutboxRow | null {
  if (incoming.idempotencyKey) {
    const row = db.prepare('SELECT * FROM outbox WHERE idempotency_key = ?').get(incoming.idempotencyKey) as OutboxRow | undefined;
    if (row) return row;
  }
  if (receipt.seqNo) {
    const row = db.prepare('SELECT * FROM outbox WHERE seq_no = ? ORDER BY revision DESC LIMIT 1').get(receipt.seqNo) as OutboxRow | undefined;
    if (row) return row;
  }
  if (receipt.kind === 'import-response' && receipt.clientSeqNo) {
    // The transfer client answers per ClientSeqNo: the newest revision that left this desktop.
    const row = db
      .prepare("SELECT * FROM outbox WHERE client_seq_no = ? AND state NOT IN ('queued', 'cancelled') ORDER BY revision DESC LIMIT 1")
      .get(receipt.clientSeqNo) as OutboxRow | undefined;
    if (row) return row;
  }
  return null;
}

/** Stores one receipt (raw XML) for an item, or as unmatched. Returns the item it belongs to, or null when already stored. */
export function storeReceipt(db: Database.Database, incoming: IncomingReceipt, now: Date): { stored: boolean; outboxId: string | null } {
  const receipt = parseReceipt(incoming.xml);
  const hash = sha256(incoming.xml);
  if (db.prepare('SELECT 1 FROM receipts WHERE sha256 = ?').get(hash)) return { stored: false, outboxId: null };
  const item = matchOutbox(db, incoming, receipt);
  const rejecting = receipt.kind !== 'import-response' && ['E', 'Z', 'Y'].includes(receipt.channel ?? '');
  const field = item && rejecting ? rejectionField(db, item.dec_message_xml, receipt.note) : null;
  const info = db
    .prepare(
      `INSERT OR IGNORE INTO receipts (id, sha256, outbox_id, kind, client_seq_no, seq_no, channel, entry_id, notice_date, note, field, received_at, raw)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      randomUUID(),
      hash,
      item?.id ?? null,
      receipt.kind,
      receipt.clientSeqNo ?? null,
      receipt.seqNo ?? null,
      // An import response keeps its ResponseCode here ('0' = imported), read back by the status derivation.
      receipt.kind === 'import-response' ? (receipt.responseCode ?? null) : (receipt.channel ?? null),
      receipt.entryId ?? null,
      receipt.noticeDate ?? null,
      receipt.note ?? receipt.errorMessage ?? null,
      field,
      now.toISOString(),
      incoming.xml,
    );
  if (info.changes === 0) return { stored: false, outboxId: null };
  if (item && receipt.seqNo && !item.seq_no) {
    db.prepare('UPDATE outbox SET seq_no = ? WHERE id = ?').run(receipt.seqNo, item.id);
    // Receipts that came before their import response (folder mode) now find their item.
    db.prepare('UPDATE receipts SET outbox_id = ? WHERE outbox_id IS NULL AND seq_no = ?').run(item.id, receipt.seqNo);
  }
  return { stored: true, outboxId: item?.id ?? null };
}

interface StatusRow {
  kind: Receipt['kind'];
  channel: string | null;
  seq_no: string | null;
  entry_id: string | null;
  notice_date: string | null;
  note: string | null;
  field: string | null;
}

function rejectionError(best: StatusRow | undefined, zh: string, en: string): AppErrorValue {
  const note = best?.note ?? '';
  return {
    code: 'INVALID_INPUT',
    messageZh: note ? `${zh}：${note}` : zh,
    messageEn: note ? `${en}: ${note}` : en,
    ...(best?.field ? { field: best.field } : {}),
  };
}

/**
 * Derives the item's state and its document's status from all the item's receipts. Returns the
 * document id when anything the UI shows changed.
 */
export function recomputeItem(db: Database.Database, outboxId: string, now: Date): string | null {
  const item = getOutboxRow(db, outboxId);
  if (!item || item.state === 'cancelled') return null;
  const rows = db
    .prepare('SELECT kind, channel, seq_no, entry_id, notice_date, note, field FROM receipts WHERE outbox_id = ? ORDER BY rowid')
    .all(outboxId) as StatusRow[];
  const receipts: Receipt[] = rows.map((r) => ({
    kind: r.kind,
    raw: '',
    ...(r.kind === 'import-response' ? { responseCode: r.channel ?? '' } : r.channel ? { channel: r.channel } : {}),
    ...(r.seq_no ? { seqNo: r.seq_no } : {}),
    ...(r.entry_id ? { entryId: r.entry_id } : {}),
    ...(r.notice_date ? { noticeDate: r.notice_date } : {}),
  }));
  const derived = deriveStatus(receipts);
  if (derived.phase === 'none') return null;
  const state = outboxStateOf(derived.phase) ?? item.state;
  let lastError = item.last_error;
  if (state === 'rejected') {
    const rejecting = [...rows].reverse().find((r) =>
      r.kind === 'import-response' ? r.channel !== '0' : ['E', 'Z', 'Y', 'D', 'A', 'F1'].includes(r.channel ?? ''),
    );
    lastError = JSON.stringify(rejectionError(rejecting, derived.zh, derived.en));
  } else if (state !== 'failed-retryable' && state !== 'queued') {
    lastError = null;
  }
  const nowIso = now.toISOString();
  db.prepare(
    `UPDATE outbox SET state = ?, receipt_status_zh = ?, receipt_status_en = ?, seq_no = coalesce(seq_no, ?), last_error = ?,
       next_attempt_at = NULL, updated_at = ? WHERE id = ?`,
  ).run(state, derived.zh, derived.en, derived.seqNo ?? null, lastError, nowIso, outboxId);

  const status = documentStatusOf(derived.phase);
  const doc = db.prepare('SELECT status FROM documents WHERE id = ?').get(item.document_id) as { status: DocumentStatus } | undefined;
  const newest = db
    .prepare("SELECT id FROM outbox WHERE document_id = ? AND state <> 'cancelled' ORDER BY revision DESC LIMIT 1")
    .get(item.document_id) as { id: string } | undefined;
  // Only the newest submission of a document that is still frozen moves its status: late receipts
  // of a rejected revision must not touch the draft the broker is already correcting.
  if (doc && doc.status !== 'draft' && newest?.id === outboxId) {
    if (status && status !== doc.status) setDocumentStatus(db, item.document_id, status, now);
    if (derived.entryId) recordEntryId(db, item.document_id, derived.entryId, now);
  }
  return item.document_id;
}

/** Stores a batch and derives every touched item again; one transaction is the caller's. */
export function applyReceipts(db: Database.Database, incoming: readonly IncomingReceipt[], now: Date): AppliedReceipts {
  const touched = new Set<string>();
  let stored = 0;
  let skippedUnreadable = 0;
  for (const receipt of incoming) {
    try {
      const result = storeReceipt(db, receipt, now);
      if (!result.stored) continue;
      stored++;
      if (result.outboxId) touched.add(result.outboxId);
    } catch (error) {
      // An unreadable receipt cannot be matched or shown; it is skipped, not allowed to block the feed.
      if (error instanceof ReceiptParseError) skippedUnreadable++;
      else throw error;
    }
  }
  const documentIds = new Set<string>();
  for (const id of touched) {
    const documentId = recomputeItem(db, id, now);
    if (documentId) documentIds.add(documentId);
  }
  // Events for the touched items' receipts, including those matched only now (folder mode's late import response).
  const trackedDocumentIds = addReceiptEvents(db, now, [...touched]);
  rebuildChains(db, now, trackedDocumentIds);
  return { stored, documentIds: [...documentIds], skippedUnreadable, trackedDocumentIds };
}
