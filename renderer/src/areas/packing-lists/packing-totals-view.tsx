import { useTranslation } from 'react-i18next';
import type { PackingList } from '../../../../shared/model/packing-list';
import { packingListTotals } from '../../../../shared/model/packing-totals';

/** Cartons, pieces, net, gross and CBM of all lines, recomputed on every edit (cached per list). */
export function PackingTotalsView({ list }: { list: PackingList }) {
  const { t } = useTranslation();
  const totals = packingListTotals(list);
  const figures = [
    ['cartons', totals.cartons.toFixed()],
    ['pieces', totals.pieces.toFixed()],
    ['netKg', totals.netKg.toFixed()],
    ['grossKg', totals.grossKg.toFixed()],
    ['cbm', totals.cbm.toDecimalPlaces(3).toFixed()],
  ] as const;
  return (
    <dl className="pl-totals" aria-label={t('packing.totals.label')} data-testid="pl-totals">
      {figures.map(([key, value]) => (
        <div key={key} className="pl-total">
          <dt>{t(`packing.totals.${key}`)}</dt>
          <dd className="mono" data-testid={`pl-total-${key}`}>
            {value}
          </dd>
        </div>
      ))}
      {totals.incompleteLines.length > 0 && (
        <p className="muted pl-incomplete">{t('packing.totals.incomplete', { count: totals.incompleteLines.length })}</p>
      )}
    </dl>
  );
}
