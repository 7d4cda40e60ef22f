import type Database from 'better-sqlite3';
import { AppError, AppErrorSchema, type AppErrorValue } from '../../../shared/ipc/errors';
import type { SubmissionAttachment } from '../../../shared/gateway/api';
import type {
  OutboxAttempt,
  OutboxItem,
  OutboxItemDetail,
  OutboxState,
  SyncChannelKind,
  SyncCounts,
  SyncListInput,
} from '../../../shared/sync/schema';
import { storedReceiptsOf } from './receipt-rows.node';

/** Outbox rows as SQLite holds them, and the reads the contract calls need. */
export interface OutboxRow {
  id: string;
  document_id: string;
  revision: number;
  client_seq_no: string;
  idempotency_key: string;
  title: string;
  channel: SyncChannelKind;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string | null;
  needs_status_query: number;
  last_error: string | null;
  seq_no: string | null;
  receipt_status_zh: string | null;
  receipt_status_en: string | null;
  dec_message_xml: string;
  created_at: string;
  updated_at: string;
}

const itemColumns =
  'id, document_id, revision, client_seq_no, idempotency_key, title, channel, state, attempts, next_attempt_at, needs_status_query, last_error, seq_no, receipt_status_zh, receipt_status_en, created_at, updated_at';

function parseError(text: string | null): AppErrorValue | null {
  if (!text) return null;
  const parsed = AppErrorSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

export function toOutboxItem(row: Omit<OutboxRow, 'dec_message_xml'>): OutboxItem {
  return {
    id: row.id,
    documentId: row.document_id,
    title: row.title,
    clientSeqNo: row.client_seq_no,
    revision: row.revision,
    idempotencyKey: row.idempotency_key,
    channel: row.channel,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: parseError(row.last_error),
    seqNo: row.seq_no,
    receiptStatusZh: row.receipt_status_zh,
    receiptStatusEn: row.receipt_status_en,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function outboxNotFound(id: string): AppError {
  return new AppError({
    code: 'NOT_FOUND',
    messageZh: `找不到发送队列中的条目 ${id}。`,
    messageEn: `Outbox item ${id} was not found.`,
    details: { id },
  });
}

export function getOutboxRow(db: Database.Database, id: string): OutboxRow | null {
  return (db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined) ?? null;
}

export function getOutboxItem(db: Database.Database, id: string): OutboxItem {
  const row = db.prepare(`SELECT ${itemColumns} FROM outbox WHERE id = ?`).get(id) as OutboxRow | undefined;
  if (!row) throw outboxNotFound(id);
  return toOutboxItem(row);
}

export function listOutbox(db: Database.Database, input: SyncListInput): OutboxItem[] {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: input.limit ?? 500 };
  if (input.states?.length) {
    where.push(`state IN (${input.states.map((_, i) => `@s${i}`).join(', ')})`);
    input.states.forEach((s, i) => (params[`s${i}`] = s));
  }
  if (input.documentId) {
    where.push('document_id = @documentId');
    params.documentId = input.documentId;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.prepare(`SELECT ${itemColumns} FROM outbox ${clause} ORDER BY created_at DESC, rowid DESC LIMIT @limit`).all(params) as OutboxRow[];
  return rows.map(toOutboxItem);
}

export function outboxDetail(db: Database.Database, id: string): OutboxItemDetail {
  const item = getOutboxItem(db, id);
  const history = (
    db.prepare('SELECT at, outcome, error, duration_ms FROM outbox_attempts WHERE outbox_id = ? ORDER BY id').all(id) as {
      at: string;
      outcome: string;
      error: string | null;
      duration_ms: number | null;
    }[]
  ).map((r): OutboxAttempt => ({ at: r.at, outcome: r.outcome, error: parseError(r.error), durationMs: r.duration_ms }));
  return { ...item, history, receipts: storedReceiptsOf(db, 'outbox_id = ?', [id]) };
}

export function outboxCounts(db: Database.Database): SyncCounts {
  const rows = db.prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as { state: OutboxState; n: number }[];
  const n = (state: OutboxState) => rows.find((r) => r.state === state)?.n ?? 0;
  return {
    queued: n('queued'),
    sending: n('sending'),
    failedRetryable: n('failed-retryable'),
    awaitingReceipt: n('awaiting-receipt'),
    accepted: n('accepted'),
    rejected: n('rejected'),
  };
}

export function recordAttempt(
  db: Database.Database,
  outboxId: string,
  at: Date,
  outcome: string,
  error: AppErrorValue | null,
  durationMs: number | null,
): void {
  db.prepare('INSERT INTO outbox_attempts (outbox_id, at, outcome, error, duration_ms) VALUES (?, ?, ?, ?, ?)').run(
    outboxId,
    at.toISOString(),
    outcome,
    error ? JSON.stringify(error) : null,
    durationMs === null ? null : Math.max(0, Math.round(durationMs)),
  );
}

export function attachmentsOf(db: Database.Database, outboxId: string): SubmissionAttachment[] {
  const rows = db.prepare('SELECT edoc_id, edoc_code, pdf FROM outbox_attachments WHERE outbox_id = ? ORDER BY position').all(outboxId) as {
    edoc_id: string;
    edoc_code: string;
    pdf: Buffer;
  }[];
  return rows.map((r) => ({ edocId: r.edoc_id, edocCode: r.edoc_code, pdfBase64: r.pdf.toString('base64') }));
}

/** Sets a document's workflow status (draft / queued / submitted ...); the body is not touched. */
export function setDocumentStatus(db: Database.Database, documentId: string, status: string, now: Date): void {
  db.prepare('UPDATE documents SET status = ?, updated_at = ? WHERE id = ?').run(status, now.toISOString(), documentId);
}
