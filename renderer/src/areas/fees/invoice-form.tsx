import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { ChargingPartyKind, ContainerSize, ContainerType } from '../../../../shared/model/fees';
import { asErrorValue } from '../../app/as-error-value';
import { DialogFrame } from '../../components/dialog-frame';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { fieldMessage } from './field-message';
import { api } from '../../transport/current-transport';
import { chinaToday } from '../tracking/period-presets';
import { useDialogKeys } from './use-dialog-keys';
import { emptyLine, invoiceFromDraft, newInvoiceId, type InvoiceDraft, type LineDraft } from './invoice-draft';

const lineTextFields = ['itemName', 'quantity', 'unitPrice', 'amount', 'blNo', 'containerNo'] as const;

/** 新建发票: an invoice entered by hand; the backend checks it and its error is shown at the field it names. */
export function InvoiceForm({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const errorText = useErrorText();
  const [id] = useState(newInvoiceId);
  const [draft, setDraft] = useState<InvoiceDraft>({ partyKind: 'terminal', partyName: '', invoiceNo: '', invoiceDate: chinaToday(), currency: 'CNY', lines: [emptyLine()] });
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLFormElement>(null);
  useDialogKeys(panel, onClose);

  const set = (change: Partial<InvoiceDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setLine = (index: number, change: Partial<LineDraft>) => setDraft((d) => ({ ...d, lines: d.lines.map((l, i) => (i === index ? { ...l, ...change } : l)) }));
  // The backend names fields by their path in the call's input: invoice.party.name, invoice.lines.0.amount ...
  const errorAt = (path: string, label: string) =>
    error?.field === `invoice.${path}` ? (
      <span className="field-error" role="alert">
        {fieldMessage(error, label, english)}
      </span>
    ) : null;
  const lineLabel = (f: (typeof lineTextFields)[number], i: number) => t('fees.form.lineField', { n: i + 1, field: t(`fees.line.${f === 'itemName' ? 'item' : f}`) });
  const invalid = (path: string) => error?.field === `invoice.${path}`;
  const placed = error?.field !== undefined && /^invoice\.(party\.name|party\.kind|invoiceNo|invoiceDate|currency|lines\.\d+\.(itemName|quantity|unitPrice|amount|blNo|containerNo|containerSize|containerType))$/.test(error.field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const invoice = invoiceFromDraft(draft, id);
    api()
      .fees.saveInvoice({ invoice })
      .then((saved) => {
        useToastStore.getState().show({ message: t('fees.form.saved', { no: saved.invoiceNo }) });
        onClose();
      })
      .catch((e: unknown) => setError(asErrorValue(e)))
      .finally(() => setBusy(false));
  };

  return (
    <DialogFrame titleId="fee-invoice-form-heading" title={t('fees.form.title')} closeLabel={t('fees.form.cancel')} onClose={onClose} className="fee-dialog-wide">
      <form ref={panel} className="fee-form" onSubmit={submit} aria-labelledby="fee-invoice-form-heading" noValidate>
        <div className="fee-form-head">
          <label>
            <span>{t('fees.form.partyKind')}</span>
            <select data-autofocus value={draft.partyKind} onChange={(e) => set({ partyKind: ChargingPartyKind.parse(e.target.value) })}>
              {ChargingPartyKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`fees.partyKinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('fees.form.partyName')}</span>
            <input value={draft.partyName} aria-invalid={invalid('party.name')} onChange={(e) => set({ partyName: e.target.value })} />
            {errorAt('party.name', t('fees.form.partyName'))}
          </label>
          <label>
            <span>{t('fees.form.invoiceNo')}</span>
            <input value={draft.invoiceNo} aria-invalid={invalid('invoiceNo')} onChange={(e) => set({ invoiceNo: e.target.value })} />
            {errorAt('invoiceNo', t('fees.form.invoiceNo'))}
          </label>
          <label>
            <span>{t('fees.form.invoiceDate')}</span>
            <input type="date" value={draft.invoiceDate} aria-invalid={invalid('invoiceDate')} onChange={(e) => set({ invoiceDate: e.target.value })} />
            {errorAt('invoiceDate', t('fees.form.invoiceDate'))}
          </label>
          <label>
            <span>{t('fees.form.currency')}</span>
            <input value={draft.currency} maxLength={3} className="fee-currency" aria-invalid={invalid('currency')} onChange={(e) => set({ currency: e.target.value })} />
            {errorAt('currency', t('fees.form.currency'))}
          </label>
        </div>
        <table className="data-table fee-table fee-line-table" aria-label={t('fees.form.lines')}>
          <thead>
            <tr>
              <th scope="col">{t('fees.line.lineNo')}</th>
              {lineTextFields.map((f) => (
                <th key={f} scope="col">
                  {t(`fees.line.${f === 'itemName' ? 'item' : f}`)}
                </th>
              ))}
              <th scope="col">{t('fees.line.size')}</th>
              <th scope="col">{t('fees.line.type')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {draft.lines.map((line, i) => (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                {lineTextFields.map((f) => (
                  <td key={f}>
                    <input
                      aria-label={`${t(`fees.line.${f === 'itemName' ? 'item' : f}`)} ${i + 1}`}
                      value={line[f]}
                      aria-invalid={invalid(`lines.${i}.${f}`)}
                      inputMode={f === 'quantity' || f === 'unitPrice' || f === 'amount' ? 'decimal' : undefined}
                      onChange={(e) => setLine(i, { [f]: e.target.value })}
                    />
                    {errorAt(`lines.${i}.${f}`, lineLabel(f, i))}
                  </td>
                ))}
                <td>
                  <select aria-label={`${t('fees.line.size')} ${i + 1}`} value={line.containerSize} onChange={(e) => setLine(i, { containerSize: ContainerSize.safeParse(e.target.value).data ?? '' })}>
                    <option value="">{t('fees.form.none')}</option>
                    {ContainerSize.options.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select aria-label={`${t('fees.line.type')} ${i + 1}`} value={line.containerType} onChange={(e) => setLine(i, { containerType: ContainerType.safeParse(e.target.value).data ?? '' })}>
                    <option value="">{t('fees.form.none')}</option>
                    {ContainerType.options.map((s) => (
                      <option key={s} value={s}>
                        {t(`fees.containerTypes.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" className="link-button" disabled={draft.lines.length === 1} aria-label={t('fees.form.removeLine', { n: i + 1 })} onClick={() => set({ lines: draft.lines.filter((_, j) => j !== i) })}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {error && !placed && (
          <p className="notice notice-error" role="alert">
            {errorText(error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => set({ lines: [...draft.lines, emptyLine()] })}>
            {t('fees.form.addLine')}
          </button>
          <span className="toolbar-spacer" />
          <button type="button" onClick={onClose}>
            {t('fees.form.cancel')}
          </button>
          <button type="submit" className="primary-button" disabled={busy}>
            {t('fees.form.save')}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}
