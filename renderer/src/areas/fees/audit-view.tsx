import { useTranslation } from 'react-i18next';
import type { FeeAuditQuery } from '../../../../shared/fees/schema';
import { useErrorText } from '../../i18n/use-error-text';
import { formatLocalTime } from '../declarations/format-time';
import { AuditTiles } from './audit-tiles';
import { FeeExportButtons } from './fee-export-buttons';
import { useFeeFilters } from './fees-filter-store';
import { FindingsList } from './findings-list';
import { GroupTotalsTable } from './group-totals-table';
import { InvoiceTotalsTable } from './invoice-totals-table';
import { useFeeAudit } from './use-fee-audit';

interface Props {
  query: FeeAuditQuery | null;
  onImport(): void;
  onAdd(): void;
}

/** 审核: what was invoiced in the period, what should not have been, how much, and why. */
export function AuditView({ query, onImport, onAdd }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { report, error, loading } = useFeeAudit(query);
  const { invoiceId, pickInvoice } = useFeeFilters();
  const picked = report?.invoices.find((i) => i.invoice.id === invoiceId) ?? null;
  return (
    <div className="fee-audit" aria-busy={loading} data-testid="fee-audit">
      <div className="fee-audit-bar">
        {loading && <span className="muted">{t('fees.computing')}</span>}
        {report && !loading && <span className="muted">{t('fees.generatedAt', { time: formatLocalTime(report.generatedAt) })}</span>}
        <span className="toolbar-spacer" />
        <FeeExportButtons query={report && report.invoices.length > 0 ? query : null} />
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {report && report.usesExampleLists && (
        <p className="notice notice-warning fee-example-banner" role="note" data-testid="fee-example-banner">
          {t('fees.example.banner')}
        </p>
      )}
      {report && report.invoices.length === 0 && (
        <div className="fee-empty" data-testid="fee-empty">
          <p>{query?.period.from && query.period.to ? t('fees.empty.text', { from: query.period.from, to: query.period.to }) : t('fees.empty.textOpen')}</p>
          <button type="button" className="primary-button" onClick={onImport}>
            {t('fees.empty.import')}
          </button>
          <button type="button" onClick={onAdd}>
            {t('fees.empty.add')}
          </button>
        </div>
      )}
      {report && report.invoices.length > 0 && (
        <>
          <AuditTiles report={report} />
          {picked && (
            <p className="notice fee-filtered" role="status">
              {t('fees.findings.filtered', { no: picked.invoice.invoiceNo })}{' '}
              <button type="button" className="link-button" onClick={() => pickInvoice(null)}>
                {t('fees.findings.showAll')}
              </button>
            </p>
          )}
          <FindingsList report={report} invoiceId={picked ? picked.invoice.id : null} />
          <InvoiceTotalsTable invoices={report.invoices} picked={picked ? picked.invoice.id : null} onPick={pickInvoice} />
          <div className="fee-groups">
            <GroupTotalsTable title={t('fees.groups.byParty')} nameHeader={t('fees.groups.party')} rows={report.byParty} testId="fee-by-party" />
            <GroupTotalsTable title={t('fees.groups.byMonth')} nameHeader={t('fees.groups.month')} rows={report.byMonth} testId="fee-by-month" />
          </div>
        </>
      )}
    </div>
  );
}
