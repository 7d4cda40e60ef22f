import { z } from 'zod';
import type { CreditTier } from '../../shared/model/parties';
import type { Random } from './random';

/**
 * The simulator's knobs. Durations are in simulated minutes, drawn from a triangular
 * distribution (min, most likely, max): bounded like real waits, skewed like them when the mode
 * sits near the minimum. Everything is overridable from a JSON file (`serve --simulator F`).
 */
export const DurationSchema = z.object({ min: z.number().min(0), mode: z.number().min(0), max: z.number().min(0) });
export type Duration = z.infer<typeof DurationSchema>;

const Probability = z.number().min(0).max(1);

export const SimulatorConfigSchema = z.object({
  durations: z.object({
    /** Submission -> 7 (pre-entry accepted). */
    declared: DurationSchema,
    /** 7 -> L (lodged) or E (rejected). */
    lodged: DurationSchema,
    /** L -> J (accepted; EntryId known) or Z. */
    review: DurationSchema,
    /** J -> T (duty payable). */
    duty: DurationSchema,
    /** -> C (inspection ordered). */
    inspectionNotice: DurationSchema,
    /** C -> the next receipt: the inspection itself. */
    inspection: DurationSchema,
    /** -> P (released). */
    release: DurationSchema,
    /** P -> R (closed); often the same moment. */
    close: DurationSchema,
    /** Out-of-order delivery: extra delay before a receipt reaches the feed. */
    deliveryLag: DurationSchema,
    /** Vessel arrival relative to the submission (negative: declared before arrival). */
    vesselArrival: z.object({ min: z.number(), mode: z.number(), max: z.number() }),
    /** Export: the goods' arrival in the supervised area (运抵) relative to the submission; usually before it. */
    goodsArrival: z.object({ min: z.number(), mode: z.number(), max: z.number() }).default({ min: -1440, mode: -240, max: 30 }),
    discharge: DurationSchema,
    terminalRelease: DurationSchema,
    edoIssued: DurationSchema,
    gateOut: DurationSchema,
  }),
  /** Share of lodged declarations returned for modification (Z). */
  returnRate: Probability,
  /** Share of declarations with duty payable (T), by direction. */
  dutyRate: z.object({ I: Probability, E: Probability }),
  /** Inspection (C) probability by the enterprise's credit tier (clearance-and-fees.md §5). */
  inspectionRate: z.object({
    'advanced-certified': Probability,
    certified: Probability,
    regular: Probability,
    dishonest: Probability,
    'seriously-dishonest': Probability,
  }),
  /** Share of receipts delivered late (after a later one). 0 = always in order. */
  outOfOrderRate: Probability,
});
export type SimulatorConfig = z.infer<typeof SimulatorConfigSchema>;

const d = (min: number, mode: number, max: number): Duration => ({ min, mode, max });

/**
 * Defaults. Inspection rates: 2019 actuals were 0.57% for AEO firms and 84.76% for dishonest
 * ones; AEO must stay under 20% of the regular average (Order 251). The regular rate is ours.
 */
export const defaultSimulatorConfig: SimulatorConfig = {
  durations: {
    declared: d(0.2, 0.5, 2),
    lodged: d(1, 5, 30),
    review: d(10, 40, 240),
    duty: d(5, 15, 60),
    inspectionNotice: d(5, 20, 120),
    inspection: d(120, 360, 2880),
    release: d(5, 20, 120),
    close: d(0, 0, 120),
    deliveryLag: d(1, 30, 180),
    vesselArrival: { min: -2880, mode: 0, max: 1440 },
    goodsArrival: { min: -1440, mode: -240, max: 30 },
    discharge: d(120, 360, 1440),
    terminalRelease: d(10, 30, 120),
    edoIssued: d(30, 120, 720),
    gateOut: d(120, 720, 4320),
  },
  returnRate: 0.03,
  dutyRate: { I: 0.7, E: 0.05 },
  inspectionRate: {
    'advanced-certified': 0.006,
    certified: 0.01,
    regular: 0.05,
    dishonest: 0.85,
    'seriously-dishonest': 0.95,
  },
  outOfOrderRate: 0,
};

export type InspectionTier = CreditTier;

/** One draw from a triangular distribution, in simulated milliseconds. */
export function drawMs(random: Random, range: { min: number; mode: number; max: number }): number {
  const { min, max } = range;
  const mode = Math.min(Math.max(range.mode, min), max);
  if (max <= min) return min * 60_000;
  const u = random();
  const split = (mode - min) / (max - min);
  const minutes = u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  return Math.round(minutes * 60_000);
}
