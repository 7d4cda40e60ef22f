import { z } from 'zod';
import { Direction } from './declaration';

/**
 * Clearance tracking (issue 7): one event log per declaration, and per container where an event
 * is per container (discharge, gate-out ...). Customs events come from receipts, logistics events
 * from the gateway's logistics feed, a CSV/Excel import, or a person. Each keeps its source and the
 * time it was recorded; nothing here is ever overwritten (a wrong manual or imported event is
 * deleted and entered again).
 *
 * Steps follow a WCO Time Release Study (clearance-and-fees.md §1, §3). Where the receipts and
 * the TRS disagree on names, TRS "acceptance" (registration, M5) is the customs 接单 receipt L.
 */
export const TrackingEventKind = z.enum([
  // Logistics (not customs receipts): carrier, terminal, single-window logistics data.
  'vessel-arrival', //    M2 船舶抵港 (import "arrival")
  'goods-arrival', //     运抵: goods in the supervised area (export "arrival")
  'discharge', //         M3 卸船/理货
  // Customs (receipts; CHANNEL codes in brackets).
  'declared', //          M4 申报成功 (7)
  'accepted', //          M5 海关接单/入库成功 (L)
  'assessed', //          M6 审结 (J, G)
  'duty-payable', //      M7 需交税费 (T)
  'guarantee-release', // 担保放行 (K, B)
  'inspection-ordered', //M8 查验通知 (C, W)
  'inspection-done', //   M8 查验完毕 (no receipt: terminal status, import or by hand)
  'released', //          M10 海关放行 (P, F, I, X)
  'closed', //            结关 (R)
  'rejected', //          退单 / 申报失败 (E, Y)
  'returned', //          退回修改 (Z)
  'deleted', //           删单 (D, A)
  // Logistics after release.
  'terminal-release', //  码头放行
  'edo-issued', //        电子提货单 EDO
  'gate-out', //          M11 提离/出闸
]);
export type TrackingEventKind = z.infer<typeof TrackingEventKind>;

export const trackingEventNames: Record<TrackingEventKind, { zh: string; en: string }> = {
  'vessel-arrival': { zh: '船舶抵港', en: 'Vessel arrival' },
  'goods-arrival': { zh: '货物运抵', en: 'Goods arrival' },
  discharge: { zh: '卸船', en: 'Discharge' },
  declared: { zh: '申报', en: 'Declared' },
  accepted: { zh: '海关接单', en: 'Accepted' },
  assessed: { zh: '审结', en: 'Assessed' },
  'duty-payable': { zh: '需交税费', en: 'Duty payable' },
  'guarantee-release': { zh: '担保放行', en: 'Release on guarantee' },
  'inspection-ordered': { zh: '查验通知', en: 'Inspection ordered' },
  'inspection-done': { zh: '查验完毕', en: 'Inspection done' },
  released: { zh: '海关放行', en: 'Released' },
  closed: { zh: '结关', en: 'Closed' },
  rejected: { zh: '退单', en: 'Rejected' },
  returned: { zh: '退回修改', en: 'Returned for modification' },
  deleted: { zh: '删单', en: 'Deleted' },
  'terminal-release': { zh: '码头放行', en: 'Terminal release' },
  'edo-issued': { zh: '电子提货单签发', en: 'EDO issued' },
  'gate-out': { zh: '提离出闸', en: 'Gate-out' },
};

/** Receipt CHANNEL -> tracking event; channels not listed (N, H, M, S0 ...) are not clearance steps. */
export const receiptChannelEvents: Readonly<Record<string, TrackingEventKind>> = {
  '7': 'declared',
  L: 'accepted',
  J: 'assessed',
  G: 'assessed',
  T: 'duty-payable',
  K: 'guarantee-release',
  B: 'guarantee-release',
  C: 'inspection-ordered',
  W: 'inspection-ordered',
  P: 'released',
  F: 'released',
  I: 'released',
  X: 'released',
  R: 'closed',
  E: 'rejected',
  Y: 'rejected',
  Z: 'returned',
  D: 'deleted',
  A: 'deleted',
};

export const TrackingEventSource = z.enum(['receipt', 'gateway', 'import', 'manual']);
export type TrackingEventSource = z.infer<typeof TrackingEventSource>;

/** Container number (ISO 6346 shape, checked loosely: owner code + serial + check digit). */
export const ContainerNo = z.string().regex(/^[A-Z]{4}\d{7}$/);

