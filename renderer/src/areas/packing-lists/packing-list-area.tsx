import { useState } from 'react';
import '../../styles/packing.css';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { showErrorToast } from '../../components/show-error-toast';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { formatLocalTime } from '../declarations/format-time';
import { trashWithUndo } from '../declarations/trash-with-undo';
import { ImportDialog } from './import/import-dialog';
import { declarationLabel, useDeclarations } from './use-declaration-titles';
import { usePackingLists } from './use-packing-lists';

/** 装箱单: every live packing list, new / import / open / delete to the recycle bin. */
export function PackingListArea() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { rows, error } = usePackingLists();
  const declarations = useDeclarations();
  const [importing, setImporting] = useState(false);

  const create = () => {
    api()
      .documents.create({ kind: 'packing-list' })
      .then((doc) => navigate({ area: 'packing-lists', packingListId: doc.id }))
      .catch(showErrorToast);
  };
  const open = (id: string) => navigate({ area: 'packing-lists', packingListId: id });

  return (
    <section className="area" aria-labelledby="packing-heading">
      <div className="area-toolbar">
        <h1 id="packing-heading">{t('packing.title')}</h1>
        {rows && <span className="muted">{t('packing.count', { count: rows.length })}</span>}
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => setImporting(true)}>
          {t('packing.import')}
        </button>
        <button type="button" className="primary-button" onClick={create}>
          {t('packing.create')}
        </button>
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <table className="data-table" aria-label={t('packing.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('packing.columns.title')}</th>
            <th scope="col">{t('packing.columns.plNo')}</th>
            <th scope="col">{t('packing.columns.declaration')}</th>
            <th scope="col">{t('packing.columns.updatedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('packing.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows?.map(({ summary, plNo, declarationId }) => (
            <tr
              key={summary.id}
              tabIndex={0}
              className="clickable-row"
              onDoubleClick={() => open(summary.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') open(summary.id);
                if (event.key === 'Delete') void trashWithUndo(summary, t);
              }}
            >
              <td>
                <button type="button" className="link-button" onClick={() => open(summary.id)}>
                  {summary.title || t('packing.untitled')}
                </button>
              </td>
              <td className="mono">{plNo}</td>
              <td>{declarationId ? declarationLabel(declarations.find((d) => d.id === declarationId), t('declarations.untitled')) || t('packing.missingDeclaration') : '—'}</td>
              <td className="mono">{formatLocalTime(summary.updatedAt)}</td>
              <td>
                <button type="button" className="small-button" onClick={() => void trashWithUndo(summary, t)}>
                  {t('packing.trash')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows === null && !error && <p className="table-note">{t('packing.loading')}</p>}
      {rows?.length === 0 && <p className="table-note">{t('packing.empty')}</p>}
      {importing && <ImportDialog onClose={() => setImporting(false)} onImported={(id) => open(id)} />}
    </section>
  );
}
