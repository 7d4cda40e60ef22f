import { useTranslation } from 'react-i18next';
import type { MonthPoint } from '../../../../shared/metrics/schema';
import { formatHours } from './format-figures';

/**
 * Under the trend chart: each month's overall mean and how far it is from the firm's goal, in
 * numbers a trader can quote ("+4.10 h over the goal"). Only when a baseline sets a goal.
 */
export function MonthlyGapTable({ months }: { months: MonthPoint[] }) {
  const { t } = useTranslation();
  if (!months.some((m) => m.goalH !== null)) return null;
  return (
    <table className="data-table tracking-gap-table" data-testid="monthly-gap" aria-label={t('tracking.gap.label')}>
      <thead>
        <tr>
          <th scope="col">{t('tracking.gap.month')}</th>
          <th scope="col" className="num">
            {t('tracking.gap.declarations')}
          </th>
          <th scope="col" className="num">
            {t('tracking.gap.mean')}
          </th>
          <th scope="col" className="num">
            {t('tracking.gap.goal')}
          </th>
          <th scope="col" className="num">
            {t('tracking.gap.gap')}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month} data-month={m.month}>
            <td className="mono">{m.month}</td>
            <td className="num">{m.declarations}</td>
            <td className="num">{formatHours(m.overall.meanH)}</td>
            <td className="num">{formatHours(m.goalH)}</td>
            <td className={`num ${m.gapToGoalH === null ? '' : m.gapToGoalH > 0 ? 'gap-over' : 'gap-under'}`} data-stat="gap">
              {m.gapToGoalH === null
                ? '—'
                : m.gapToGoalH > 0
                  ? t('tracking.gap.over', { hours: formatHours(m.gapToGoalH) })
                  : t('tracking.gap.under', { hours: formatHours(-m.gapToGoalH) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
