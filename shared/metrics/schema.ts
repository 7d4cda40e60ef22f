import { z } from 'zod';
import { Direction } from '../model/declaration';
import { CreditTier } from '../model/parties';
import { TrackingEventKind } from '../model/tracking';

/**
 * Time Release Study statistics (issue 7; clearance-and-fees.md §1-2). Each declaration is reduced
 * to one chain of step times (tracking_chains in the store); the dashboard is computed from chains.
 *
 * Chain rules (why): arrival = the earliest vessel arrival (import) or goods arrival (export);
 * declared / accepted / released = the earliest event of the kind (a returned and re-lodged
 * declaration counts from its first lodgement, as the trader lived it); gate-out = the LATEST
 * container gate-out (the cargo is out when the last box is). `anchor` (declared, else arrival)
 * places a declaration in a period and a month.
 */
export const TrsInterval = z.enum(['arrival-declared', 'declared-accepted', 'accepted-released', 'released-gate-out', 'arrival-released']);
export type TrsInterval = z.infer<typeof TrsInterval>;

export const trsIntervals: readonly TrsInterval[] = TrsInterval.options;

/** The consecutive steps (the stacked bar); arrival-released is their sum's headline. */
export const trsSteps: readonly TrsInterval[] = ['arrival-declared', 'declared-accepted', 'accepted-released', 'released-gate-out'];

export const trsIntervalNames: Record<TrsInterval, { zh: string; en: string }> = {
  'arrival-declared': { zh: '抵港→申报', en: 'Arrival → declaration' },
  'declared-accepted': { zh: '申报→接单', en: 'Declaration → acceptance' },
  'accepted-released': { zh: '接单→放行', en: 'Acceptance → release' },
  'released-gate-out': { zh: '放行→提离', en: 'Release → gate-out' },
  'arrival-released': { zh: '整体通关（抵港→放行）', en: 'Overall (arrival → release)' },
};

/** The ends of each interval, as chain fields. */
export const trsIntervalEnds: Record<TrsInterval, readonly [ChainTime, ChainTime]> = {
  'arrival-declared': ['arrivalMs', 'declaredMs'],
  'declared-accepted': ['declaredMs', 'acceptedMs'],
  'accepted-released': ['acceptedMs', 'releasedMs'],
  'released-gate-out': ['releasedMs', 'gateOutMs'],
  'arrival-released': ['arrivalMs', 'releasedMs'],
};

export type ChainTime = 'arrivalMs' | 'declaredMs' | 'acceptedMs' | 'releasedMs' | 'gateOutMs';

/** One declaration's chain (a row of tracking_chains). Times are epoch ms, null when not (yet) known. */
export interface ChainRow {
  documentId: string;
  direction: Direction;
  /** 申报地海关 (CustomMaster). */
  customsDistrict: string | null;
  /** 进出境关别 (IEPort). */
  port: string | null;
  tradeMode: string | null;
  transportMode: string | null;
  /** 境内收发货人 code (18-char USCC or 10-char customs code) and its credit tier on the anchor date. */
  consigneeCode: string | null;
  consigneeTier: CreditTier | null;
  inspected: boolean;
  anchorMs: number | null;
  arrivalMs: number | null;
  declaredMs: number | null;
  acceptedMs: number | null;
  releasedMs: number | null;
  gateOutMs: number | null;
}

export const BreakdownDimension = z.enum(['direction', 'customs-district', 'port', 'trade-mode', 'transport-mode', 'tier', 'inspected', 'month']);
export type BreakdownDimension = z.infer<typeof BreakdownDimension>;

const IsoDate = z.iso.date();

export const DashboardQuery = z
  .object({
    /** Inclusive dates (China time, the day the broker sees) of the anchor (declared, else arrival). */
    from: IsoDate,
    to: IsoDate,
    direction: Direction.optional(),
    /** One consignee (境内收发货人) code. */
    party: z.string().min(1).max(18).optional(),
    breakdown: BreakdownDimension.default('month'),
    /** The firm's own baseline period and the reduction goal against it (default: one third, as in the Shanghai plan). */
    baseline: z
      .object({ from: IsoDate, to: IsoDate, reduction: z.number().gt(0).lt(1).default(1 / 3) })
      .strict()
      .optional(),
  })
  .strict();
export type DashboardQuery = z.output<typeof DashboardQuery>;
export type DashboardQueryInput = z.input<typeof DashboardQuery>;

/**
 * Statistics of one interval over a set of chains, in hours. Percentiles interpolate linearly
 * between the closest ranks (Excel PERCENTILE.INC, numpy's default); the median of an even count is
 * the mean of the two middle values. Negative values (declared before arrival) are kept.
 * `within24/48/72` are shares (0..1) of the complete chains with the interval at most that long.
 */