/** 查验结果: 无异常 (no problem: the enterprise does not pay inspection handling) or 有异常. */
export const InspectionOutcome = z.enum(['no-problem', 'problem-found']);
export type InspectionOutcome = z.infer<typeof InspectionOutcome>;
export const inspectionOutcomeNames: Record<InspectionOutcome, { zh: string; en: string }> = {
  'no-problem': { zh: '查验无异常', en: 'no problem found' },
  'problem-found': { zh: '查验有异常', en: 'problem found' },
};

export const TrackingEventSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  /** Null: the event is about the whole declaration. */
  containerNo: z.string().nullable(),
  kind: TrackingEventKind,
  /** When it happened (ISO UTC). */
  at: z.iso.datetime(),
  source: TrackingEventSource,
  /** When this desktop recorded it (ISO UTC). */
  recordedAt: z.iso.datetime(),
  note: z.string().nullable(),
  /** What an inspection found (inspection-done only; null: not recorded). The fee audit's FEE-007 reads it. */
  outcome: InspectionOutcome.nullable(),
  /** Only manual and imported events can be deleted; receipts and feed events are facts. */
  deletable: z.boolean(),
});
export type TrackingEvent = z.infer<typeof TrackingEventSchema>;

export const AddTrackingEventInput = z
  .object({
    documentId: z.string().min(1).max(64),
    kind: TrackingEventKind,
    at: z.iso.datetime({ offset: true }),
    containerNo: ContainerNo.optional(),
    note: z.string().max(200).optional(),
    outcome: InspectionOutcome.optional(),
  })
  .strict()
  .refine((e) => e.outcome === undefined || e.kind === 'inspection-done', {
    path: ['outcome'],
    message: 'only an inspection-done event has an outcome / 只有“查验完毕”事件有查验结果',
  });
export type AddTrackingEventInput = z.infer<typeof AddTrackingEventInput>;

/**
 * One step of a declaration's timeline. The standard steps of its direction are always listed
 * (awaited until they happen); optional ones (duty, guarantee, inspection) only when they did.
 * `hoursFromPrevious` is the time since the previous DONE step in the list and may be negative:
 * declared before the vessel arrived (提前申报) is normal.
 */
export const TimelineStepSchema = z.object({
  kind: TrackingEventKind,
  state: z.enum(['done', 'awaited']),
  /** The step's time: the earliest event of its kind (gate-out: the latest, when every container is out). */
  at: z.iso.datetime().nullable(),
  hoursFromPrevious: z.number().nullable(),
  /** Events of this kind, per container where they are per container. */
  events: z.array(TrackingEventSchema),
});
export type TimelineStep = z.infer<typeof TimelineStepSchema>;

export const TimelineSchema = z.object({
  documentId: z.string(),
  direction: Direction,
  steps: z.array(TimelineStepSchema),
  /** Every event, oldest first, including those no step shows (rejected, returned ...). */
  events: z.array(TrackingEventSchema),
  containers: z.array(z.string()),
  /** Arrival -> release in hours when both are known (the overall clearance time). */
  overallHours: z.number().nullable(),
});
export type Timeline = z.infer<typeof TimelineSchema>;

/** A CSV or Excel file of events: read, checked row by row, then written all at once or not at all. */
export const ImportTrackingEventsInput = z
  .object({
    fileName: z.string().min(1).max(255),
    contentBase64: z.string().min(1).max(30 * 1024 * 1024),
    /** true: check and report only; nothing is written. */
    dryRun: z.boolean(),
  })
  .strict();

export const TrackingImportRowError = z.object({
  /** 1-based spreadsheet row (the header is row 1). */
  row: z.number().int(),
  column: z.string().nullable(),
  messageZh: z.string(),
  messageEn: z.string(),
});

export const ImportTrackingEventsResult = z.object({
  rows: z.number().int(),
  /** Events that are (or, on a dry run, would be) written; repeats of an earlier import are not counted twice. */
  added: z.number().int(),
  duplicates: z.number().int(),
  errors: z.array(TrackingImportRowError),
  /** Nothing is written when any row has an error. */
  written: z.boolean(),
  preview: z.array(
    z.object({ row: z.number().int(), documentTitle: z.string(), kind: TrackingEventKind, at: z.iso.datetime(), containerNo: z.string().nullable() }),
  ),
});
export type ImportTrackingEventsResult = z.infer<typeof ImportTrackingEventsResult>;

export const TrackingChangedSchema = z.object({ documentIds: z.array(z.string()) });
