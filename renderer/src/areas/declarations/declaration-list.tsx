import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { navigate } from '../../app/route';
import { useErrorText } from '../../i18n/use-error-text';
import { DeclarationRow } from './declaration-row';
import { trashWithUndo } from './trash-with-undo';
import { useCreateDeclaration } from './use-create-declaration';
import { useDebounced } from './use-debounced';
import { useDocumentList } from './use-document-list';

export function DeclarationList() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const text = useDebounced(search, 200);
  const { documents, error } = useDocumentList({ text, trashed: false });
  const create = useCreateDeclaration();
  const body = useRef<HTMLTableSectionElement>(null);
  // After a row is deleted from the keyboard, focus stays at the same place in the list.
  const refocusIndex = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = refocusIndex.current;
    if (index === null || !documents || !body.current) return;
    refocusIndex.current = null;
    const rows = body.current.rows;
    const row = rows[Math.min(index, rows.length - 1)];
    row?.focus();
  }, [documents]);

  const open = (summary: DocumentSummary) => navigate({ area: 'declarations', draftId: summary.id });
  const trash = (summary: DocumentSummary) => {
    const index = documents?.findIndex((d) => d.id === summary.id) ?? -1;
    if (index >= 0 && body.current?.contains(document.activeElement)) refocusIndex.current = index;
    void trashWithUndo(summary, t);
  };

  return (
    <section className="area" aria-labelledby="declarations-heading">
      <div className="area-toolbar">
        <h1 id="declarations-heading">{t('declarations.title')}</h1>
        {documents && <span className="muted">{t('declarations.count', { count: documents.length })}</span>}
        <input
          type="search"
          className="search-input"
          aria-label={t('declarations.searchLabel')}
          placeholder={t('declarations.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => navigate({ area: 'declarations', recycleBin: true })}>
          {t('declarations.recycleBin')}
        </button>
        <button type="button" className="primary-button" onClick={create}>
          {t('declarations.create')}
          <kbd>{t('declarations.createShortcut')}</kbd>
        </button>
      </div>

      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}

      <table className="data-table" aria-label={t('declarations.listLabel')}>
        <colgroup>
          <col />
          <col className="col-direction" />
          <col className="col-status" />
          <col className="col-seq" />
          <col className="col-time" />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('declarations.columns.title')}</th>
            <th scope="col">{t('declarations.columns.direction')}</th>
            <th scope="col">{t('declarations.columns.status')}</th>
            <th scope="col">{t('declarations.columns.clientSeqNo')}</th>
            <th scope="col">{t('declarations.columns.updatedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('declarations.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {documents?.map((summary) => (
            <DeclarationRow key={summary.id} summary={summary} onOpen={open} onTrash={trash} />
          ))}
        </tbody>
      </table>

      {documents === null && !error && <p className="table-note">{t('declarations.loading')}</p>}
      {documents?.length === 0 && (
        <p className="table-note">{text.trim() ? t('declarations.noMatch', { text: text.trim() }) : t('declarations.empty')}</p>
      )}
      {documents && documents.length > 0 && <p className="key-hint">{t('declarations.rowHint')}</p>}
    </section>
  );
}
