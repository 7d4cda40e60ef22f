import type { CreditTier } from '../../shared/model/parties';
import type { MilestoneKind } from '../../shared/gateway/api';
import { drawMs, type SimulatorConfig } from './config';
import { seededRandom } from './random';

/**
 * The customs simulator's plan for one accepted submission, as offsets from the moment it was
 * accepted (simulated ms). Pure: the same seed and the same submission give the same plan, in
 * whatever order submissions arrive (the draws are seeded per submission, not per run).
 *
 *   7 -> L -> J -> (T) -> (C) -> P -> R        the usual path
 *   7 -> E                                      rule violations (NOTE names the rule ids)
 *   7 -> L -> Z                                 returned for modification (returnRate)
 *
 * Logistics milestones follow: import vessel -> discharge -> (after release) terminal release ->
 * EDO -> gate-out; export the goods' arrival in the supervised area (运抵).
 */
export interface PlanInput {
  /** Identifies the submission for the seed: its idempotency key (ClientSeqNo:revision). */
  identity: string;
  direction: 'I' | 'E';
  tier: CreditTier;
  /** Rule ids the gateway's validation found; non-empty means an E receipt. */
  ruleIds: readonly string[];
}

export interface PlannedReceipt {
  channel: '7' | 'L' | 'E' | 'Z' | 'J' | 'T' | 'C' | 'P' | 'R';
  /** When customs issued it (NOTICE_DATE), ms after acceptance. */
  atMs: number;
  /** When it reaches the feed, ms after acceptance (>= atMs; later when delivered out of order). */
  deliverMs: number;
}

export interface PlannedMilestone {
  kind: MilestoneKind;
  atMs: number;
  deliverMs: number;
}

export interface Plan {
  receipts: PlannedReceipt[];
  milestones: PlannedMilestone[];
}

export function planSubmission(input: PlanInput, config: SimulatorConfig, seed: string): Plan {
  const random = seededRandom(`${seed}|${input.identity}`);
  const dur = config.durations;
  const receipts: PlannedReceipt[] = [];
  let t = 0;
  const emit = (channel: PlannedReceipt['channel'], after: number) => {
    t += after;
    receipts.push({ channel, atMs: t, deliverMs: t });
  };

  emit('7', drawMs(random, dur.declared));
  let released: number | null = null;
  if (input.ruleIds.length > 0) {
    emit('E', drawMs(random, dur.lodged));
  } else {
    emit('L', drawMs(random, dur.lodged));
    if (random() < config.returnRate) {
      emit('Z', drawMs(random, dur.review));
    } else {
      emit('J', drawMs(random, dur.review));
      if (random() < config.dutyRate[input.direction]) emit('T', drawMs(random, dur.duty));
      if (random() < config.inspectionRate[input.tier]) {
        emit('C', drawMs(random, dur.inspectionNotice));
        t += drawMs(random, dur.inspection);
      }
      emit('P', drawMs(random, dur.release));
      released = t;
      emit('R', drawMs(random, dur.close));
    }
  }
  // Out-of-order delivery: a receipt held back long enough may reach the feed after a later one.
  for (const receipt of receipts) {
    if (random() < config.outOfOrderRate) receipt.deliverMs += drawMs(random, dur.deliveryLag);
  }
  return { receipts, milestones: input.direction === 'I' ? planMilestones(random, config, released) : planExportMilestones(random, config) };
}

/** Export logistics: the goods reach the supervised area (运抵), usually before the declaration. */
function planExportMilestones(random: () => number, config: SimulatorConfig): PlannedMilestone[] {
  const atMs = drawMs(random, config.durations.goodsArrival);
  return [{ kind: 'goods-arrival', atMs, deliverMs: Math.max(atMs, 0) }];
}

/** Import logistics: the vessel and the box, independent of customs until the release. */
function planMilestones(random: () => number, config: SimulatorConfig, released: number | null): PlannedMilestone[] {
  const dur = config.durations;
  const arrival = drawMs(random, dur.vesselArrival);
  const discharge = arrival + drawMs(random, dur.discharge);
  // An event before the submission is reported as soon as the declaration exists.
  const at = (kind: MilestoneKind, ms: number): PlannedMilestone => ({ kind, atMs: ms, deliverMs: Math.max(ms, 0) });
  const out = [at('vessel-arrival', arrival), at('discharge', discharge)];
  if (released === null) return out;
  const terminal = Math.max(released, discharge) + drawMs(random, dur.terminalRelease);
  const edo = terminal + drawMs(random, dur.edoIssued);
  const gateOut = edo + drawMs(random, dur.gateOut);
  out.push(at('terminal-release', terminal), at('edo-issued', edo), at('gate-out', gateOut));
  return out;
}
