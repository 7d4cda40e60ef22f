import type Database from 'better-sqlite3';
import { channelMeaning } from '../../../shared/messages/receipt-status';
import type { ReceiptKind } from '../../../shared/messages/receipts';
import type { StoredReceipt } from '../../../shared/sync/schema';

/** Stored receipts as the UI sees them, with the meaning of each in both languages. */
interface ReceiptRow {
  id: string;
  kind: ReceiptKind;
  document_id: string | null;
  revision: number | null;
  channel: string | null;
  seq_no: string | null;
  entry_id: string | null;
  notice_date: string | null;
  note: string | null;
  field: string | null;
  received_at: string;
  raw: string;
  response_code: string | null;
}

export function receiptMeaning(kind: ReceiptKind, channel: string | null, importSucceeded: boolean): { zh: string; en: string } {
  if (kind === 'import-response') return importSucceeded ? { zh: '导入成功', en: 'Imported' } : { zh: '导入失败', en: 'Import failed' };
  const meaning = channelMeaning(channel ?? undefined);
  return { zh: meaning.zh, en: meaning.en };
}

/** `where` filters receipts `r` (joined with their outbox item `o`); ordered as they arrived. */
export function storedReceiptsOf(db: Database.Database, where: string, params: unknown[]): StoredReceipt[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.kind, o.document_id, o.revision, r.channel, r.seq_no, r.entry_id, r.notice_date, r.note, r.field,
              r.received_at, r.raw, r.channel AS response_code
       FROM receipts r LEFT JOIN outbox o ON o.id = r.outbox_id WHERE ${where} ORDER BY r.received_at, r.rowid`,
    )
    .all(...params) as ReceiptRow[];
  return rows.map((r) => {
    // An import response keeps its ResponseCode in `channel` ('0' = imported).
    const meaning = receiptMeaning(r.kind, r.channel, r.response_code === '0');
    return {
      id: r.id,
      documentId: r.document_id,
      revision: r.revision,
      kind: r.kind,
      channel: r.kind === 'import-response' ? null : r.channel,
      seqNo: r.seq_no,
      entryId: r.entry_id,
      noticeDate: r.notice_date,
      note: r.note,
      meaningZh: meaning.zh,
      meaningEn: meaning.en,
      field: r.field,
      receivedAt: r.received_at,
      raw: r.raw,
    };
  });
}
