import type { CodeTableId } from '../../codes/schema';
import type { DeclarationDraft, DeclarationHead, DeclarationItem } from '../../model/declaration';
import { headLabel, itemLabels } from '../../model/field-labels';
import { present, type Rule, type RuleContext, type RuleHit, type Severity } from '../engine';

/** Which code table each coded field belongs to. */
const headCodedFields: [keyof DeclarationHead, CodeTableId][] = [
  ['customMaster', 'customs-district'],
  ['iePort', 'customs-district'],
  ['purpOrgCode', 'customs-district'],
  ['tradeMode', 'trade-mode'],
  ['cutMode', 'levy-nature'],
  ['trafMode', 'transport-mode'],
  ['transMode', 'transaction-term'],
  ['wrapType', 'package-type'],
  ['tradeCountry', 'country'],
  ['tradeAreaCode', 'country'],
  ['distinatePort', 'port'],
  ['despPortCode', 'port'],
  ['entyPortCode', 'domestic-port'],
  ['feeMark', 'fee-mark'],
  ['insurMark', 'fee-mark'],
  ['otherMark', 'fee-mark'],
  ['feeCurr', 'currency'],
  ['insurCurr', 'currency'],
  ['otherCurr', 'currency'],
];

const itemCodedFields: [keyof DeclarationItem, CodeTableId][] = [
  ['gUnit', 'unit'],
  ['firstUnit', 'unit'],
  ['secondUnit', 'unit'],
  ['tradeCurr', 'currency'],
  ['originCountry', 'country'],
  ['destinationCountry', 'country'],
  ['districtCode', 'domestic-district'],
  ['dutyMode', 'duty-mode'],
];

/**
 * Membership of a value in its table. A table whose facts are unconfirmed (confidence M, such
 * as the 3-digit numbers of foreign ports) yields warnings only: an incomplete local table must
 * not block a declaration customs would accept.
 */
function membership(ctx: RuleContext, table: CodeTableId, value: string): { known: boolean; severity: Severity } | null {
  const known = ctx.refs.hasCode(table, value.trim());
  if (known === undefined) return null;
  return { known, severity: ctx.refs.tableConfidence(table) === 'M' ? 'warning' : 'error' };
}

export const headCodesRule: Rule<DeclarationDraft> = {
  id: 'DEC-H-200',
  severity: 'error',
  titleZh: '表头代码须在代码表中（未确认的代码表只提示）',
  titleEn: 'Header codes must be in their code tables (unconfirmed tables only warn)',
  *check(doc, ctx) {
    for (const [field, table] of headCodedFields) {
      const value = doc.head[field];
      if (!present(value)) continue;
      const m = membership(ctx, table, value);
      if (!m || m.known) continue;
      const l = headLabel(field, doc.head.ieFlag);
      yield {
        path: `head.${field}`,
        severity: m.severity,
        messageZh: `${l.zh}「${value}」不在代码表中。`,
        messageEn: `${l.en} "${value}" is not in the code table.`,
      };
    }
  },
};

export const itemCodesRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-200',
  severity: 'error',
  titleZh: '表体代码须在代码表中（未确认的代码表只提示）',
  titleEn: 'Item codes must be in their code tables (unconfirmed tables only warn)',
  *check(doc, ctx) {
    for (const [index, item] of (doc.items ?? []).entries()) {
      for (const [field, table] of itemCodedFields) {
        const value = item[field];
        if (typeof value !== 'string' || !present(value)) continue;
        const m = membership(ctx, table, value);
        if (!m || m.known) continue;
        const l = itemLabels[field] ?? { zh: field, en: field };
        const hit: RuleHit = {
          path: `items.${index}.${field}`,
          severity: m.severity,
          messageZh: `第 ${index + 1} 项${l.zh}「${value}」不在代码表中。`,
          messageEn: `Item ${index + 1}: ${l.en} "${value}" is not in the code table.`,
        };
        yield hit;
      }
    }
  },
};

export const containerTypeRule: Rule<DeclarationDraft> = {
  id: 'DEC-C-200',
  severity: 'error',
  titleZh: '集装箱规格须在代码表中',
  titleEn: 'Container type must be in the code table',
  *check(doc, ctx) {
    for (const [index, container] of (doc.containers ?? []).entries()) {
      const value = container.containerMd;
      if (!present(value)) continue;
      const m = membership(ctx, 'container-type', value);
      if (!m || m.known) continue;
      yield {
        path: `containers.${index}.containerMd`,
        severity: m.severity,
        messageZh: `第 ${index + 1} 个集装箱的规格「${value}」不在代码表中。`,
        messageEn: `Container ${index + 1}: type "${value}" is not in the code table.`,
      };
    }
  },
};
