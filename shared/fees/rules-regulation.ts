import { decimal } from '../model/decimal';
import type { FeeRule } from './engine';
import { lineLabel, yuan } from './engine';
import { conditionsFit } from './match';
import { regulationsInForce, severityOf } from './regulations';

export const abolishedOrExemptRule: FeeRule = {
  id: 'FEE-003',
  titleZh: '已取消或免征期间仍收取的费用',
  titleEn: 'Charged after abolition or while exempt',
  *check(view, _all, ctx) {
    const code = view.match?.code;
    if (!code) return;
    const { zh, en } = lineLabel(view);
    for (const kind of ['abolished', 'exempt'] as const) {
      for (const reg of regulationsInForce(ctx, kind, view)) {
        const period = reg.to ? `${reg.from} 至 ${reg.to}` : `${reg.from} 起`;
        const periodEn = reg.to ? `from ${reg.from} to ${reg.to}` : `from ${reg.from}`;
        yield {
          severity: severityOf(reg),
          atStake: view.amount,
          messageZh: `${zh}：${reg.basisZh}（${period}${kind === 'abolished' ? '取消' : '免征'}），服务日期 ${view.date} 仍收取 ${yuan(view.amount)} 元。`,
          messageEn: `${en}: ${reg.basisEn} (${kind === 'abolished' ? 'abolished' : 'waived'} ${periodEn}), yet ${yuan(view.amount)} was charged for ${view.date}.`,
          sources: reg.sources,
        };
      }
    }
  },
};

export const governmentPriceMarkUpRule: FeeRule = {
  id: 'FEE-005',
  titleZh: '政府定价项目加价收取',
  titleEn: 'Government-priced item with a mark-up',
  *check(view, _all, ctx) {
    const code = view.match?.code;
    if (!code) return;
    for (const reg of regulationsInForce(ctx, 'government-priced', view)) {
      const rates = reg.rates.filter((r) => r.currency === view.invoice.currency && conditionsFit(r.conditions, view.line));
      if (rates.length === 0) continue;
      // Several rows fit when the line leaves a condition open: compare with the highest.
      const official = rates.map((r) => decimal(r.rate)).reduce((a, b) => (b.gt(a) ? b : a));
      const price = decimal(view.line.unitPrice);
      if (price.lte(official)) continue;
      const excess = price.minus(official);
      const atStake = excess.times(view.line.quantity);
      const { zh, en } = lineLabel(view);
      yield {
        severity: severityOf(reg),
        atStake,
        messageZh: `${zh}：${reg.basisZh}；政府定价 ${yuan(official)} 元，实收单价 ${yuan(price)} 元，加价 ${yuan(excess)} × ${view.line.quantity} = ${yuan(atStake)} 元。`,
        messageEn: `${en}: ${reg.basisEn}; the government rate is ${yuan(official)}, billed ${yuan(price)}: a mark-up of ${yuan(excess)} x ${view.line.quantity} = ${yuan(atStake)}.`,
        sources: reg.sources,
      };
    }
  },
};
