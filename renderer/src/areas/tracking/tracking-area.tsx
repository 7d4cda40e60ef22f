import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownRow, Dashboard } from '../../../../shared/metrics/schema';
import { useErrorText } from '../../i18n/use-error-text';
import { useDebounced } from '../declarations/use-debounced';
import { formatLocalTime } from '../declarations/format-time';
import { BreakdownPanel } from './breakdown-panel';
import { DistributionChart } from './charts/distribution-chart';
import { MonthlyTrendChart } from './charts/monthly-trend-chart';
import { MonthlyGapTable } from './monthly-gap-table';
import { ReleaseCurveChart } from './charts/release-curve-chart';
import { DeclarationsDialog } from './declarations-dialog';
import { ExportButtons } from './export-buttons';
import { ImportEventsDialog } from './import-events-dialog';
import { nationalReference } from './national-reference';
import { SummaryTiles } from './summary-tiles';
import { TrackingFilterBar } from './tracking-filter-bar';
import { dashboardQuery, useTrackingFilters } from './tracking-filter-store';
import { TrsTable } from './trs-table';
import type { DeclarationsRequest } from './use-tracking-declarations';
import { useDashboard } from './use-dashboard';
import '../../styles/workbench.css';
import '../../styles/tracking.css';

/** 通关时效: how long each step took in the period, against the goal and the national figure. */
export function TrackingArea() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const filters = useTrackingFilters();
  // The consignee is typed: ask once typing pauses, not per key.
  const party = useDebounced(filters.party, 400);
  const query = filters.from && filters.to ? dashboardQuery({ ...filters, party }) : null;
  const { dashboard, error, loading } = useDashboard(query);
  const [list, setList] = useState<DeclarationsRequest | null>(null);
  const [importing, setImporting] = useState(false);
  const english = i18n.language === 'en';

  const listRow = (row: BreakdownRow) => {
    if (query) setList({ query, key: row.key, label: (english ? row.labelEn : row.labelZh) || row.key });
  };
  const listWaiting = () => {
    if (query) setList({ query, waitingOnly: true, label: t('tracking.list.waiting') });
  };

  return (
    <section className="area tracking-area" aria-labelledby="tracking-heading" aria-busy={loading}>
      <div className="area-toolbar">
        <h1 id="tracking-heading">{t('tracking.title')}</h1>
        {loading && <span className="muted">{t('tracking.computing')}</span>}
        {dashboard && !loading && <span className="muted">{t('tracking.generatedAt', { time: formatLocalTime(dashboard.generatedAt) })}</span>}
        <span className="toolbar-spacer" />
        <ExportButtons query={query} />
        <button type="button" onClick={() => setImporting(true)}>
          {t('tracking.import.open')}
        </button>
      </div>
      <TrackingFilterBar />
      {!query && <p className="notice notice-warning">{t('tracking.needPeriod')}</p>}
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {dashboard && <DashboardBody dashboard={dashboard} onListRow={listRow} onListWaiting={listWaiting} />}
      {list && <DeclarationsDialog request={list} onClose={() => setList(null)} />}
      {importing && <ImportEventsDialog onClose={() => setImporting(false)} />}
    </section>
  );
}

interface BodyProps {
  dashboard: Dashboard;
  onListRow(row: BreakdownRow): void;
  onListWaiting(): void;
}

function DashboardBody({ dashboard, onListRow, onListWaiting }: BodyProps) {
  const { t } = useTranslation();
  const hasReleases = dashboard.releaseCurve.length > 0;
  return (
    <>
      <SummaryTiles dashboard={dashboard} onShowWaiting={onListWaiting} />
      <TrsTable intervals={dashboard.intervals} />
      <div className="tracking-charts">
        <BreakdownPanel breakdown={dashboard.breakdown} onPick={onListRow} />
        <section className="tracking-panel" aria-labelledby="curve-heading" data-testid="release-curve">
          <h2 id="curve-heading">{t('tracking.charts.curve')}</h2>
          {hasReleases ? <ReleaseCurveChart curve={dashboard.releaseCurve} /> : <p className="muted tracking-empty">{t('tracking.charts.empty')}</p>}
        </section>
        <section className="tracking-panel" aria-labelledby="trend-heading" data-testid="monthly-trend">
          <h2 id="trend-heading">{t('tracking.charts.trend')}</h2>
          {dashboard.monthly.length > 0 ? (
            <>
              <MonthlyTrendChart months={dashboard.monthly} national={nationalReference(dashboard)} />
              <MonthlyGapTable months={dashboard.monthly} />
            </>
          ) : (
            <p className="muted tracking-empty">{t('tracking.charts.empty')}</p>
          )}
        </section>
        <section className="tracking-panel tracking-panel-wide" aria-labelledby="distribution-heading" data-testid="distribution">
          <h2 id="distribution-heading">{t('tracking.charts.distribution')}</h2>
          <DistributionChart distribution={dashboard.distribution} />
        </section>
      </div>
    </>
  );
}
