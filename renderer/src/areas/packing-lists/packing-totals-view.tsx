import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotalsFigures } from './packing-checks';

/**
 * Cartons, pieces, net, gross and CBM of all lines, worked out off the main thread after each
 * edit (use-packing-checks.ts); a dash until the first figures arrive.
 */
export const PackingTotalsView = memo(function PackingTotalsView({ totals }: { totals: TotalsFigures | null }) {
  const { t } = useTranslation();
  const figures = [
    ['cartons', totals?.cartons],
    ['pieces', totals?.pieces],
    ['netKg', totals?.netKg],
    ['grossKg', totals?.grossKg],
    ['cbm', totals?.cbm],
  ] as const;
  return (
    <dl className="pl-totals" aria-label={t('packing.totals.label')} aria-busy={totals === null} data-testid="pl-totals">
      {figures.map(([key, value]) => (
        <div key={key} className="pl-total">
          <dt>{t(`packing.totals.${key}`)}</dt>
          <dd className="mono" data-testid={`pl-total-${key}`}>
            {value ?? '…'}
          </dd>
        </div>
      ))}
      {totals && totals.incompleteLines > 0 && <p className="muted pl-incomplete">{t('packing.totals.incomplete', { count: totals.incompleteLines })}</p>}
    </dl>
  );
});
