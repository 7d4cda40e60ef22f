import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/metrics/schema';
import { formatHours, formatShare } from './format-figures';
import { nationalReference } from './national-reference';

interface Props {
  dashboard: Dashboard;
  onShowWaiting(): void;
}

/** The answer at a glance: how many, how many still waiting, how many inspected, how long against the references. */
export function SummaryTiles({ dashboard, onShowWaiting }: Props) {
  const { t } = useTranslation();
  const overall = dashboard.intervals.find((i) => i.interval === 'arrival-released');
  const national = nationalReference(dashboard);
  const baseline = dashboard.baseline;
  const gap = overall?.meanH != null && baseline?.goalH != null ? overall.meanH - baseline.goalH : null;
  return (
    <div className="tracking-tiles" role="group" aria-label={t('tracking.tiles.label')}>
      <div className="tracking-tile" data-testid="tile-declarations">
        <span className="tile-label">{t('tracking.tiles.declarations')}</span>
        <strong className="tile-value">{dashboard.declarations}</strong>
      </div>
      <button type="button" className="tracking-tile tile-button" data-testid="tile-waiting" aria-label={`${t('tracking.tiles.waitingAction')}: ${dashboard.waiting}`} onClick={onShowWaiting}>
        <span className="tile-label">{t('tracking.tiles.waiting')}</span>
        <strong className={dashboard.waiting > 0 ? 'tile-value tile-attention' : 'tile-value'}>{dashboard.waiting}</strong>
      </button>
      <div className="tracking-tile" data-testid="tile-inspected">
        <span className="tile-label">{t('tracking.tiles.inspected')}</span>
        <strong className="tile-value">{dashboard.inspected}</strong>
        {dashboard.declarations > 0 && <span className="muted tile-sub">{formatShare(dashboard.inspected / dashboard.declarations)}</span>}
      </div>
      <div className="tracking-tile tile-wide" data-testid="tile-overall">
        <span className="tile-label">{t('tracking.tiles.overall')}</span>
        <dl className="tile-figures">
          <div>
            <dt>{t('tracking.tiles.mean')}</dt>
            <dd data-figure="meanH">{formatHours(overall?.meanH ?? null)}</dd>
          </div>
          <div>
            <dt>{t('tracking.tiles.median')}</dt>
            <dd data-figure="medianH">{formatHours(overall?.medianH ?? null)}</dd>
          </div>
          <div>
            <dt>{t('tracking.tiles.p90')}</dt>
            <dd data-figure="p90H">{formatHours(overall?.p90H ?? null)}</dd>
          </div>
        </dl>
        <span className="tile-sub" title={national?.source}>
          {national
            ? t('tracking.tiles.national', { direction: t(`direction.${national.direction}`), period: national.period, hours: national.hours.toFixed(2) }) +
              (national.verified ? '' : t('tracking.tiles.nationalUnverified'))
            : t('tracking.tiles.noNational')}
        </span>
        {baseline?.goalH != null && (
          <span className="tile-sub" data-testid="tile-goal">
            {t('tracking.tiles.goal', { hours: formatHours(baseline.goalH), baseline: formatHours(baseline.overallMeanH), reduction: formatShare(baseline.reduction) })}
            {gap !== null && (
              <strong className={gap > 0 ? 'gap-above' : 'gap-below'}>
                {' · '}
                {gap > 0 ? t('tracking.tiles.aboveGoal', { hours: formatHours(gap) }) : t('tracking.tiles.belowGoal', { hours: formatHours(-gap) })}
              </strong>
            )}
          </span>
        )}
      </div>
    </div>
  );
}
