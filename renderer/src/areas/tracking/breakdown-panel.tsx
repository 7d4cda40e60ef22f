import { useTranslation } from 'react-i18next';
import type { BreakdownRow, Dashboard } from '../../../../shared/metrics/schema';
import { StepBarChart } from './charts/step-bar-chart';
import { formatHours } from './format-figures';

interface Props {
  breakdown: Dashboard['breakdown'];
  onPick(row: BreakdownRow): void;
}

/**
 * Where the time goes, per port (or month, tier ...): the stacked bar, and under it the same
 * groups as buttons, so that the keyboard reaches what a click on a bar does.
 */
export function BreakdownPanel({ breakdown, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const label = (row: BreakdownRow) => (english ? row.labelEn : row.labelZh) || row.key || t('tracking.charts.unknown');
  return (
    <section className="tracking-panel tracking-panel-wide" aria-labelledby="steps-heading" data-testid="steps-chart">
      <div className="tracking-panel-head">
        <h2 id="steps-heading">{t('tracking.charts.steps', { dimension: t(`tracking.dimensions.${breakdown.dimension}`) })}</h2>
        <span className="muted">{t('tracking.charts.stepsHint')}</span>
      </div>
      {breakdown.rows.length === 0 ? (
        <p className="muted tracking-empty">{t('tracking.charts.empty')}</p>
      ) : (
        <>
          <StepBarChart rows={breakdown.rows} rowLabel={label} onPick={onPick} />
          <ul className="breakdown-rows" aria-label={t('tracking.charts.rowsLabel')}>
            {breakdown.rows.map((row) => {
              const overall = row.intervals.find((i) => i.interval === 'arrival-released');
              return (
                <li key={row.key}>
                  <button type="button" className="small-button" aria-label={t('tracking.charts.listRow', { label: label(row) })} onClick={() => onPick(row)}>
                    <strong>{label(row)}</strong>
                    <span>{t('tracking.charts.rowDeclarations', { count: row.declarations })}</span>
                    <span className="muted">{t('tracking.charts.rowOverall', { hours: formatHours(overall?.meanH ?? null) })}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
