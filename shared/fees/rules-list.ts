import { decimal } from '../model/decimal';
import { feeUnitNames } from '../model/fees';
import type { FeeAuditContext, FeeRule, LineView } from './engine';
import { lineLabel, yuan } from './engine';
import { applicableRows, rowsInForce, type ListRow } from './match';
import { regulationsInForce, severityOf } from './regulations';

/** Sources of the duty to publish and charge only what is listed: the 2018 plan [S5], Shanghai 2019 [S32]. */
const LIST_DUTY = ['S5', 'S32'];

const partyName = (view: LineView): string => view.invoice.party.name;
const listNames = (view: LineView): string => view.lists.map((l) => `${l.titleZh}（${l.id}）`).join('、');

/** Items anyone may collect whatever their list says: the state's own charges (货物港务费) and those the law strikes out. */
function coveredByRegulation(view: LineView, ctx: FeeAuditContext): boolean {
  return (['abolished', 'exempt', 'government-priced'] as const).some((kind) => regulationsInForce(ctx, kind, view).length > 0);
}

export const notOnListRule: FeeRule = {
  id: 'FEE-001',
  titleZh: '收费项目不在收费主体当日有效的公示清单内',
  titleEn: "Item not on the charging party's list in force on the service date",
  *check(view, _all, ctx) {
    if (coveredByRegulation(view, ctx)) return;
    const { zh, en } = lineLabel(view);
    if (!view.partyHasLists) {
      yield {
        severity: 'review',
        atStake: decimal(0),
        messageZh: `${zh}：尚未导入「${partyName(view)}」的收费公示清单，无法核对。`,
        messageEn: `${en}: no published fee list of "${partyName(view)}" has been imported, so it cannot be checked.`,
        sources: LIST_DUTY,
      };
      return;
    }
    if (view.lists.length === 0) {
      yield {
        severity: 'review',
        atStake: view.amount,
        messageZh: `${zh}：服务日期 ${view.date} 没有「${partyName(view)}」有效的公示清单，${yuan(view.amount)} 元待核。`,
        messageEn: `${en}: no fee list of "${partyName(view)}" is in force on ${view.date}; ${yuan(view.amount)} to check.`,
        sources: LIST_DUTY,
      };
      return;
    }
    const code = view.match?.code;
    if (code && applicableRows(view.lists, code, view.line, view.date).length > 0) return;
    const listed = code ? rowsInForce(view.lists, code, view.date).length > 0 : false;
    yield {
      severity: 'dispute',
      atStake: view.amount,
      messageZh: listed
        ? `${zh}：「${partyName(view)}」清单（${listNames(view)}）有此项目，但没有适用于本行条件（箱型、进出口、重空箱、内外贸）的收费标准；清单之外不得收费，涉及 ${yuan(view.amount)} 元。`
        : `${zh}：不在「${partyName(view)}」${view.date} 有效的公示清单（${listNames(view)}）内；清单之外不得收费，涉及 ${yuan(view.amount)} 元。`,
      messageEn: listed
        ? `${en}: the list of "${partyName(view)}" has this item but no rate for this line's conditions (box, import/export, full/empty, trade); nothing may be charged outside the list: ${yuan(view.amount)} at stake.`
        : `${en}: not on the list of "${partyName(view)}" in force on ${view.date}; nothing may be charged outside the list: ${yuan(view.amount)} at stake.`,
      sources: LIST_DUTY,
    };
  },
};

/** The highest rate that can apply: when the line leaves a condition open, the party gets the benefit of the doubt. */
export function highestRate(rows: readonly ListRow[]): ListRow | null {
  return rows.reduce<ListRow | null>((best, r) => (best === null || decimal(r.item.rate).gt(best.item.rate) ? r : best), null);
}

export const aboveListRateRule: FeeRule = {
  id: 'FEE-002',
  titleZh: '单价高于收费主体公示的收费标准',
  titleEn: 'Unit price above the published rate',
  *check(view, _all, ctx) {
    const code = view.match?.code;
    if (!code || regulationsInForce(ctx, 'government-priced', view).length > 0) return;
    const rows = applicableRows(view.lists, code, view.line, view.date).filter((r) => r.item.currency === view.invoice.currency);
    const billed = view.line.unit;
    const sameUnit = billed ? rows.filter((r) => r.item.unit === billed) : rows;
    const { zh, en } = lineLabel(view);
    const first = rows[0];
    if (billed && first && sameUnit.length === 0) {
      // Per ton against a per-box rate: no unit price can be compared, so a person has to look.
      const listed = feeUnitNames[first.item.unit];
      yield {
        severity: 'review',
        atStake: view.amount,
        messageZh: `${zh}：按「${feeUnitNames[billed].zh}」计费，而「${partyName(view)}」公示标准按「${listed.zh}」计（${first.list.titleZh}），单价无法核对；${yuan(view.amount)} 元待核。`,
        messageEn: `${en}: billed per ${feeUnitNames[billed].en}, while "${partyName(view)}" publishes a rate per ${listed.en} (${first.list.titleEn}), so the unit price cannot be checked; ${yuan(view.amount)} to check.`,
        sources: [...new Set([...first.item.sources, ...first.list.sources])],
      };
      return;
    }
    const top = highestRate(sameUnit);
    if (!top) return;
    const price = decimal(view.line.unitPrice);
    if (price.lte(top.item.rate)) return;
    const excess = price.minus(top.item.rate);
    const atStake = excess.times(view.line.quantity);
    yield {
      severity: severityOf(top.item),
      atStake,
      messageZh: `${zh}：单价 ${yuan(price)} 元高于「${partyName(view)}」公示标准 ${yuan(top.item.rate)} 元（${top.list.titleZh}），超出 ${yuan(excess)} × ${view.line.quantity} = ${yuan(atStake)} 元。`,
      messageEn: `${en}: unit price ${yuan(price)} is above the published rate ${yuan(top.item.rate)} of "${partyName(view)}" (${top.list.titleEn}); excess ${yuan(excess)} x ${view.line.quantity} = ${yuan(atStake)}.`,
      sources: [...new Set([...top.item.sources, ...top.list.sources, 'S32'])],
    };
  },
};
