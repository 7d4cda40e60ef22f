import { useTranslation } from 'react-i18next';
import type { DeclarationItem } from '../../../../../shared/model/declaration';
import { amountTotals, quantityTotals } from './item-totals';

/** Totals as the broker checks them against the invoice: quantity per unit, amount per currency. */
export function ItemTotals({ items }: { items: readonly DeclarationItem[] }) {
  const { t } = useTranslation();
  const qty = quantityTotals(items);
  const amount = amountTotals(items);
  return (
    <p className="item-totals" data-testid="item-totals">
      <span>
        {t('items.totalQty')}{' '}
        <span className="mono">{qty.length ? qty.map((q) => `${q.value} ${q.key}`.trim()).join(' · ') : '—'}</span>
      </span>
      <span>
        {t('items.totalAmount')}{' '}
        <span className="mono">{amount.length ? amount.map((a) => `${a.key} ${a.value}`.trim()).join(' · ') : '—'}</span>
      </span>
    </p>
  );
}
