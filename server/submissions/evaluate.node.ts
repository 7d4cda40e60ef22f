import type { Submission } from '../../shared/gateway/api';
import type { DeclarationDraft } from '../../shared/model/declaration';
import { DecMessageError, parseDecMessage } from '../../shared/messages/dec-message';
import { declarationRules, runRules, type Finding } from '../../shared/rules/index';
import type { ReferenceData } from '../../shared/rules/engine';

/**
 * What customs would make of a submission, before anything is stored. Not imported at all
 * (`rejected`, non-zero ResponseCode): an unreadable or unsafe message, or an attachment whose
 * signature does not hold. Imported (`accepted`): everything else; rule violations are found
 * here with the client's own rules and come back later as an E receipt naming the rule ids.
 */
export type Verdict =
  | { kind: 'rejected'; responseCode: string; zh: string; en: string }
  | { kind: 'accepted'; draft: DeclarationDraft; violations: Finding[] };

/** Checks attachments against the enterprise's certificates; null when all hold. */
export type AttachmentCheck = (attachments: Submission['attachments']) => { zh: string; en: string } | null;

export const RESPONSE_OK = '0';
export const RESPONSE_BAD_MESSAGE = '1';
export const RESPONSE_BAD_SIGNATURE = '2';

export function evaluateSubmission(submission: Submission, refs: ReferenceData, checkAttachments: AttachmentCheck): Verdict {
  // No DOCTYPE at all: no entity can be declared, external or internal (XXE, billion laughs).
  if (/<!DOCTYPE/i.test(submission.decMessageXml)) {
    return { kind: 'rejected', responseCode: RESPONSE_BAD_MESSAGE, zh: '报文含有 DOCTYPE 声明，拒绝处理。', en: 'The message contains a DOCTYPE declaration; refused.' };
  }
  let parsed: ReturnType<typeof parseDecMessage>;
  try {
    parsed = parseDecMessage(submission.decMessageXml);
  } catch (error) {
    if (error instanceof DecMessageError) return { kind: 'rejected', responseCode: RESPONSE_BAD_MESSAGE, zh: error.messageZh, en: error.messageEn };
    const text = error instanceof Error ? error.message : String(error);
    return { kind: 'rejected', responseCode: RESPONSE_BAD_MESSAGE, zh: `报文无法解析：${text}`, en: `The message cannot be read: ${text}` };
  }
  if (parsed.sign.clientSeqNo && parsed.sign.clientSeqNo !== submission.clientSeqNo) {
    return {
      kind: 'rejected',
      responseCode: RESPONSE_BAD_MESSAGE,
      zh: `报文中的 ClientSeqNo（${parsed.sign.clientSeqNo}）与提交的 ${submission.clientSeqNo} 不一致。`,
      en: `The message's ClientSeqNo (${parsed.sign.clientSeqNo}) differs from the submitted ${submission.clientSeqNo}.`,
    };
  }
  const signatureProblem = checkAttachments(submission.attachments);
  if (signatureProblem) return { kind: 'rejected', responseCode: RESPONSE_BAD_SIGNATURE, ...signatureProblem };

  const phase = parsed.sign.operType === 'G' ? 'stage' : 'declare';
  const violations = runRules(declarationRules, parsed.draft, { phase, refs }).filter((f) => f.severity === 'error');
  return { kind: 'accepted', draft: parsed.draft, violations };
}

/** The E receipt's NOTE starts with the rule ids, so the client can jump to the field. */
export function rejectionNote(violations: readonly Finding[]): string | null {
  if (violations.length === 0) return null;
  const ids = [...new Set(violations.map((v) => v.ruleId))];
  return `${ids.join(' ')} ${violations[0]?.messageZh ?? ''}`.trim();
}
