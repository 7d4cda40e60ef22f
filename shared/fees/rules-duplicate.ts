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

function chargeKey(view: LineView): string | null {
  const id = identity(view);
  return id === null ? null : `${partyKey(view.invoice.party)}|${id}|${view.amount.toFixed()}`;
}

/** Each repeated line's first occurrence in the batch, found in one pass (a month of invoices is thousands of lines). */
const repeatsOf = new WeakMap<readonly LineView[], Map<LineView, LineView>>();

function firstChargeOf(view: LineView, all: readonly LineView[]): LineView | undefined {
  let repeats = repeatsOf.get(all);
  if (!repeats) {
    repeats = new Map();
    const firsts = new Map<string, LineView>();
    for (const v of all) {
      const key = chargeKey(v);
      if (key === null) continue;
      const first = firsts.get(key);
      if (first) repeats.set(v, first);
      else firsts.set(key, v);
    }
    repeatsOf.set(all, repeats);
  }
  return repeats.get(view);
}

export const duplicateChargeRule: FeeRule = {
  id: 'FEE-006',
  titleZh: '同一费用重复收取',
  titleEn: 'The same charge twice',
  *check(view, all) {
    // The first occurrence is the genuine charge; only later ones are repeats.
    const first = firstChargeOf(view, all);
    if (!first) return;
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