export const IntervalStatsSchema = z.object({
  interval: TrsInterval,
  count: z.number().int(),
  /** Chains in the set lacking one end or both: excluded from this interval, counted here. */
  incomplete: z.number().int(),
  meanH: z.number().nullable(),
  medianH: z.number().nullable(),
  p90H: z.number().nullable(),
  minH: z.number().nullable(),
  maxH: z.number().nullable(),
  within24: z.number().nullable(),
  within48: z.number().nullable(),
  within72: z.number().nullable(),
});
export type IntervalStats = z.infer<typeof IntervalStatsSchema>;

export const BreakdownRowSchema = z.object({
  /** The dimension's value ('I', '2248', 'advanced-certified', 'yes', '2026-11' ...); '' when unknown. */
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  declarations: z.number().int(),
  /** In trsIntervals order. */
  intervals: z.array(IntervalStatsSchema),
});
export type BreakdownRow = z.infer<typeof BreakdownRowSchema>;

export const NationalFigureSchema = z.object({
  period: z.string(),
  direction: Direction,
  /** GACC's average overall clearance time (整体通关时间), hours. */
  hours: z.number(),
  kind: z.enum(['actual', 'target', 'baseline']),
  /** Citation as in clearance-and-fees.md (e.g. "[S7] GACC, Jan 2020"); unverified figures say so. */
  source: z.string(),
  verified: z.boolean(),
});
export type NationalFigure = z.infer<typeof NationalFigureSchema>;

export const MonthPointSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  declarations: z.number().int(),
  overall: IntervalStatsSchema,
  /** Declaration -> release (what customs owns), for the trend next to the overall figure. */
  declaredReleasedMeanH: z.number().nullable(),
  /** baseline mean x (1 - reduction), when a baseline is set. */
  goalH: z.number().nullable(),
  /** overall mean minus the goal: positive = above (worse than) the goal. */
  gapToGoalH: z.number().nullable(),
});
export type MonthPoint = z.infer<typeof MonthPointSchema>;

export const DashboardSchema = z.object({
  query: z.object({
    from: z.string(),
    to: z.string(),
    direction: Direction.optional(),
    party: z.string().optional(),
    breakdown: BreakdownDimension,
    baseline: z.object({ from: z.string(), to: z.string(), reduction: z.number() }).optional(),
  }),
  generatedAt: z.iso.datetime(),
  declarations: z.number().int(),
  /** Declared (or arrived) in the period and not released yet. */
  waiting: z.number().int(),
  inspected: z.number().int(),
  /** In trsIntervals order. */
  intervals: z.array(IntervalStatsSchema),
  breakdown: z.object({ dimension: BreakdownDimension, rows: z.array(BreakdownRowSchema) }),
  monthly: z.array(MonthPointSchema),
  /** Cumulative share of declarations released by hour X after arrival (complete arrival->release chains), 1 h steps. */
  releaseCurve: z.array(z.object({ hour: z.number(), share: z.number() })),
  /** Histogram per interval: bins of equal width in hours. */
  distribution: z.array(
    z.object({ interval: TrsInterval, bins: z.array(z.object({ fromH: z.number(), toH: z.number(), count: z.number().int() })) }),
  ),
  baseline: z
    .object({
      from: z.string(),
      to: z.string(),
      declarations: z.number().int(),
      overallMeanH: z.number().nullable(),
      goalH: z.number().nullable(),
      reduction: z.number(),
    })
    .nullable(),
  national: z.array(NationalFigureSchema),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** Which declarations a bar, a month or the "waiting" tile stands for (clicking lists them). */
export const TrackingDeclarationsInput = z
  .object({
    query: DashboardQuery,
    /** A breakdown row (dimension = the query's breakdown). */
    key: z.string().max(64).optional(),
    /** Only chains complete for this interval. */
    interval: TrsInterval.optional(),
    waitingOnly: z.boolean().optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const TrackingDeclarationRowSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  clientSeqNo: z.string().nullable(),
  entryId: z.string().nullable(),
  direction: Direction,
  arrivalAt: z.iso.datetime().nullable(),
  declaredAt: z.iso.datetime().nullable(),
  releasedAt: z.iso.datetime().nullable(),
  /** Arrival -> release, hours. */
  overallHours: z.number().nullable(),
  /** The latest event and, when not released, the next standard step awaited. */
  lastEvent: TrackingEventKind.nullable(),
  lastEventAt: z.iso.datetime().nullable(),
  awaiting: TrackingEventKind.nullable(),
});
export type TrackingDeclarationRow = z.infer<typeof TrackingDeclarationRowSchema>;

export const TrackingExportInput = z
  .object({ query: DashboardQuery, format: z.enum(['csv', 'xlsx', 'pdf']), language: z.enum(['zh-CN', 'en']) })
  .strict();
export const TrackingExportOutput = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
