import { useTranslation } from 'react-i18next';
import type { PackingList } from '../../../../shared/model/packing-list';
import { FIELD_ATTRIBUTE } from '../editor/field-navigation';
import { withHeader, type HeaderField } from './packing-edits';
import { plFieldId } from './packing-ui-store';
import { usePackingStore } from './packing-store';

/** Form order: the document's own (number and date, references, parties, transport, marks). */
const fields: { field: HeaderField; wide?: boolean; multiline?: boolean }[] = [
  { field: 'plNo' },
  { field: 'plDate' },
  { field: 'invoiceNo' },
  { field: 'contractNo' },
  { field: 'sellerName', wide: true },
  { field: 'sellerAddress', wide: true },
  { field: 'buyerName', wide: true },
  { field: 'buyerAddress', wide: true },
  { field: 'vesselVoyage' },
  { field: 'billNo' },
  { field: 'portOfLoading' },
  { field: 'portOfDischarge' },
  { field: 'finalDestination' },
  { field: 'marks', wide: true, multiline: true },
  { field: 'remarks', wide: true, multiline: true },
];

interface Props {
  list: PackingList;
  readOnly: boolean;
  onLeave(): void;
  messageFor(path: string): string | null;
}

export function PackingHeaderForm({ list, readOnly, onLeave, messageFor }: Props) {
  const { t } = useTranslation();
  const update = usePackingStore((s) => s.update);
  return (
    <fieldset className="pl-header">
      <legend>{t('packing.header.legend')}</legend>
      {fields.map(({ field, wide, multiline }) => {
        const id = plFieldId('header', field);
        const message = messageFor(`header.${field}`);
        const props = {
          id,
          [FIELD_ATTRIBUTE]: '',
          value: list.header[field] ?? '',
          readOnly,
          'aria-invalid': message ? true : undefined,
          onBlur: onLeave,
        };
        return (
          <label key={field} className={`pl-field${wide ? ' pl-wide' : ''}`} htmlFor={id}>
            <span className="pl-label">{t(`packing.header.${field}`)}</span>
            {multiline ? (
              <textarea {...props} rows={2} onChange={(e) => update((l) => withHeader(l, field, e.target.value))} />
            ) : (
              <input {...props} onChange={(e) => update((l) => withHeader(l, field, e.target.value))} placeholder={field === 'plDate' ? 'yyyyMMdd' : undefined} />
            )}
            {message && <span className="field-message">{message}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
