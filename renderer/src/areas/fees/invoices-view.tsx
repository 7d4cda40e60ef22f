import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partyKey } from '../../../../shared/fees/match';
import type { FeeInvoiceSummary } from '../../../../shared/fees/schema';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { ConfirmDialog } from './confirm-dialog';
import { formatMoney } from './fee-format';
import { useFeeFilters } from './fees-filter-store';
import { InvoiceLinesDialog } from './invoice-lines-dialog';

interface Props {
  rows: FeeInvoiceSummary[] | null;
  error: AppErrorValue | null;
  onImport(): void;
}

/** 发票: the stored invoices of the period; Enter on a row opens it, delete asks first. */
export function InvoicesView({ rows, error, onImport }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const selectedParty = useFeeFilters((s) => s.partyKey);
  const [open, setOpen] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<FeeInvoiceSummary | null>(null);
  const shown = (rows ?? []).filter((r) => !selectedParty || partyKey(r.party) === selectedParty);

  const remove = (row: FeeInvoiceSummary) => {
    api()
      .fees.deleteInvoice({ id: row.id })
      .then(() => useToastStore.getState().show({ message: t('fees.invoices.deleted', { no: row.invoiceNo }) }))
      .catch(showErrorToast);
  };

  return (
    <div className="fee-invoices">
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {rows && shown.length === 0 && (
        <div className="fee-empty">
          <p>{t('fees.invoices.none')}</p>
          <button type="button" className="primary-button" onClick={onImport}>
            {t('fees.invoices.import')}
          </button>
        </div>
      )}
      {shown.length > 0 && (
        <table className="data-table fee-table" aria-label={t('fees.invoices.label')} data-testid="fee-invoices">
          <thead>
            <tr>
              <th scope="col">{t('fees.invoices.invoiceNo')}</th>
              <th scope="col">{t('fees.invoices.party')}</th>
              <th scope="col">{t('fees.invoices.date')}</th>
              <th scope="col">{t('fees.invoices.currency')}</th>
              <th scope="col" className="num">
                {t('fees.invoices.lines')}
              </th>
              <th scope="col" className="num">
                {t('fees.invoices.amount')}
              </th>
              <th scope="col">{t('fees.invoices.source')}</th>
              <th scope="col">{t('fees.invoices.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.id}
                tabIndex={0}
                className="selectable"
                onDoubleClick={() => setOpen(row.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) setOpen(row.id);
                }}
              >
                <td className="mono">{row.invoiceNo}</td>
                <td>
                  <span className="muted">{t(`fees.partyKinds.${row.party.kind}`)}</span> {row.party.name}
                </td>
                <td>{row.invoiceDate}</td>
                <td>{row.currency}</td>
                <td className="num">{row.lines}</td>
                <td className="num">{formatMoney(row.amount)}</td>
                <td className="muted">{row.sourceFile ?? t('fees.invoices.byHand')}</td>
                <td className="fee-actions">
                  <button type="button" className="link-button" aria-label={t('fees.invoices.openLabel', { no: row.invoiceNo })} onClick={() => setOpen(row.id)}>
                    {t('fees.invoices.open')}
                  </button>
                  <button type="button" className="link-button" aria-label={t('fees.invoices.deleteLabel', { no: row.invoiceNo })} onClick={() => setDeleting(row)}>
                    {t('fees.invoices.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && <InvoiceLinesDialog id={open} onClose={() => setOpen(null)} />}
      {deleting && (
        <ConfirmDialog
          question={t('fees.invoices.deleteQuestion', { no: deleting.invoiceNo, party: deleting.party.name })}
          confirmLabel={t('fees.invoices.delete')}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
