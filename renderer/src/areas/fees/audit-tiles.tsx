import { useTranslation } from 'react-i18next';
import type { FeeAuditReport } from '../../../../shared/fees/schema';
import { formatMoney } from './fee-format';

/** The answer at a glance, one row of tiles per currency: money in two currencies is never added up. */
export function AuditTiles({ report }: { report: FeeAuditReport }) {
  const { t } = useTranslation();
  return (
    <div className="fee-tiles-block" role="group" aria-label={t('fees.tiles.label')}>
      {report.overall.map((o) => (
        <div key={o.currency} className="tracking-tiles fee-tiles" data-testid={`fee-tiles-${o.currency}`}>
          <div className="tracking-tile">
            <span className="tile-label">{t('fees.tiles.invoiced')}</span>
            <strong className="tile-value" data-figure="invoiced">
              {formatMoney(o.invoiced)}
            </strong>
            <span className="muted tile-sub">{t('fees.tiles.currency', { currency: o.currency })}</span>
          </div>
          <div className="tracking-tile fee-tile-disputed">
            <span className="tile-label">{t('fees.tiles.disputed')}</span>
            <strong className={o.disputed === '0.00' ? 'tile-value' : 'tile-value tile-attention'} data-figure="disputed">
              {formatMoney(o.disputed)}
            </strong>
            <span className="muted tile-sub">{t('fees.tiles.currency', { currency: o.currency })}</span>
          </div>
          <div className="tracking-tile">
            <span className="tile-label">{t('fees.tiles.review')}</span>
            <strong className="tile-value" data-figure="review">
              {formatMoney(o.review)}
            </strong>
            <span className="muted tile-sub">{t('fees.tiles.currency', { currency: o.currency })}</span>
          </div>
          <div className="tracking-tile">
            <span className="tile-label">{t('fees.tiles.disputedLines')}</span>
            <strong className="tile-value" data-figure="disputedLines">
              {o.disputedLines}
            </strong>
          </div>
          <div className="tracking-tile">
            <span className="tile-label">{t('fees.tiles.invoices')}</span>
            <strong className="tile-value" data-figure="invoices">
              {o.invoices}
            </strong>
          </div>
        </div>
      ))}
    </div>
  );
}
