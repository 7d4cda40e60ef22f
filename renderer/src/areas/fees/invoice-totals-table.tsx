import { useTranslation } from 'react-i18next';
import type { InvoiceAuditReport } from '../../../../shared/fees/schema';
import { TotalsCells, TotalsHeaders } from './totals-columns';

interface Props {
  invoices: InvoiceAuditReport[];
  picked: string | null;
  onPick(invoiceId: string | null): void;
}

/** 按发票: one row per invoice; a click or Enter on a row shows only that invoice's findings (again: all). */
export function InvoiceTotalsTable({ invoices, picked, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <section className="tracking-panel tracking-panel-wide" aria-labelledby="fee-by-invoice-heading">
      <h2 id="fee-by-invoice-heading">{t('fees.groups.byInvoice')}</h2>
      <p className="muted">{t('fees.groups.pickHint')}</p>
      <table className="data-table fee-table" data-testid="fee-by-invoice" aria-labelledby="fee-by-invoice-heading">
        <thead>
          <tr>
            <th scope="col">{t('fees.groups.invoiceNo')}</th>
            <th scope="col">{t('fees.groups.party')}</th>
            <th scope="col">{t('fees.groups.date')}</th>
            <th scope="col">{t('fees.groups.currency')}</th>
            <TotalsHeaders />
          </tr>
        </thead>
        <tbody>
          {invoices.map(({ invoice, totals }) => {
            const selected = picked === invoice.id;
            const toggle = () => onPick(selected ? null : invoice.id);
            return (
              <tr
                key={invoice.id}
                tabIndex={0}
                className={selected ? 'selectable selected-row' : 'selectable'}
                aria-selected={selected}
                aria-label={t('fees.groups.pickLabel', { no: invoice.invoiceNo })}
                data-invoice={invoice.invoiceNo}
                onClick={toggle}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  toggle();
                }}
              >
                <td className="mono">{invoice.invoiceNo}</td>
                <td>{invoice.party.name}</td>
                <td>{invoice.invoiceDate}</td>
                <td>{totals.currency}</td>
                <TotalsCells totals={totals} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
