import { z } from 'zod';
import { AppErrorSchema } from '../ipc/errors';
import { ReceiptKind } from '../messages/receipts';

/**
 * Submission and receipts as the UI sees them (contract calls `sync.*`, `receipts.*`).
 *
 * An outbox item is one frozen declaration revision on its way to customs. States:
 *   queued            waiting to be sent (can be cancelled)
 *   sending           handed to the channel; after a crash or timeout the outcome is unknown, so the
 *                     next attempt first asks the gateway about the same key before any resend
 *   failed-retryable  the last attempt failed in a way worth retrying; `nextAttemptAt` says when
 *   awaiting-receipt  the gateway (or transfer client) took it: SeqNo known, business receipts pending
 *   accepted          customs accepted it (J or later receipt)
 *   rejected          refused (import failure, E/Z/Y receipt): never blocks the queue
 *   cancelled         withdrawn by the broker while still queued; the document is a draft again
 */
export const OutboxState = z.enum([
  'queued',
  'sending',
  'failed-retryable',
  'awaiting-receipt',
  'accepted',
  'rejected',
  'cancelled',
]);
export type OutboxState = z.infer<typeof OutboxState>;

/** How submissions leave this desktop: the sandbox gateway over HTTP, or the transfer-client folder. */
export const SyncChannelKind = z.enum(['gateway', 'transfer-folder']);
export type SyncChannelKind = z.infer<typeof SyncChannelKind>;

const IsoTime = z.iso.datetime();

export const OutboxItemSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  title: z.string(),
  clientSeqNo: z.string(),
  revision: z.number().int().positive(),
  idempotencyKey: z.string(),
  channel: SyncChannelKind,
  state: OutboxState,
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: IsoTime.nullable(),
  /** The last failure, in zh/en, with the field it names when it names one. */
  lastError: AppErrorSchema.nullable(),
  seqNo: z.string().nullable(),
  /** Derived from all receipts of this revision (highest rank wins). */
  receiptStatusZh: z.string().nullable(),
  receiptStatusEn: z.string().nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

export const OutboxAttemptSchema = z.object({
  at: IsoTime,
  /** sent | replayed | status-query | timeout | network-error | rejected | accepted ... */
  outcome: z.string(),
  error: AppErrorSchema.nullable(),
  durationMs: z.number().int().nonnegative().nullable(),
});
export type OutboxAttempt = z.infer<typeof OutboxAttemptSchema>;

/** A receipt as stored on the desktop: appended, never overwritten. */
export const StoredReceiptSchema = z.object({
  id: z.string(),
  documentId: z.string().nullable(),
  revision: z.number().int().positive().nullable(),
  kind: ReceiptKind,
  channel: z.string().nullable(),
  seqNo: z.string().nullable(),
  entryId: z.string().nullable(),
  noticeDate: z.string().nullable(),
  note: z.string().nullable(),
  /** The channel meaning in both languages (shared/messages/receipt-status.ts). */
  meaningZh: z.string(),
  meaningEn: z.string(),
  /** A rejection that names a rule or field: where the editor should jump. */
  field: z.string().nullable(),
  receivedAt: IsoTime,
  raw: z.string(),
});
export type StoredReceipt = z.infer<typeof StoredReceiptSchema>;

export const OutboxItemDetailSchema = OutboxItemSchema.extend({
  history: z.array(OutboxAttemptSchema),
  receipts: z.array(StoredReceiptSchema),
});
export type OutboxItemDetail = z.infer<typeof OutboxItemDetailSchema>;

export const SyncCountsSchema = z.object({
  queued: z.number().int().nonnegative(),
  sending: z.number().int().nonnegative(),
  failedRetryable: z.number().int().nonnegative(),
  awaitingReceipt: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});
export type SyncCounts = z.infer<typeof SyncCountsSchema>;

export const SyncSettingsSchema = z.object({
  channel: SyncChannelKind,
  /** e.g. http://127.0.0.1:8787 (the gateway's base URL). */
  gatewayUrl: z.string().max(500).nullable(),
  /** True when a device token is stored (the token itself never crosses back to the UI). */
  hasDeviceToken: z.boolean(),
  /** Transfer-client ImpPath, e.g. C:\ImpPath. */
  impPath: z.string().max(1000).nullable(),
  /** Send automatically when the channel is reachable (default true). */
  autoSend: z.boolean(),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const SyncConfigureInputSchema = z
  .object({
    channel: SyncChannelKind.optional(),
    gatewayUrl: z.url().max(500).nullable().optional(),
    /** Set to store a new device token; null forgets it. */
    deviceToken: z.string().min(10).max(500).nullable().optional(),
    impPath: z.string().min(1).max(1000).nullable().optional(),
    autoSend: z.boolean().optional(),
  })
  .strict();
export type SyncConfigureInput = z.infer<typeof SyncConfigureInputSchema>;

export const SyncStatusSchema = z.object({
  settings: SyncSettingsSchema,
  /** Whether the chosen channel answered its last probe; null before the first probe. */
  online: z.boolean().nullable(),
  lastContactAt: IsoTime.nullable(),
  /** Why the channel is unreachable or unusable (not configured, unauthorised ...). */
  problem: AppErrorSchema.nullable(),
  counts: SyncCountsSchema,
  /** Items in `sending` right now (for a progress line). */
  sendingNow: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SyncListInputSchema = z
  .object({
    states: z.array(OutboxState).max(7).optional(),
    documentId: z.string().min(1).max(64).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type SyncListInput = z.infer<typeof SyncListInputSchema>;

export const ReceiptsArrivedSchema = z.object({
  documentIds: z.array(z.string()),
  count: z.number().int().nonnegative(),
});
