import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryKind, LibraryRecord } from '../../../../shared/model/library';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { useDebounced } from '../declarations/use-debounced';
import { ImportDialog } from '../packing-lists/import/import-dialog';
import { LibraryForm } from './library-form';
import { LibraryTable } from './library-table';
import { useLibraryList } from './use-library-list';
import '../../styles/workbench.css';

type Editing = { record: LibraryRecord | null } | null;
const kinds: readonly LibraryKind[] = ['party', 'product'];

/** 资料库: the party library (企业库) and the product library (商品库), each a searchable list with a form. */
export function LibrariesArea() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [kind, setKind] = useState<LibraryKind>('party');
  const [search, setSearch] = useState('');
  const text = useDebounced(search, 150);
  const { records, error, reload } = useLibraryList(kind, text);
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);

  // Ctrl+N adds a record here, as it adds a declaration on the list; Ctrl+I imports a list from Excel.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (editing || importing || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'n' && key !== 'i') return;
      event.preventDefault();
      if (key === 'n') setEditing({ record: null });
      else setImporting(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editing, importing]);

  const remove = (record: LibraryRecord) => {
    const name = record.label || t('libraries.unnamed');
    api()
      .library.delete({ id: record.id })
      .then(() => {
        reload();
        useToastStore.getState().show({
          message: t('libraries.deleted', { name }),
          // The delete is soft: undo brings the same record (same id) back.
          action: { label: t('libraries.undo'), run: () => void api().library.restore({ id: record.id }).then(reload).catch(showErrorToast) },
        });
      })
      .catch(showErrorToast);
  };

  const switchTo = (next: LibraryKind) => {
    setKind(next);
    setSearch('');
  };

  return (
    <section className="area libraries" aria-labelledby="libraries-heading">
      <div className="area-toolbar">
        <h1 id="libraries-heading">{t('libraries.title')}</h1>
        <div className="tab-list" role="tablist" aria-label={t('libraries.tabsLabel')}>
          {kinds.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              id={`library-tab-${k}`}
              aria-selected={k === kind}
              tabIndex={k === kind ? 0 : -1}
              className={k === kind ? 'tab active' : 'tab'}
              onClick={() => switchTo(k)}
              onKeyDown={(event) => {
                if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
                event.preventDefault();
                const next = k === 'party' ? 'product' : 'party';
                switchTo(next);
                document.getElementById(`library-tab-${next}`)?.focus();
              }}
            >
              {t(k === 'party' ? 'libraries.party' : 'libraries.product')}
            </button>
          ))}
        </div>
        {records && <span className="muted">{t('libraries.count', { count: records.length })}</span>}
        <input
          type="search"
          className="search-input library-search"
          aria-label={t('libraries.searchLabel')}
          placeholder={t(kind === 'party' ? 'libraries.partySearch' : 'libraries.productSearch')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="toolbar-spacer" />
        <button type="button" aria-keyshortcuts="Control+I" title="Ctrl+I" onClick={() => setImporting(true)}>
          {t('libImport.button')}
        </button>
        <button type="button" className="primary-button" onClick={() => setEditing({ record: null })}>
          {t(kind === 'party' ? 'libraries.addParty' : 'libraries.addProduct')}
          <kbd>Ctrl+N</kbd>
        </button>
      </div>
      <div role="tabpanel" aria-labelledby={`library-tab-${kind}`}>
        {error && (
          <p className="notice notice-error" role="alert">
            {errorText(error)}
          </p>
        )}
        {records && records.length > 0 && <LibraryTable kind={kind} records={records} onEdit={(record) => setEditing({ record })} onDelete={remove} />}
        {records?.length === 0 && <p className="table-note">{text.trim() ? t('libraries.noMatch', { text: text.trim() }) : t('libraries.empty')}</p>}
        {records && records.length > 0 && <p className="key-hint">{t('libraries.rowHint')}</p>}
      </div>
      {importing && (
        <ImportDialog
          as={kind === 'party' ? 'parties' : 'products'}
          onClose={() => setImporting(false)}
          onLibraryImported={() => reload()}
        />
      )}
      {editing && (
        <LibraryForm
          key={editing.record?.id ?? 'new'}
          kind={kind}
          record={editing.record}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            reload();
            useToastStore.getState().show({ message: t('libraries.saved', { name: saved.label || t('libraries.unnamed') }) });
          }}
        />
      )}
    </section>
  );
}
