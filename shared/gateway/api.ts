import { z } from 'zod';

/**
 * The sandbox gateway's HTTP API (server/), version 1: the one description both the gateway and
 * the desktop's sync channel (electron/backend/sync) are typed from. JSON bodies, UTF-8.
 *
 * Every request except `GET /v1/health` carries `Authorization: Bearer <device token>`; the token
 * names a device of one enterprise (tenant), and every read and write is scoped to it.
 *
 *   GET  /v1/health                         -> Health                 (no token; connectivity probe)
 *   POST /v1/submissions        Submission   -> SubmissionResult        201 new, 200 replayed
 *   GET  /v1/submissions/:key                -> SubmissionResult        404 when the key is unknown
 *   GET  /v1/receipts?after=&limit=&waitMs=  -> ReceiptPage             long-poll: waits up to waitMs for one
 *   GET  /v1/receipts/stream                 -> text/event-stream       `id:` cursor, `event: receipt`, data FeedReceipt;
 *                                                                       resumes from Last-Event-ID or ?after=
 *   GET  /v1/milestones?after=&limit=&waitMs= -> MilestonePage          logistics feed (tracking issue)
 *
 * Failures answer with a status code and GatewayErrorBody; the messages are shown to brokers.
 */

export const API_VERSION = 'v1';

/** `<ClientSeqNo>:<revision>`: the same declaration revision always has the same key. */
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{1,18}:\d{1,9}$/);
export type IdempotencyKey = z.infer<typeof IdempotencyKey>;

export function idempotencyKeyOf(clientSeqNo: string, revision: number): string {
  return `${clientSeqNo}:${revision}`;
}

export const HealthSchema = z.object({
  ok: z.literal(true),
  service: z.literal('clearway-gateway'),
  version: z.string(),
  /** The gateway's clock (ISO UTC), so a client can see its own clock drift. */
  time: z.iso.datetime(),
});
export type Health = z.infer<typeof HealthSchema>;

/** One signed PDF attachment; `edocId` is the file name the DecMessage's EdocRealation names. */
export const SubmissionAttachmentSchema = z.object({
  edocId: z.string().min(1).max(64),
  /** 00000001 invoice, 00000002 packing list, ... (EdocCode). */
  edocCode: z.string().min(1).max(8),
  pdfBase64: z.string().min(1),
});
export type SubmissionAttachment = z.infer<typeof SubmissionAttachmentSchema>;

export const SubmissionSchema = z.object({
  idempotencyKey: IdempotencyKey,
  clientSeqNo: z.string().min(1).max(18),
  revision: z.number().int().positive(),
  /** The DecMessage XML exactly as built by shared/messages/dec-message.ts. */
  decMessageXml: z.string().min(1),
  attachments: z.array(SubmissionAttachmentSchema).max(50),
});
export type Submission = z.infer<typeof SubmissionSchema>;

/**
 * The gateway's answer, shaped after DecImportResponse (spec §6.1). `accepted`: imported, SeqNo
 * assigned, receipts will follow on the feed (a rule violation arrives later as an E receipt).
 * `rejected`: not imported (bad signature, unparseable message); `errorMessage` says why and the
 * same key answers the same forever. `replayed` is true when the key had been seen before.
 */
export const SubmissionResultSchema = z.object({
  idempotencyKey: IdempotencyKey,
  clientSeqNo: z.string(),
  status: z.enum(['accepted', 'rejected']),
  responseCode: z.string(),
  seqNo: z.string().nullable(),
  errorMessage: z.string().nullable(),
  /** The DecImportResponse XML, kept verbatim by the client as the first receipt. */
  importResponseXml: z.string(),
  receivedAt: z.iso.datetime(),
  replayed: z.boolean(),
});
export type SubmissionResult = z.infer<typeof SubmissionResultSchema>;

/** One business receipt on the feed. `cursor` increases strictly in the order the feed serves. */
export const FeedReceiptSchema = z.object({
  cursor: z.string().regex(/^\d+$/),
  idempotencyKey: IdempotencyKey,
  clientSeqNo: z.string(),
  seqNo: z.string(),
  channel: z.string(),
  /** The raw DEC_RESULT XML (parse with shared/messages/receipts.ts). */
  xml: z.string(),
  deliveredAt: z.iso.datetime(),
});
export type FeedReceipt = z.infer<typeof FeedReceiptSchema>;

export const ReceiptPageSchema = z.object({
  receipts: z.array(FeedReceiptSchema),
  /** Pass as `after` next time; equal to the request's `after` when the page is empty. */
  nextCursor: z.string().regex(/^\d+$/),
});
export type ReceiptPage = z.infer<typeof ReceiptPageSchema>;

/** Import: the vessel and the box; export: the goods' arrival in the supervised area (运抵) before loading. */
export const MilestoneKind = z.enum(['vessel-arrival', 'discharge', 'terminal-release', 'edo-issued', 'gate-out', 'goods-arrival']);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

export const FeedMilestoneSchema = z.object({
  cursor: z.string().regex(/^\d+$/),
  idempotencyKey: IdempotencyKey,
  clientSeqNo: z.string(),
  seqNo: z.string(),
  /** Bill of lading (提运单号) from the declaration, when it had one. */
  billNo: z.string().nullable(),
  kind: MilestoneKind,
  /** When it happened in the simulated world (ISO UTC). */
  at: z.iso.datetime(),
});
export type FeedMilestone = z.infer<typeof FeedMilestoneSchema>;

export const MilestonePageSchema = z.object({
  milestones: z.array(FeedMilestoneSchema),
  nextCursor: z.string().regex(/^\d+$/),
});
export type MilestonePage = z.infer<typeof MilestonePageSchema>;

export const FeedQuerySchema = z.object({
  after: z.string().regex(/^\d+$/).default('0'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  /** Long-poll: wait up to this long for the first new item (0 = answer at once). */
  waitMs: z.coerce.number().int().min(0).max(30_000).default(0),
});
export type FeedQuery = z.infer<typeof FeedQuerySchema>;

export const GatewayErrorCode = z.enum([
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INVALID_REQUEST',
  'NOT_FOUND',
  /** The idempotency key was used before with a different payload. */
  'IDEMPOTENCY_KEY_REUSED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
]);
export type GatewayErrorCode = z.infer<typeof GatewayErrorCode>;

export const GatewayErrorBodySchema = z.object({
  error: z.object({
    code: GatewayErrorCode,
    messageZh: z.string(),
    messageEn: z.string(),
    field: z.string().optional(),
  }),
});
export type GatewayErrorBody = z.infer<typeof GatewayErrorBodySchema>;
