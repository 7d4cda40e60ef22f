import type Database from 'better-sqlite3';
import { receiptChannelEvents } from '../../../shared/model/tracking';

/** Only receipts that are a clearance step are looked at (a profile's many N/H notices are not read again each start). */
const stepChannels = Object.keys(receiptChannelEvents)
  .map((channel) => `'${channel}'`)
  .join(', ');
import { chinaTimeToUtc } from '../../../shared/metrics/china-time';
import { insertEvent } from './event-store.node';

interface UntrackedReceipt {
  id: string;
  channel: string | null;
  notice_date: string | null;
  received_at: string;
  note: string | null;
  client_seq_no: string | null;
  document_id: string;
}

/**
 * Business receipts (DEC_RESULT, DEC_DATA) matched to an outbox item that have no tracking event
 * yet get one: source 'receipt', source_ref the receipt's row id, so running this again (a crash,
 * the next batch, the catch-up at start) adds nothing twice. The step's time is NOTICE_DATE (China
 * time, no zone) or, without one, when this desktop received it. Channels that are not a clearance
 * step (N, H, M ...) add nothing. Returns the documents that got events; the caller rebuilds their
 * chains in the same transaction.
 */
export function addReceiptEvents(db: Database.Database, now: Date, outboxIds?: readonly string[]): string[] {
  const select = `SELECT r.id, r.channel, r.notice_date, r.received_at, r.note, o.client_seq_no, o.document_id
    FROM receipts r JOIN outbox o ON o.id = r.outbox_id
    LEFT JOIN tracking_events e ON e.source = 'receipt' AND e.source_ref = r.id
    WHERE r.kind <> 'import-response' AND r.channel IN (${stepChannels}) AND e.id IS NULL`;
  let rows: UntrackedReceipt[];
  if (outboxIds) {
    const ofItem = db.prepare(`${select} AND r.outbox_id = ? ORDER BY r.rowid`);
    rows = outboxIds.flatMap((id) => ofItem.all(id) as UntrackedReceipt[]);
  } else {
    rows = db.prepare(`${select} ORDER BY r.rowid`).all() as UntrackedReceipt[];
  }
  const documentIds = new Set<string>();
  const recordedAt = now.toISOString();
  for (const row of rows) {
    const kind = row.channel ? receiptChannelEvents[row.channel] : undefined;
    if (!kind) continue;
    const at = (row.notice_date && chinaTimeToUtc(row.notice_date)) || row.received_at;
    const added = insertEvent(db, {
      documentId: row.document_id,
      clientSeqNo: row.client_seq_no,
      containerNo: null,
      kind,
      at,
      source: 'receipt',
      sourceRef: row.id,
      recordedAt,
      // Customs' own words ("入库成功", a rejection's reason) travel with the step.
      note: row.note || null,
    });
    if (added) documentIds.add(row.document_id);
  }
  return [...documentIds];
}
