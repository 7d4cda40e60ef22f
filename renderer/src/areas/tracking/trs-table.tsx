import { useTranslation } from 'react-i18next';
import { trsIntervalNames, type IntervalStats } from '../../../../shared/metrics/schema';
import { formatHours, formatShare } from './format-figures';

/** The columns, in order, with the data-stat name an end-to-end test reads them by. */
const columns = ['count', 'incomplete', 'meanH', 'medianH', 'p90H', 'maxH', 'within24', 'within48', 'within72'] as const;
type Column = (typeof columns)[number];

function cellText(stats: IntervalStats, column: Column): string {
  switch (column) {
    case 'count':
    case 'incomplete':
      return String(stats[column]);
    case 'within24':
    case 'within48':
    case 'within72':
      return formatShare(stats[column]);
    default:
      return formatHours(stats[column]);
  }
}

/** The five TRS intervals with their statistics: the figures the charts draw, to read exactly. */
export function TrsTable({ intervals }: { intervals: IntervalStats[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <section className="tracking-panel" aria-labelledby="trs-table-heading">
      <h2 id="trs-table-heading">{t('tracking.table.label')}</h2>
      <table className="data-table trs-table" data-testid="trs-table" aria-labelledby="trs-table-heading">
        <colgroup>
          <col className="col-trs-interval" />
          {columns.map((c) => (
            <col key={c} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('tracking.table.interval')}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="cell-number">
                {t(`tracking.table.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {intervals.map((stats) => (
            <tr key={stats.interval} data-testid={`trs-row-${stats.interval}`} className={stats.interval === 'arrival-released' ? 'trs-overall' : undefined}>
              <th scope="row">{english ? trsIntervalNames[stats.interval].en : trsIntervalNames[stats.interval].zh}</th>
              {columns.map((c) => (
                <td key={c} className="cell-number" data-stat={c}>
                  {cellText(stats, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted tracking-note">{t('tracking.table.note')}</p>
    </section>
  );
}
