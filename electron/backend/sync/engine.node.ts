import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import type { AppErrorValue } from '../../../shared/ipc/errors';
import type { Submission, SubmissionResult } from '../../../shared/gateway/api';
import { ReceiptParseError } from '../../../shared/messages/receipts';
import type { SyncChannelKind } from '../../../shared/sync/schema';
import type { SubmissionChannel } from './channel';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { recomputeItem, storeReceipt } from './apply-receipts.node';
import { attachmentsOf, getOutboxRow, recordAttempt, setDocumentStatus, type OutboxRow } from './outbox-store.node';

/** What one attempt taught the engine about the channel, for the connectivity logic. */
export type AttemptSignal = 'ok' | 'network' | 'busy' | 'unauthorised';

export interface EngineOptions {
  db: Database.Database;
  now: () => Date;
  /** Uniform in [0, 1): the jitter of the backoff (tests fix it). */
  random: () => number;
  /** The channel items go out through right now; null when none is usable. */
  channel: () => SubmissionChannel | null;
  /** False while offline or misconfigured: the run stops taking new items. */
  maySend: () => boolean;
  /** After every settled attempt: the document it touched and what it says about the channel. */
  onSettled: (documentId: string, signal: AttemptSignal, problem: AppErrorValue | null) => void;
  concurrency?: number;
  backoff?: BackoffPolicy;
}

/**
 * The outbox's send side. Picks due items (queued, or failed-retryable whose time has come),
 * a few in flight at once, and owns every state change they go through:
 *   queued | failed-retryable -> sending -> awaiting-receipt | rejected | failed-retryable | queued
 * An attempt whose outcome is unknown (timeout, reset after sending, crash) leaves
 * needs_status_query set: the next attempt asks the channel about the same key before any
 * resend, so a declaration is never submitted twice. A rejected item never blocks the others.
 */
export class OutboxEngine {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly controller = new AbortController();

  constructor(private readonly options: EngineOptions) {}

  /** Items a crash left in `sending`: their outcome is unknown, so they are asked about first. */
  recoverInterrupted(): number {
    const { db, now } = this.options;
    return db
      .prepare(
        "UPDATE outbox SET state = 'failed-retryable', needs_status_query = 1, next_attempt_at = NULL, updated_at = ? WHERE state = 'sending'",
      )
      .run(now().toISOString()).changes;
  }

  /** Makes every waiting item due now (sync.sendNow ignores the backoff timers). */
  makeAllDue(): void {
    const { db, now } = this.options;
    db.prepare("UPDATE outbox SET next_attempt_at = ? WHERE state = 'failed-retryable'").run(now().toISOString());
  }

  /** The earliest time a failed item becomes due on this channel, or null. */
  nextWakeAt(kind: SyncChannelKind): Date | null {
    const row = this.options.db
      .prepare("SELECT min(next_attempt_at) AS at FROM outbox WHERE state = 'failed-retryable' AND channel = ?")
      .get(kind) as { at: string | null };
    return row.at ? new Date(row.at) : null;
  }

  /** Sends what is due; resolves when nothing due is left (or sending must pause). One run at a time. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    this.controller.abort();
  }

  private async drain(): Promise<void> {
    const limit = this.options.concurrency ?? 4;
    const inFlight = new Map<string, Promise<void>>();
    while (!this.stopped) {
      while (inFlight.size < limit && this.options.maySend()) {
        const channel = this.options.channel();
        if (!channel) break;
        const row = this.nextDue(channel.kind);
        if (!row || !this.claim(row)) break;
        const attempt = this.attempt(channel, { ...row, attempts: row.attempts + 1 })
          .catch(() => undefined)
          .finally(() => inFlight.delete(row.id));
        inFlight.set(row.id, attempt);
      }
      if (inFlight.size === 0) return;
      await Promise.race(inFlight.values());
    }
    await Promise.allSettled(inFlight.values());
  }

  private nextDue(kind: SyncChannelKind): OutboxRow | null {
    const row = this.options.db
      .prepare(
        `SELECT * FROM outbox WHERE channel = ? AND (state = 'queued' OR (state = 'failed-retryable' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)))
         ORDER BY created_at, rowid LIMIT 1`,
      )
      .get(kind, this.options.now().toISOString()) as OutboxRow | undefined;
    return row ?? null;
  }

  /** Synchronous, so two runs can never take the same item. */
  private claim(row: OutboxRow): boolean {
    const { db, now } = this.options;
    return (
      db
        .prepare("UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND state IN ('queued', 'failed-retryable')")
        .run(now().toISOString(), row.id).changes === 1
    );
  }

