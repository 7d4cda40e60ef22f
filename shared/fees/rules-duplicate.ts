import type { FeeRule, LineView } from './engine';
import { lineLabel, yuan } from './engine';
import { normalizeFeeName, partyKey } from './match';

/** Lines that name no box, B/L or declaration cannot be told apart from two real services, so they are never called repeats. */
function identity(view: LineView): string | null {
  const { containerNo, blNo, declarationId } = view.line;
  if (!containerNo && !blNo && !declarationId) return null;
  const item = view.match?.code ?? normalizeFeeName(view.line.itemName);
  return [item, containerNo ?? '', blNo ?? '', declarationId ?? '', view.date].join('|');
}

/** The first line of each charge in the batch, built once per batch (a month of invoices is thousands of lines). */
const firstCharges = new WeakMap<readonly LineView[], Map<string, LineView>>();

function chargeKey(view: LineView): string | null {
  const id = identity(view);
  return id === null ? null : `${partyKey(view.invoice.party)}|${id}|${view.amount.toFixed()}`;
}

function firstChargeOf(view: LineView, all: readonly LineView[]): LineView | undefined {
  let index = firstCharges.get(all);
  if (!index) {
    index = new Map();
    for (const v of all) {
      const key = chargeKey(v);
      if (key !== null && !index.has(key)) index.set(key, v);
    }
    firstCharges.set(all, index);
  }
  const key = chargeKey(view);
  return key === null ? undefined : index.get(key);
}

export const duplicateChargeRule: FeeRule = {
  id: 'FEE-006',
  titleZh: '同一费用重复收取',
  titleEn: 'The same charge twice',
  *check(view, all) {
    const first = firstChargeOf(view, all);
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
