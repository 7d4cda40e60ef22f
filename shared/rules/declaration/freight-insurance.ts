import type { DeclarationDraft } from '../../model/declaration';
import { present, type Rule } from '../engine';

/**
 * Freight and insurance by transaction terms and direction (spec §3, marked [M], partly S5):
 * import: CIF none, C&F insurance, FOB both; export: FOB none, C&F freight, CIF both.
 * TransMode codes: 1 CIF, 2 C&F, 3 FOB (the others carry no requirement here).
 */
const needs: Record<'I' | 'E', Record<string, { freight: boolean; insurance: boolean }>> = {
  I: { '1': { freight: false, insurance: false }, '2': { freight: false, insurance: true }, '3': { freight: true, insurance: true } },
  E: { '3': { freight: false, insurance: false }, '2': { freight: true, insurance: false }, '1': { freight: true, insurance: true } },
};

const termName: Record<string, string> = { '1': 'CIF', '2': 'C&F', '3': 'FOB' };

export const freightInsuranceRule: Rule<DeclarationDraft> = {
  id: 'DEC-H-060',
  severity: 'warning',
  unconfirmed: true,
  titleZh: '运费、保险费按成交方式填报（规则未经官方确认）',
  titleEn: 'Freight and insurance by transaction terms (rule not officially confirmed)',
  *check(doc, ctx) {
    if (ctx.phase === 'stage') return;
    const dir = doc.head.ieFlag;
    const term = doc.head.transMode;
    if (!dir || !term) return;
    const need = needs[dir][term];
    if (!need) return;
    const name = termName[term] ?? term;
    const dirZh = dir === 'I' ? '进口' : '出口';
    const dirEn = dir === 'I' ? 'an import' : 'an export';
    if (need.freight && !present(doc.head.feeRate)) {
      yield {
        path: 'head.feeRate',
        messageZh: `${dirZh}按 ${name} 成交时应填报运费（此规则未经官方确认，仅作提示）。`,
        messageEn: `${dirEn} on ${name} terms should declare freight (unconfirmed rule, a warning only).`,
      };
    }
    if (need.insurance && !present(doc.head.insurRate)) {
      yield {
        path: 'head.insurRate',
        messageZh: `${dirZh}按 ${name} 成交时应填报保险费（此规则未经官方确认，仅作提示）。`,
        messageEn: `${dirEn} on ${name} terms should declare insurance (unconfirmed rule, a warning only).`,
      };
    }
    if (!need.freight && present(doc.head.feeRate)) {
      yield {
        path: 'head.feeRate',
        messageZh: `${dirZh}按 ${name} 成交时通常不填运费。`,
        messageEn: `${dirEn} on ${name} terms normally declares no freight.`,
      };
    }
    if (!need.insurance && present(doc.head.insurRate)) {
      yield {
        path: 'head.insurRate',
        messageZh: `${dirZh}按 ${name} 成交时通常不填保险费。`,
        messageEn: `${dirEn} on ${name} terms normally declares no insurance.`,
      };
    }
  },
};
