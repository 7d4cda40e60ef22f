import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryKind, LibraryRecord } from '../../../../shared/model/library';
import { moveRowFocus } from '../declarations/row-keys';

interface Props {
  kind: LibraryKind;
  records: LibraryRecord[];
  onEdit(record: LibraryRecord): void;
  onDelete(record: LibraryRecord): void;
}

/** The columns a broker scans for: names and codes of a party, part no., code and price of a product. */
function cells(record: LibraryRecord): string[] {
  const body = record.body;
  if (body.kind === 'party') {
    const p = body.data;
    return [p.nameEn ?? '', p.uscc ?? '', p.customsCode ?? '', p.ciqCode ?? p.overseasCode ?? ''];
  }
  const p = body.data;
  return [p.partNo ?? '', p.codeTs ?? '', p.gUnit ?? '', [p.declPrice, p.tradeCurr].filter(Boolean).join(' ')];
}

export function LibraryTable({ kind, records, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const heads =
    kind === 'party'
      ? [t('libraries.columns.name'), t('libraries.columns.nameEn'), t('libraries.columns.uscc'), t('libraries.columns.customsCode'), t('libraries.columns.ciqCode')]
      : [t('libraries.columns.name'), t('libraries.columns.partNo'), t('libraries.columns.codeTs'), t('libraries.columns.gUnit'), t('libraries.columns.price')];
  const onKeyDown = (record: LibraryRecord) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    if (moveRowFocus(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onEdit(record);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(record);
    }
  };
  return (
    <table className="data-table library-table" aria-label={t(kind === 'party' ? 'libraries.partyList' : 'libraries.productList')}>
      <thead>
        <tr>
          {heads.map((head) => (
            <th key={head} scope="col">
              {head}
            </th>
          ))}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('libraries.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => {
          const name = record.label || t('libraries.unnamed');
          return (
            <tr key={record.id} tabIndex={0} className="clickable-row" onClick={() => onEdit(record)} onKeyDown={onKeyDown(record)}>
              <td className="cell-title" title={name}>
                {name}
              </td>
              {cells(record).map((value, i) => (
                <td key={i} className={kind === 'party' && i === 0 ? undefined : 'mono'} title={value || undefined}>
                  {value}
                </td>
              ))}
              <td className="cell-actions">
                <button
                  type="button"
                  className="small-button"
                  aria-label={t('libraries.deleteLabel', { name })}
                  onClick={(event) => {
                    event.stopPropagation();
                    onDelete(record);
                  }}
                >
                  {t('libraries.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
