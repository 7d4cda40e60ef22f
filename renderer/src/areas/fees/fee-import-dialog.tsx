import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeeInvoiceDefaultsSchema, FeeListHeaderInputSchema } from '../../../../shared/fees/schema';
import { ImportTarget } from '../../../../shared/import/fields';
import { ChargingPartyKind } from '../../../../shared/model/fees';
import { DialogFrame } from '../../components/dialog-frame';
import { useToastStore } from '../../components/toast-store';
import { ImportDialog } from '../packing-lists/import/import-dialog';
import type { FeeCommit } from '../packing-lists/import/use-import-job';
import { chinaToday } from '../tracking/period-presets';

export type FeeImportKind = 'fee-list' | 'fee-invoice';

interface Props {
  kind: FeeImportKind;
  onClose(): void;
}

/** What the broker typed above the file; empty text is "not given". */
interface Typed {
  partyKind: ChargingPartyKind | '';
  partyName: string;
  uscc: string;
  titleZh: string;
  validFrom: string;
  validTo: string;
  invoiceNo: string;
  invoiceDate: string;
  currency: string;
}

const given = (value: string) => (value.trim() ? value.trim() : undefined);

/** The fees call's extra input, or null while it is not valid yet (commit stays disabled). */
function feeCommit(kind: FeeImportKind, v: Typed): FeeCommit | null {
  if (kind === 'fee-list') {
    const header = FeeListHeaderInputSchema.safeParse({
      partyKind: v.partyKind || undefined,
      partyName: given(v.partyName),
      uscc: given(v.uscc),
      titleZh: given(v.titleZh),
      validFrom: given(v.validFrom),
      validTo: given(v.validTo),
    });
    return header.success ? { target: 'fee-list', header: header.data } : null;
  }
  const defaults = FeeInvoiceDefaultsSchema.safeParse({
    partyKind: v.partyKind || undefined,
    partyName: given(v.partyName),
    uscc: given(v.uscc),
    invoiceNo: given(v.invoiceNo),
    invoiceDate: given(v.invoiceDate),
    currency: given(v.currency)?.toUpperCase(),
  });
  return defaults.success ? { target: 'fee-invoice', defaults: defaults.data } : null;
}

/**
 * 导入收费清单 / 导入发票: the domain import dialog (file, mapping, preview, progress, cancel) with
 * what the sheet does not say: a list's party and dates; an invoice statement's defaults.
 */
export function FeeImportDialog({ kind, onClose }: Props) {
  const { t } = useTranslation();
  const list = kind === 'fee-list';
  const [typed, setTyped] = useState<Typed>({ partyKind: list ? 'terminal' : '', partyName: '', uscc: '', titleZh: '', validFrom: list ? chinaToday() : '', validTo: '', invoiceNo: '', invoiceDate: '', currency: '' });
  const set = (change: Partial<Typed>) => setTyped((v) => ({ ...v, ...change }));
  const title = list ? t('fees.import.listTitle') : t('fees.import.invoiceTitle');
  // The importer knows the fee targets once shared/import has them; until then say so instead of failing later.
  const target = ImportTarget.safeParse(kind);
  if (!target.success) {
    return (
      <DialogFrame titleId="fee-import-heading" title={title} closeLabel={t('fees.invoices.close')} onClose={onClose}>
        <p className="notice notice-error">{t('fees.import.unavailable')}</p>
      </DialogFrame>
    );
  }
  const commit = feeCommit(kind, typed);
  const done = (outcome: { lines: number; created: number; updated: number }) => {
    const message = list
      ? t(outcome.updated > 0 ? 'fees.import.doneListReplaced' : 'fees.import.doneList', { title: given(typed.titleZh) ?? typed.partyName.trim(), items: outcome.lines })
      : t('fees.import.doneInvoices', { count: outcome.created + outcome.updated, created: outcome.created, updated: outcome.updated });
    useToastStore.getState().show({ message });
  };

  const text = (key: keyof Omit<Typed, 'partyKind'>, label: string, type = 'text', first = false) => (
    <label className="tracking-field">
      <span>{label}</span>
      <input type={type} value={typed[key]} data-autofocus={first ? true : undefined} onChange={(e) => set({ [key]: e.target.value })} />
    </label>
  );

  return (
    <ImportDialog as={target.data} fee={commit} title={title} onClose={onClose} onFeeImported={done}>
      <div className="fee-import-head" role="group" aria-label={title}>
        <label className="tracking-field">
          <span>{t('fees.import.partyKind')}</span>
          <select value={typed.partyKind} onChange={(e) => set({ partyKind: ChargingPartyKind.safeParse(e.target.value).data ?? '' })}>
            {!list && <option value="">{t('fees.import.any')}</option>}
            {ChargingPartyKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`fees.partyKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {text('partyName', list ? t('fees.import.partyName') : t('fees.import.partyNameOptional'), 'text', true)}
        {text('uscc', t('fees.import.uscc'))}
        {list && text('titleZh', t('fees.import.titleZh'))}
        {list && text('validFrom', t('fees.import.validFrom'), 'date')}
        {list && text('validTo', t('fees.import.validTo'), 'date')}
        {!list && text('invoiceNo', t('fees.import.invoiceNo'))}
        {!list && text('invoiceDate', t('fees.import.invoiceDate'), 'date')}
        {!list && text('currency', t('fees.import.currency'))}
      </div>
      <p className="muted">{list ? (commit ? t('fees.import.listHint') : t('fees.import.needHeader')) : commit ? t('fees.import.defaultsHint') : t('fees.import.badDefaults')}</p>
    </ImportDialog>
  );
}
