import type { DeclarationDraft } from '../model/declaration';

/**
 * A new declaration gets the enterprise code (policy or user setting) as its declaring unit
 * (申报单位): a 10-character customs code goes to agentCode, an 18-character USCC to agentCodeScc.
 * A code already there is never replaced.
 */
export function withDeclarant(draft: DeclarationDraft, enterpriseCode: string | null): DeclarationDraft {
  if (!enterpriseCode) return draft;
  const field = enterpriseCode.length === 18 ? 'agentCodeScc' : 'agentCode';
  if (draft.head[field]) return draft;
  return { ...draft, head: { ...draft.head, [field]: enterpriseCode } };
}
