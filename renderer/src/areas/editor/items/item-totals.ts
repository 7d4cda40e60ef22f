import type { DeclarationItem } from '../../../../../shared/model/declaration';
import { formatDecimal, parseDecimal, sumDecimals } from '../../../../../shared/model/decimal';

export interface Total {
  key: string;
  value: string;
}

/** Sums of a value grouped by a code (quantity per unit, amount per currency), in decimal arithmetic. */
function sumBy(items: readonly DeclarationItem[], key: (i: DeclarationItem) => string | undefined, value: (i: DeclarationItem) => string | undefined): Total[] {
  const groups = new Map<string, (string | undefined)[]>();
  for (const item of items) {
    if (!parseDecimal(value(item))) continue;
    const k = key(item) ?? '';
    groups.set(k, [...(groups.get(k) ?? []), value(item)]);
  }
  return [...groups].map(([k, values]) => ({ key: k, value: sumDecimals(values).toFixed() }));
}

export function quantityTotals(items: readonly DeclarationItem[]): Total[] {
  return sumBy(items, (i) => i.gUnit, (i) => i.gQty);
}

export function amountTotals(items: readonly DeclarationItem[]): Total[] {
  return sumBy(items, (i) => i.tradeCurr, (i) => i.declTotal).map((t) => {
    const v = parseDecimal(t.value);
    return v ? { ...t, value: formatDecimal(v, 2) } : t;
  });
}
