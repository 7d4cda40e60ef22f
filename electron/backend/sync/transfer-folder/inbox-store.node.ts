import type Database from 'better-sqlite3';
import type { ReceiptKind } from '../../../../shared/messages/receipts';

/** One InBox file as read, kept verbatim (table transfer_folder_inbox, migration 0009). */
export interface InboxRow {
  seq: number;
  sha256: string;
  fileName: string;
  kind: ReceiptKind;
  zipStem: string | null;
  clientSeqNo: string | null;
  seqNo: string | null;
  responseCode: string | null;
  xml: string;
  readAt: string;
}

export type NewInboxRow = Omit<InboxRow, 'seq' | 'readAt'> & { receiptKey: string | null };

const columns = `seq, sha256, file_name AS fileName, kind, zip_stem AS zipStem, client_seq_no AS clientSeqNo,
  seq_no AS seqNo, response_code AS responseCode, xml, read_at AS readAt`;

/** The channel's SQLite bookkeeping: what was read (deduplicated) and what was retried. */
export class InboxStore {
  private readonly insertRow;
  private readonly bySha;
  private readonly byReceiptKey;
  private readonly afterCursor;
  private readonly lastResponseForStem;
  private readonly lastResponseForClientSeq;
  private readonly maxSeqStmt;
  private readonly retryRow;
  private readonly upsertRetry;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {
    this.insertRow = db.prepare(`INSERT INTO transfer_folder_inbox
      (sha256, receipt_key, file_name, kind, zip_stem, client_seq_no, seq_no, response_code, xml, read_at)
      VALUES (@sha256, @receiptKey, @fileName, @kind, @zipStem, @clientSeqNo, @seqNo, @responseCode, @xml, @readAt)
      ON CONFLICT DO NOTHING`);
    this.bySha = db.prepare('SELECT seq FROM transfer_folder_inbox WHERE sha256 = ?').pluck();
    this.byReceiptKey = db.prepare('SELECT seq FROM transfer_folder_inbox WHERE receipt_key = ?').pluck();
    this.afterCursor = db.prepare(`SELECT ${columns} FROM transfer_folder_inbox WHERE seq > ? ORDER BY seq LIMIT ?`);
    this.lastResponseForStem = db.prepare(`SELECT ${columns} FROM transfer_folder_inbox
      WHERE kind = 'import-response' AND zip_stem = ? AND seq > ? ORDER BY seq DESC LIMIT 1`);
    // A response whose file name did not say which zip it answers: matched by ClientSeqNo alone.
    this.lastResponseForClientSeq = db.prepare(`SELECT ${columns} FROM transfer_folder_inbox
      WHERE kind = 'import-response' AND zip_stem IS NULL AND client_seq_no = ? AND seq > ? ORDER BY seq DESC LIMIT 1`);
    this.maxSeqStmt = db.prepare('SELECT coalesce(max(seq), 0) FROM transfer_folder_inbox').pluck();
    this.retryRow = db.prepare('SELECT attempts, after_seq AS afterSeq FROM transfer_folder_retries WHERE zip_stem = ?');
    this.upsertRetry = db.prepare(`INSERT INTO transfer_folder_retries (zip_stem, attempts, after_seq, retried_at)
      VALUES (?, 1, ?, ?) ON CONFLICT (zip_stem) DO UPDATE SET attempts = attempts + 1, after_seq = excluded.after_seq,
      retried_at = excluded.retried_at`);
  }

  /** Records a file's content once; returns the seq it is (or already was) stored under. */
  add(row: NewInboxRow): { seq: number; isNew: boolean } {
    const result = this.insertRow.run({ ...row, readAt: this.now().toISOString() });
    if (result.changes === 1) return { seq: Number(result.lastInsertRowid), isNew: true };
    const seq = (this.bySha.get(row.sha256) ?? (row.receiptKey ? this.byReceiptKey.get(row.receiptKey) : undefined)) as number | undefined;
    if (seq === undefined) throw new Error(`transfer_folder_inbox: conflict without a row for ${row.fileName}`);
    return { seq, isNew: false };
  }

  seqOfSha(sha256: string): number | undefined {
    return this.bySha.get(sha256) as number | undefined;
  }

  after(cursor: number, limit: number): InboxRow[] {
    return this.afterCursor.all(cursor, limit) as InboxRow[];
  }

  lastImportResponse(stem: string, clientSeqNo: string, afterSeq: number): InboxRow | undefined {
    return (this.lastResponseForStem.get(stem, afterSeq) ?? this.lastResponseForClientSeq.get(clientSeqNo, afterSeq)) as InboxRow | undefined;
  }

  maxSeq(): number {
    return this.maxSeqStmt.get() as number;
  }

  retries(stem: string): { attempts: number; afterSeq: number } {
    return (this.retryRow.get(stem) as { attempts: number; afterSeq: number } | undefined) ?? { attempts: 0, afterSeq: 0 };
  }

  /** Counts one more FailBox -> OutBox retry; responses up to now no longer answer for the zip. */
  recordRetry(stem: string): void {
    this.db.transaction(() => this.upsertRetry.run(stem, this.maxSeq(), this.now().toISOString()))();
  }
}
