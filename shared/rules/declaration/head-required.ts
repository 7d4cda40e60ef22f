import type { DeclarationDraft, DeclarationHead } from '../../model/declaration';
import { headLabel } from '../../model/field-labels';
import { present, type Rule } from '../engine';

/**
 * Required header fields, from the spec's Stage/Decl column (S1): "stage" fields are needed even
 * to stage (暂存) at the single window, "declare" fields only to declare (申报).
 * One rule id per field, so a finding names exactly what the broker must fill.
 */
interface Requirement {
  id: string;
  field: keyof DeclarationHead;
  phase: 'stage' | 'declare';
  /** Only for this direction. 启运港 appears on the import form only; exports name the 离境口岸 [I]. */
  direction?: 'I' | 'E';
}

const requirements: Requirement[] = [
  { id: 'DEC-H-001', field: 'ieFlag', phase: 'stage' },
  { id: 'DEC-H-002', field: 'customMaster', phase: 'stage' },
  { id: 'DEC-H-003', field: 'agentCode', phase: 'stage' },
  { id: 'DEC-H-004', field: 'agentName', phase: 'stage' },
  { id: 'DEC-H-005', field: 'copCode', phase: 'stage' },
  { id: 'DEC-H-006', field: 'copName', phase: 'stage' },
  { id: 'DEC-H-007', field: 'declTrnRel', phase: 'stage' },
  { id: 'DEC-H-008', field: 'inputerName', phase: 'stage' },
  { id: 'DEC-H-009', field: 'typistNo', phase: 'stage' },
  { id: 'DEC-H-010', field: 'tradeAreaCode', phase: 'stage' },
  { id: 'DEC-H-011', field: 'promiseItmes', phase: 'stage' },
  { id: 'DEC-H-012', field: 'declareName', phase: 'stage' },
  { id: 'DEC-H-013', field: 'tradeCode', phase: 'declare' },
  { id: 'DEC-H-014', field: 'tradeName', phase: 'declare' },
  { id: 'DEC-H-015', field: 'ownerCode', phase: 'declare' },
  { id: 'DEC-H-016', field: 'ownerName', phase: 'declare' },
  { id: 'DEC-H-017', field: 'agentCodeScc', phase: 'declare' },
  { id: 'DEC-H-018', field: 'tradeMode', phase: 'declare' },
  { id: 'DEC-H-019', field: 'trafMode', phase: 'declare' },
  { id: 'DEC-H-020', field: 'transMode', phase: 'declare' },
  { id: 'DEC-H-021', field: 'wrapType', phase: 'declare' },
  { id: 'DEC-H-022', field: 'packNo', phase: 'declare' },
  { id: 'DEC-H-023', field: 'grossWet', phase: 'declare' },
  { id: 'DEC-H-024', field: 'netWt', phase: 'declare' },
  { id: 'DEC-H-025', field: 'iePort', phase: 'declare' },
  { id: 'DEC-H-026', field: 'tradeCountry', phase: 'declare' },
  { id: 'DEC-H-027', field: 'distinatePort', phase: 'declare' },
  { id: 'DEC-H-028', field: 'despPortCode', phase: 'declare', direction: 'I' },
  { id: 'DEC-H-029', field: 'entyPortCode', phase: 'declare' },
  { id: 'DEC-H-030', field: 'goodsPlace', phase: 'declare' },
  { id: 'DEC-H-031', field: 'entryType', phase: 'declare' },
  { id: 'DEC-H-032', field: 'ediId', phase: 'declare' },
];

export const headRequiredRules: Rule<DeclarationDraft>[] = requirements.map((req) => {
  const label = headLabel(req.field);
  const when = req.phase === 'stage' ? { zh: '暂存和申报', en: 'to stage and to declare' } : { zh: '申报', en: 'to declare' };
  const only = req.direction === 'I' ? { zh: '，仅进口', en: ', imports only' } : { zh: '', en: '' };
  return {
    id: req.id,
    severity: 'error',
    titleZh: `${label.zh}必填（${when.zh}${only.zh}）`,
    titleEn: `${label.en} is required ${when.en}${only.en}`,
    *check(doc, ctx) {
      if (req.phase === 'declare' && ctx.phase === 'stage') return;
      if (req.direction && doc.head.ieFlag !== req.direction) return;
      if (present(doc.head[req.field])) return;
      const l = headLabel(req.field, doc.head.ieFlag);
      yield {
        path: `head.${req.field}`,
        messageZh: `请填写${l.zh}（${when.zh}必填）。`,
        messageEn: `Enter the ${l.en} (required ${when.en}).`,
      };
    },
  };
});
