import type { ScheduledMilestone, ScheduledReceipt } from '../storage/storage';
import { chinaDate, decResultXml } from './dec-result';
import type { Plan, PlannedReceipt } from './schedule';

/** What customs writes in NOTE for each step (zh, as on real receipts). */
const notes: Record<PlannedReceipt['channel'], string> = {
  '7': '直接申报成功',
  L: '海关入库成功！',
  E: '海关退单',
  Z: '退回修改：请按海关要求修改后重新申报',
  J: '通关无纸化审结，海关已接受申报',
  T: '需交税费，请及时缴纳',
  C: '查验通知：请联系口岸海关安排查验',
  P: '报关单已放行',
  R: '报关单已结关',
};

export interface RenderFacts {
  seqNo: string;
  entryId: string;
  /** Simulated epoch ms when the submission was accepted: offsets count from here. */
  acceptedAtMs: number;
  customMaster: string | null;
  /** The declaration's IEDate (YYYYMMDD) when it had one. */
  ieDate: string | null;
  /** For E: the rule ids and the first reason, e.g. "DEC-H-012 提运单号格式不正确". */
  rejectionNote: string | null;
}

/** The plan as rows: each receipt a real DEC_RESULT; EntryId and the dates from J on. */
export function renderPlan(plan: Plan, facts: RenderFacts): { receipts: ScheduledReceipt[]; milestones: ScheduledMilestone[] } {
  const j = plan.receipts.find((r) => r.channel === 'J');
  const declaredAt = plan.receipts[0]?.atMs ?? 0;
  const receipts = plan.receipts.map((r): ScheduledReceipt => {
    const fromJ = j !== undefined && r.atMs >= j.atMs && r.channel !== '7' && r.channel !== 'L';
    const note = r.channel === 'E' && facts.rejectionNote ? `${facts.rejectionNote} ${notes.E}` : notes[r.channel];
    return {
      channel: r.channel,
      dueAt: facts.acceptedAtMs + r.deliverMs,
      xml: decResultXml({
        seqNo: facts.seqNo,
        entryId: fromJ ? facts.entryId : null,
        noticeMs: facts.acceptedAtMs + r.atMs,
        channel: r.channel,
        note,
        customMaster: facts.customMaster,
        iEDate: r.channel === 'J' ? (facts.ieDate ?? chinaDate(facts.acceptedAtMs + declaredAt)) : null,
        dDate: r.channel === 'J' ? chinaDate(facts.acceptedAtMs + declaredAt) : null,
      }),
    };
  });
  const milestones = plan.milestones.map((m): ScheduledMilestone => ({
    kind: m.kind,
    at: new Date(facts.acceptedAtMs + m.atMs).toISOString(),
    dueAt: facts.acceptedAtMs + m.deliverMs,
  }));
  return { receipts, milestones };
}
