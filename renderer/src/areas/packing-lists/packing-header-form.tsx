import { useTranslation } from 'react-i18next';
import type { PackingList } from '../../../../shared/model/packing-list';
import { FIELD_ATTRIBUTE } from '../editor/field-navigation';
import { withHeader, type HeaderField } from './packing-edits';
import { plFieldId } from './packing-ui-store';
import { usePackingStore } from './packing-store';

/**
 * Form order: references and transport on one line, the parties, then ports and marks, so the
 * header stays short and the carton grid is in view without scrolling.
 */
const fields: { field: HeaderField; span?: 3 | 6; multiline?: boolean }[] = [
  { field: 'plNo' },
  { field: 'plDate' },
  { field: 'invoiceNo' },
  { field: 'contractNo' },
  { field: 'vesselVoyage' },
  { field: 'billNo' },
  { field: 'sellerName', span: 3 },
  { field: 'sellerAddress', span: 3 },
  { field: 'buyerName', span: 3 },
  { field: 'buyerAddress', span: 3 },
  { field: 'portOfLoading' },
  { field: 'portOfDischarge' },
  { field: 'finalDestination' },
  { field: 'marks', span: 3, multiline: true },
  { field: 'remarks', span: 6 },
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
      {fields.map(({ field, span, multiline }) => {
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
          <label key={field} className={`pl-field${span ? ` pl-span-${span}` : ''}`} htmlFor={id}>
            <span className="pl-label">{t(`packing.header.${field}`)}</span>
            {multiline ? (
              <textarea {...props} rows={1} onChange={(e) => update((l) => withHeader(l, field, e.target.value))} />
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
