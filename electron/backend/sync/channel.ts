import type { AppErrorValue } from '../../../shared/ipc/errors';
import type { FeedMilestone, Submission, SubmissionResult } from '../../../shared/gateway/api';

/**
 * A way for submissions to leave this desktop and receipts to come back: the sandbox gateway
 * over HTTP (http-channel.node.ts) or the Single Window transfer client's folders
 * (transfer-folder-channel.node.ts). The outbox engine (engine.node.ts) drives either through
 * this interface and owns every state change; a channel only moves bytes and reports outcomes.
 */
export interface SubmissionChannel {
  readonly kind: 'gateway' | 'transfer-folder';

  /** Cheap reachability check (HTTP: GET /v1/health; folder: ImpPath exists and is writable). */
  probe(signal?: AbortSignal): Promise<ProbeResult>;

  /**
   * Hands one submission over. `delivered`: the other side answered (accepted or rejected).
   * `pending`: handed over but the answer comes later (folder mode: the zip is in OutBox; the
   * import response arrives through pullReceipts). `unknown`: the outcome is unknown (timeout,
   * reset after sending): the engine must call `status` with the same key before any resend.
   * `failed`: certainly not delivered; safe to resend after backoff.
   */
  submit(submission: Submission, signal?: AbortSignal): Promise<SubmitOutcome>;

  /** Asks what happened to a key; null: the other side never received it. */
  status(idempotencyKey: string, signal?: AbortSignal): Promise<SubmissionResult | null | 'unreachable'>;

  /**
   * Receipts after `cursor` (opaque to the engine, persisted by it in the same transaction as the
   * receipts it applies). May wait up to `waitMs` for the first one (long-poll).
   */
  pullReceipts(cursor: string, waitMs: number, signal?: AbortSignal): Promise<ReceiptBatch>;

  /**
   * Logistics milestones after `cursor` (the gateway's GET /v1/milestones), persisted like the
   * receipts cursor. Absent on a channel without a logistics feed (the transfer folder).
   */
  pullMilestones?(cursor: string, waitMs: number, signal?: AbortSignal): Promise<MilestoneBatch>;

  close(): Promise<void>;
}

export type ProbeResult = { reachable: true } | { reachable: false; problem: AppErrorValue };

export type SubmitOutcome =
  | { kind: 'delivered'; result: SubmissionResult }
  | { kind: 'pending' }
  | { kind: 'unknown'; problem: AppErrorValue }
  | { kind: 'failed'; problem: AppErrorValue; retryable: boolean };

export interface ChannelReceipt {
  /** The raw XML: DecImportResponse or DEC_RESULT (parse with shared/messages/receipts.ts). */
  xml: string;
  /** The key it belongs to when the channel knows it (gateway feed); folder receipts match by ClientSeqNo/SeqNo. */
  idempotencyKey: string | null;
}

export interface MilestoneBatch {
  milestones: FeedMilestone[];
  nextCursor: string;
}

export interface ReceiptBatch {
  receipts: ChannelReceipt[];
  nextCursor: string;
  /**
   * Called by the engine after the batch is applied and the cursor committed (folder mode moves
   * or deletes the consumed InBox files here, so a crash before the commit re-reads them).
   */
  acknowledge?(): Promise<void>;
}