  private submissionOf(row: OutboxRow): Submission {
    return {
      idempotencyKey: row.idempotency_key,
      clientSeqNo: row.client_seq_no,
      revision: row.revision,
      decMessageXml: row.dec_message_xml,
      attachments: attachmentsOf(this.options.db, row.id),
    };
  }

  private alive(): boolean {
    return !this.stopped && this.options.db.open;
  }

  private async attempt(channel: SubmissionChannel, row: OutboxRow): Promise<void> {
    const started = performance.now();
    const signal = this.controller.signal;
    const elapsed = () => performance.now() - started;
    if (row.needs_status_query) {
      const known = await channel.status(row.idempotency_key, signal);
      if (!this.alive()) return;
      if (known === 'unreachable') {
        const problem: AppErrorValue = {
          code: 'BACKEND_UNREACHABLE',
          messageZh: '无法向网关查询上次发送的结果，稍后重试（不会重复申报）。',
          messageEn: 'Could not ask the gateway about the last attempt; will try again later (nothing is declared twice).',
        };
        this.retryLater(row, problem, 'status-query-unreachable', true, elapsed());
        return this.settled(row, 'network', problem);
      }
      if (known) {
        this.delivered(row, known, 'status-query-found', elapsed());
        return this.settled(row, 'ok', null);
      }
      this.options.db.transaction(() => recordAttempt(this.options.db, row.id, this.options.now(), 'status-query-not-found', null, elapsed()))();
    }
    const outcome = await channel.submit(this.submissionOf(row), signal);
    if (!this.alive()) return;
    switch (outcome.kind) {
      case 'delivered':
        this.delivered(row, outcome.result, outcome.result.replayed ? 'replayed' : 'sent', elapsed());
        return this.settled(row, 'ok', null);
      case 'pending':
        this.handedOver(row, elapsed());
        return this.settled(row, 'ok', null);
      case 'unknown':
        this.retryLater(row, outcome.problem, 'unknown', true, elapsed());
        return this.settled(row, 'network', outcome.problem);
      case 'failed': {
        if (outcome.retryable) {
          this.retryLater(row, outcome.problem, 'failed', false, elapsed());
          const status = (outcome.problem.details as { status?: number } | undefined)?.status;
          return this.settled(row, status ? 'busy' : 'network', outcome.problem);
        }
        if (outcome.problem.code === 'UNAUTHORIZED') {
          this.backToQueue(row, outcome.problem, elapsed());
          return this.settled(row, 'unauthorised', outcome.problem);
        }
        this.refused(row, outcome.problem, elapsed());
        return this.settled(row, 'ok', null);
      }
    }
  }

  private settled(row: OutboxRow, signal: AttemptSignal, problem: AppErrorValue | null): void {
    this.options.onSettled(row.document_id, signal, problem);
  }

