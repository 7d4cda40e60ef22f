import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { FeeInvoice } from '../../../../shared/model/fees';
import { asErrorValue } from '../../app/as-error-value';
import { DialogFrame } from '../../components/dialog-frame';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { formatMoney } from './fee-format';
import { useDialogKeys } from './use-dialog-keys';

/** One stored invoice with its lines, as it was entered or imported. */
export function InvoiceLinesDialog({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [invoice, setInvoice] = useState<FeeInvoice | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  useDialogKeys(panel, onClose);
  useEffect(() => {
    api()
      .fees.invoice({ id })
      .then(setInvoice)
      .catch((e: unknown) => setError(asErrorValue(e)));
  }, [id]);
  const title = invoice ? t('fees.invoices.linesTitle', { no: invoice.invoiceNo }) : t('fees.loading');
  return (
    <DialogFrame titleId="fee-invoice-heading" title={title} closeLabel={t('fees.invoices.close')} onClose={onClose} className="fee-dialog-wide">
      <div ref={panel} tabIndex={-1} className="fee-dialog-body">
        {error && (
          <p className="notice notice-error" role="alert">
            {errorText(error)}
          </p>
        )}
        {invoice && (
          <>
            <p className="muted">
              {t(`fees.partyKinds.${invoice.party.kind}`)} · {invoice.party.name} · {invoice.invoiceDate} · {invoice.currency}
            </p>
            <table className="data-table fee-table" data-testid="fee-invoice-lines">
              <thead>
                <tr>
                  <th scope="col">{t('fees.line.lineNo')}</th>
                  <th scope="col">{t('fees.line.item')}</th>
                  <th scope="col" className="num">
                    {t('fees.line.quantity')}
                  </th>
                  <th scope="col">{t('fees.line.unit')}</th>
                  <th scope="col" className="num">
                    {t('fees.line.unitPrice')}
                  </th>
                  <th scope="col" className="num">
                    {t('fees.line.amount')}
                  </th>
                  <th scope="col">{t('fees.line.blNo')}</th>
                  <th scope="col">{t('fees.line.containerNo')}</th>
                  <th scope="col">{t('fees.line.size')}</th>
                  <th scope="col">{t('fees.line.serviceDate')}</th>
                </tr>
              </thead>
              <tbody>
                {invoice.lines.map((l) => (
                  <tr key={l.lineNo}>
                    <td className="num">{l.lineNo}</td>
                    <td>{l.itemName}</td>
                    <td className="num">{l.quantity}</td>
                    <td>{l.unit ? t(`fees.units.${l.unit}`) : ''}</td>
                    <td className="num">{formatMoney(l.unitPrice)}</td>
                    <td className="num">{formatMoney(l.amount)}</td>
                    <td className="mono">{l.blNo ?? ''}</td>
                    <td className="mono">{l.containerNo ?? ''}</td>
                    <td>{[l.containerSize, l.containerType ? t(`fees.containerTypes.${l.containerType}`) : ''].filter(Boolean).join(' ')}</td>
                    <td>{l.serviceDate ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </DialogFrame>
  );
}
