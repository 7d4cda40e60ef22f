import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { navigate } from '../../app/route';
import { useErrorText } from '../../i18n/use-error-text';
import { TemplatePicker } from '../templates/template-picker';
import { BulkReportDialog } from './bulk-report-dialog';
import { DeclarationRow } from './declaration-row';
import { filterInput, isFiltered } from './list-filter';
import { ListFiltersBar } from './list-filters-bar';
import { sortDocuments } from './list-sort';
import { useListViewStore } from './list-view-store';
import { SortableHeader } from './sortable-header';
import { trashWithUndo } from './trash-with-undo';
import { useBulkActions } from './use-bulk-actions';
import { useCreateDeclaration } from './use-create-declaration';
import { useDebounced } from './use-debounced';
import { useDocumentList } from './use-document-list';
import { useSelection } from './use-selection';
import '../../styles/workbench.css';

export function DeclarationList() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const text = useDebounced(search, 200);
  const { filter, setFilter, sort, setSort } = useListViewStore();
  const settledFilter = useDebounced(filter, 200);
  const { documents: loaded, error } = useDocumentList({ text, trashed: false, filter: filterInput(settledFilter) });
  const documents = useMemo(() => (loaded ? sortDocuments(loaded, sort) : null), [loaded, sort]);
  const selection = useSelection(documents?.map((d) => d.id) ?? []);
  const bulk = useBulkActions(t);
  const [picking, setPicking] = useState(false);
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
  const chosen = documents?.filter((d) => selection.selected.has(d.id)) ?? [];
  const allChosen = documents !== null && documents.length > 0 && chosen.length === documents.length;
  const filtered = text.trim() !== '' || isFiltered(settledFilter);

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
        <button type="button" onClick={() => setPicking(true)}>
          {t('templates.fromTemplate')}
        </button>
        <button type="button" className="primary-button" onClick={create}>
          {t('declarations.create')}
          <kbd>{t('declarations.createShortcut')}</kbd>
        </button>
      </div>
      <ListFiltersBar filter={filter} onChange={setFilter} />
      {chosen.length > 0 && (
        <div className="bulk-bar" role="toolbar" aria-label={t('listTools.selected', { count: chosen.length })}>
          <span>{t('listTools.selected', { count: chosen.length })}</span>
          <button type="button" onClick={() => bulk.validate(chosen.map((d) => d.id))}>
            {t('listTools.bulkValidate')}
          </button>
          <button
            type="button"
            onClick={() => {
              selection.clear();
              void bulk.trash(chosen);
            }}
          >
            {t('listTools.bulkDelete')}
          </button>
        </div>
      )}

      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}

      <table className="data-table" aria-label={t('declarations.listLabel')}>
        <colgroup>
          <col className="col-check" />
          <col />
          <col className="col-direction" />
          <col className="col-status" />
          <col className="col-seq" />
          <col className="col-time" />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="cell-check">
              <input type="checkbox" aria-label={t('listTools.selectAll')} checked={allChosen} onChange={() => selection.setAll(!allChosen)} />
            </th>
            <SortableHeader column="title" label={t('declarations.columns.title')} sort={sort} onSort={setSort} />
            <SortableHeader column="direction" label={t('declarations.columns.direction')} sort={sort} onSort={setSort} />
            <SortableHeader column="status" label={t('declarations.columns.status')} sort={sort} onSort={setSort} />
            <SortableHeader column="clientSeqNo" label={t('declarations.columns.clientSeqNo')} sort={sort} onSort={setSort} />
            <SortableHeader column="updatedAt" label={t('declarations.columns.updatedAt')} sort={sort} onSort={setSort} />
            <th scope="col">
              <span className="visually-hidden">{t('declarations.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {documents?.map((summary) => (
            <DeclarationRow
              key={summary.id}
              summary={summary}
              selected={selection.selected.has(summary.id)}
              onOpen={open}
              onTrash={trash}
              onSelect={(s, modifiers) => selection.click(s.id, modifiers)}
              onToggle={(s) => selection.toggle(s.id)}
            />
          ))}
        </tbody>
      </table>

      {documents === null && !error && <p className="table-note">{t('declarations.loading')}</p>}
      {documents?.length === 0 && (
        <p className="table-note">{text.trim() ? t('declarations.noMatch', { text: text.trim() }) : filtered ? t('listTools.noneFiltered') : t('declarations.empty')}</p>
      )}
      {documents && documents.length > 0 && <p className="key-hint">{t('listTools.rowHint')}</p>}
      {picking && <TemplatePicker onClose={() => setPicking(false)} />}
      {bulk.report !== undefined && <BulkReportDialog check={bulk.report} onCancel={bulk.cancelCheck} onClose={bulk.closeReport} />}
    </section>
  );
}