  /** The other side answered: its import response is the item's first receipt; the state follows from the receipts. */
  private delivered(row: OutboxRow, result: SubmissionResult, outcome: string, durationMs: number): void {
    const { db, now } = this.options;
    db.transaction(() => {
      const at = now();
      db.prepare("UPDATE outbox SET state = 'awaiting-receipt', needs_status_query = 0, next_attempt_at = NULL, seq_no = coalesce(seq_no, ?), updated_at = ? WHERE id = ? AND state = 'sending'").run(
        result.seqNo,
        at.toISOString(),
        row.id,
      );
      const rejection: AppErrorValue | null =
        result.status === 'rejected'
          ? {
              code: 'INVALID_INPUT',
              messageZh: `网关未导入：${result.errorMessage ?? result.responseCode}`,
              messageEn: `Not imported by the gateway: ${result.errorMessage ?? result.responseCode}`,
            }
          : null;
      recordAttempt(db, row.id, at, result.status === 'rejected' ? 'rejected' : outcome, rejection, durationMs);
      try {
        storeReceipt(db, { xml: result.importResponseXml, idempotencyKey: row.idempotency_key }, at);
      } catch (error) {
        if (!(error instanceof ReceiptParseError)) throw error;
      }
      recomputeItem(db, row.id, at);
      // The JSON answer is authoritative even when its import response XML could not be read.
      const state = getOutboxRow(db, row.id)?.state;
      if (result.status === 'rejected' && state !== 'rejected') {
        db.prepare("UPDATE outbox SET state = 'rejected', last_error = ? WHERE id = ?").run(JSON.stringify(rejection), row.id);
        setDocumentStatus(db, row.document_id, 'rejected', at);
      } else if (result.status === 'accepted') {
        const doc = db.prepare('SELECT status FROM documents WHERE id = ?').get(row.document_id) as { status: string } | undefined;
        if (doc?.status === 'queued') setDocumentStatus(db, row.document_id, 'submitted', at);
      }
    })();
  }

  /** Folder mode: the zip is in OutBox; the import response comes back through the receipts. */
  private handedOver(row: OutboxRow, durationMs: number): void {
    const { db, now } = this.options;
    db.transaction(() => {
      const at = now();
      db.prepare("UPDATE outbox SET state = 'awaiting-receipt', needs_status_query = 0, next_attempt_at = NULL, last_error = NULL, updated_at = ? WHERE id = ? AND state = 'sending'").run(
        at.toISOString(),
        row.id,
      );
      recordAttempt(db, row.id, at, 'handed-over', null, durationMs);
    })();
  }

  private retryLater(row: OutboxRow, problem: AppErrorValue, outcome: string, askFirst: boolean, durationMs: number): void {
    const { db, now, random } = this.options;
    db.transaction(() => {
      const at = now();
      const next = new Date(at.getTime() + backoffDelayMs(row.attempts, random, this.options.backoff ?? DEFAULT_BACKOFF));
      // An earlier unknown outcome stays unknown until the channel has been asked.
      db.prepare(
        `UPDATE outbox SET state = 'failed-retryable', next_attempt_at = ?, needs_status_query = max(needs_status_query, ?), last_error = ?, updated_at = ?
         WHERE id = ? AND state = 'sending'`,
      ).run(next.toISOString(), askFirst ? 1 : 0, JSON.stringify(problem), at.toISOString(), row.id);
      recordAttempt(db, row.id, at, outcome, problem, durationMs);
    })();
  }

  /** A settings problem (token refused): nothing was taken, the item waits in the queue. */
  private backToQueue(row: OutboxRow, problem: AppErrorValue, durationMs: number): void {
    const { db, now } = this.options;
    db.transaction(() => {
      const at = now();
      db.prepare("UPDATE outbox SET state = 'queued', last_error = ?, updated_at = ? WHERE id = ? AND state = 'sending'").run(JSON.stringify(problem), at.toISOString(), row.id);
      recordAttempt(db, row.id, at, 'unauthorised', problem, durationMs);
    })();
  }

  /** Refused outright (400/409/413): rejected with the gateway's reason; the document can be corrected. */
  private refused(row: OutboxRow, problem: AppErrorValue, durationMs: number): void {
    const { db, now } = this.options;
    db.transaction(() => {
      const at = now();
      const changed = db
        .prepare("UPDATE outbox SET state = 'rejected', needs_status_query = 0, next_attempt_at = NULL, last_error = ?, updated_at = ? WHERE id = ? AND state = 'sending'")
        .run(JSON.stringify(problem), at.toISOString(), row.id).changes;
      recordAttempt(db, row.id, at, 'rejected', problem, durationMs);
      if (changed) {
        const doc = db.prepare('SELECT status FROM documents WHERE id = ?').get(row.document_id) as { status: string } | undefined;
        if (doc && doc.status !== 'draft') setDocumentStatus(db, row.document_id, 'rejected', at);
      }
    })();
  }
}
