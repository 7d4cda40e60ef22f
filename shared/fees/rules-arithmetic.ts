import { decimal } from '../model/decimal';
import type { FeeRule } from './engine';
import { lineLabel, yuan } from './engine';

/**
 * FEE-008: the line's amount is more than its quantity times its unit price. The invoice itself is
 * the evidence, so it cites no outside source. Cents are forgiven: a biller who rounds each line
 * to the fen may land 0.01 above; an amount below quantity x price is the party's loss, not ours
 * to report.
 */
export const amountAboveQuantityTimesPriceRule: FeeRule = {
  id: 'FEE-008',
  titleZh: '金额大于数量 × 单价',
  titleEn: 'Amount above quantity x unit price',
  *check(view) {
    const expected = decimal(view.line.quantity).times(view.line.unitPrice).toDecimalPlaces(2);
    const excess = view.amount.minus(expected);
    if (excess.lte('0.01')) return;
    const { zh, en } = lineLabel(view);
    yield {
      severity: 'dispute',
      atStake: excess,
      messageZh: `${zh}：金额 ${yuan(view.amount)} 元大于数量 ${view.line.quantity} × 单价 ${yuan(view.line.unitPrice)} 元 = ${yuan(expected)} 元，多计 ${yuan(excess)} 元。`,
      messageEn: `${en}: amount ${yuan(view.amount)} is more than quantity ${view.line.quantity} x unit price ${yuan(view.line.unitPrice)} = ${yuan(expected)}; ${yuan(excess)} overcharged.`,
      sources: [],
    };
  },
};
