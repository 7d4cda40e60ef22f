import { decimal } from '../model/decimal';
import type { FeeRule, LineView } from './engine';
import { lineLabel, yuan } from './engine';
import { normalizeFeeName, sameParty } from './match';

/** Lines that name no box, B/L or declaration cannot be told apart from two real services, so they are never called repeats. */
function identity(view: LineView): string | null {
  const { containerNo, blNo, declarationId } = view.line;
  if (!containerNo && !blNo && !declarationId) return null;
  const item = view.match?.code ?? normalizeFeeName(view.line.itemName);
  return [item, containerNo ?? '', blNo ?? '', declarationId ?? '', view.date].join('|');
}

export const duplicateChargeRule: FeeRule = {
  id: 'FEE-006',
  titleZh: '同一费用重复收取',
  titleEn: 'The same charge twice',
  *check(view, all) {
    const key = identity(view);
    if (key === null) return;
    const first = all.find((o) => identity(o) === key && sameParty(o.invoice.party, view.invoice.party) && decimal(o.line.amount).eq(view.amount));
    // The first occurrence is the genuine charge; only later ones are repeats.
    if (!first || first === view) return;
    const { zh, en } = lineLabel(view);
    yield {
      severity: 'dispute',
      atStake: view.amount,
      messageZh: `${zh}：与发票 ${first.invoice.invoiceNo} 第 ${first.line.lineNo} 行为同一收费主体、同一项目、同一箱/提单、同一服务日期（${view.date}）、同一金额 ${yuan(view.amount)} 元，重复收取。`,
      messageEn: `${en}: same party, item, box/B/L, service date (${view.date}) and amount ${yuan(view.amount)} as invoice ${first.invoice.invoiceNo} line ${first.line.lineNo}: charged twice.`,
      sources: [],
      reference: { invoiceId: first.invoice.id, invoiceNo: first.invoice.invoiceNo, lineNo: first.line.lineNo },
    };
  },
};
