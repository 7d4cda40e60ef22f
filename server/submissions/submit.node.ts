import type { GatewayErrorBody, Submission, SubmissionResult } from '../../shared/gateway/api';
import type { ReferenceData } from '../../shared/rules/engine';
import type { SimulatorConfig } from '../simulator/config';
import { importResponseXml } from '../simulator/dec-result';
import { entryIdOf, seqNoOf } from '../simulator/identifiers';
import { renderPlan } from '../simulator/render';
import { planSubmission } from '../simulator/schedule';
import type { SimClock } from '../simulator/sim-clock.node';
import type { Caller, GatewayStorage, NewSubmission, RegisteredCertificate, ScheduledMilestone, ScheduledReceipt, StoredSubmission } from '../storage/storage';
import { evaluateSubmission, rejectionNote, RESPONSE_OK } from './evaluate.node';
import { payloadHash } from './payload-hash.node';

export interface SubmitDeps {
  storage: GatewayStorage;
  refs: ReferenceData;
  simulator: SimulatorConfig;
  seed: string;
  clock: SimClock;
  realNow: () => number;
  /** Verifies the attachments' PDF signatures against these certificates; null when all hold. */
  checkAttachments: (attachments: Submission['attachments'], certificates: RegisteredCertificate[], now: Date) => { zh: string; en: string } | null;
}

export type SubmitOutcome =
  | { status: 200 | 201; result: SubmissionResult }
  | { status: 409; error: GatewayErrorBody };

export function resultOf(s: StoredSubmission, replayed: boolean): SubmissionResult {
  return {
    idempotencyKey: s.idempotencyKey,
    clientSeqNo: s.clientSeqNo,
    status: s.status,
    responseCode: s.responseCode,
    seqNo: s.seqNo,
    errorMessage: s.errorMessage,
    importResponseXml: s.importResponseXml,
    receivedAt: s.receivedAt,
    replayed,
  };
}

function replay(stored: StoredSubmission, hash: string): SubmitOutcome {
  if (stored.payloadHash === hash) return { status: 200, result: resultOf(stored, true) };
  return {
    status: 409,
    error: {
      error: {
        code: 'IDEMPOTENCY_KEY_REUSED',
        field: 'idempotencyKey',
        messageZh: `幂等键 ${stored.idempotencyKey} 已用于另一份内容不同的申报；修改后的报关单请使用新的版本号。`,
        messageEn: `Idempotency key ${stored.idempotencyKey} was already used for a different payload; a changed declaration needs a new revision.`,
      },
    },
  };
}

/**
 * POST /v1/submissions for one caller: replay a known key, else judge the message, assign the
 * SeqNo, plan the receipts, and store all of it in one transaction. Two identical requests at once
 * both reach the insert; the unique (enterprise, key) lets one win and the other read it back.
 */
export async function submit(deps: SubmitDeps, caller: Caller, body: Submission): Promise<SubmitOutcome> {
  const hash = payloadHash(body);
  const enterprise = caller.enterprise;
  const existing = await deps.storage.findSubmission(enterprise.id, body.idempotencyKey);
  if (existing) return replay(existing, hash);

  const realNow = deps.realNow();
  const simNow = deps.clock.now();
  const certificates = await deps.storage.certificatesOf(enterprise.id);
  const verdict = evaluateSubmission(body, deps.refs, (attachments) => deps.checkAttachments(attachments, certificates, new Date(realNow)));
  const base = {
    enterpriseId: enterprise.id,
    deviceId: caller.deviceId,
    idempotencyKey: body.idempotencyKey,
    clientSeqNo: body.clientSeqNo,
    revision: body.revision,
    payloadHash: hash,
    receivedAt: new Date(realNow).toISOString(),
  };

  let row: NewSubmission;
  let receipts: ScheduledReceipt[] = [];
  let milestones: ScheduledMilestone[] = [];
  if (verdict.kind === 'rejected') {
    const errorMessage = `${verdict.zh} / ${verdict.en}`;
    row = {
      ...base,
      status: 'rejected',
      responseCode: verdict.responseCode,
      seqNo: null,
      errorMessage,
      importResponseXml: importResponseXml({ responseCode: verdict.responseCode, errorMessage, clientSeqNo: body.clientSeqNo, seqNo: null }),
      billNo: null,
      ruleIds: null,
    };
  } else {
    const head = verdict.draft.head;
    const direction = head.ieFlag === 'E' ? 'E' : 'I';
    const year = new Date(simNow + 8 * 3_600_000).getUTCFullYear();
    const serial = await deps.storage.nextSerial();
    const seqNo = seqNoOf(direction, year, serial);
    const customMaster = head.customMaster ?? enterprise.customsCode.slice(0, 4);
    const ruleIds = [...new Set(verdict.violations.map((v) => v.ruleId))];
    const plan = planSubmission({ identity: body.idempotencyKey, direction, tier: enterprise.tier, ruleIds }, deps.simulator, deps.seed);
    ({ receipts, milestones } = renderPlan(plan, {
      seqNo,
      entryId: entryIdOf(customMaster, direction, year, serial),
      acceptedAtMs: simNow,
      customMaster,
      ieDate: head.ieDate ?? null,
      rejectionNote: rejectionNote(verdict.violations),
    }));
    row = {
      ...base,
      status: 'accepted',
      responseCode: RESPONSE_OK,
      seqNo,
      errorMessage: null,
      importResponseXml: importResponseXml({ responseCode: RESPONSE_OK, errorMessage: null, clientSeqNo: body.clientSeqNo, seqNo }),
      billNo: head.billNo ?? null,
      ruleIds: ruleIds.length ? ruleIds.join(',') : null,
    };
  }
  const { submission, created } = await deps.storage.insertSubmission(row, receipts, milestones);
  if (!created) return replay(submission, hash);
  return { status: 201, result: resultOf(submission, false) };
}
