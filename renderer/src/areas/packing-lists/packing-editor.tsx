import { useCallback, useEffect, useState } from 'react';
import '../../styles/packing.css';
import { useTranslation } from 'react-i18next';
import { packingListTitle, type PackingList } from '../../../../shared/model/packing-list';
import type { Finding } from '../../../../shared/rules/engine';
import { navigate } from '../../app/route';
import { useErrorText } from '../../i18n/use-error-text';
import { moveOnEnter } from '../editor/field-navigation';
import { useSaveShortcut } from '../editor/use-save-shortcut';
import { PdfPreviewButton } from '../pdf-preview/pdf-preview-button';
import { useUndoShortcuts } from '../editor/use-undo-shortcuts';
import { RevisionHistoryDialog } from '../history/revision-history-dialog';
import { UndoButtons } from '../editor/undo-buttons';
import { FindingCounts } from '../editor/validation/findings-panel';
import { ContainersSection } from './containers-section';
import { DeclarationLink } from './declaration-link';
import { CartonGrid } from './grid/carton-grid';
import { ImportDialog } from './import/import-dialog';
import { PackingFindings } from './packing-findings';
import { PackingHeaderForm } from './packing-header-form';
import { PackingNotices, PackingSaveState } from './packing-save-state';
import { usePackingStore, type PackingSnapshot } from './packing-store';
import { PackingTotalsView } from './packing-totals-view';
import { useLinkedCheck } from './use-packing-findings';
import { usePackingChecks } from './use-packing-checks';
import { useLinkedFindings } from '../editor/validation/use-linked-findings';
import { usePendingField } from './use-pending-field';

function BackButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="link-button" onClick={() => navigate({ area: 'packing-lists' })}>
      {t('packing.back')}
    </button>
  );
}

/** A header field shows its finding only once it holds text (the panel lists what is missing). */
function messagesFor(findings: Finding[], list: PackingList, zh: boolean) {
  return (path: string) => {
    const finding = findings.find((f) => f.path === path);
    const field = path.split('.')[1] as keyof PackingList['header'];
    if (!finding || !list.header[field]?.trim()) return null;
    return zh ? finding.messageZh : finding.messageEn;
  };
}

export function PackingEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const view = usePackingStore((s) => s.view);
  const { open, saveNow } = usePackingStore.getState();

  useEffect(() => {
    void open(id);
    return () => void usePackingStore.getState().saveNow();
  }, [id, open]);

  const save = useCallback(() => void saveNow(), [saveNow]);
  useSaveShortcut(save);
  useUndoShortcuts(usePackingStore.getState().undo, usePackingStore.getState().redo);

  if (view.phase === 'ready' && view.list.id === id) return <ReadyPackingEditor key={id} list={view.list} />;
  return (
    <section className="area">
      <div className="area-toolbar">
        <BackButton />
        {view.phase === 'failed' && <h1>{t('editor.loadFailed')}</h1>}
      </div>
      {view.phase === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {errorText(view.error)}
        </p>
      ) : (
        <p className="table-note">{t('editor.loading')}</p>
      )}
    </section>
  );
}

/** Stores the open list before it is printed (a stable function for the preview's effect). */
const savePackingList = () => usePackingStore.getState().saveNow();

function ReadyPackingEditor({ list }: { list: PackingSnapshot }) {
  const { t, i18n } = useTranslation();
  const { saveNow, reopen } = usePackingStore.getState();
  const save = useCallback(() => void saveNow(), [saveNow]);
  const { findings, totals } = usePackingChecks(list.data);
  const linked = useLinkedCheck(list.data.declarationId);
  // Kept fresh after each save, so the cross-document findings show here as on the declaration.
  const linkedAuto = useLinkedFindings(list.data.declarationId, list.summary.revision);
  const [importing, setImporting] = useState(false);
  const [history, setHistory] = useState(false);
  usePendingField();
  const readOnly = list.summary.status !== 'draft' || list.summary.deletedAt !== null;
  const title = packingListTitle(list.data);
  return (
    <section className="area editor pl-editor" aria-labelledby="pl-editor-heading">
      <div className="area-toolbar editor-toolbar">
        <BackButton />
        <h1 id="pl-editor-heading" className={title ? 'editor-title' : 'editor-title untitled'}>
          {title || t('packing.untitled')}
        </h1>
        <FindingCounts findings={findings} />
        <span className="toolbar-spacer" />
        <PackingSaveState list={list} />
        <UndoButtons source={usePackingStore.getState()} />
        <button type="button" onClick={() => setHistory(true)}>
          {t('history.open')}
        </button>
        <button type="button" disabled={readOnly} onClick={() => setImporting(true)}>
          {t('packing.importInto')}
        </button>
        <PdfPreviewButton documentId={list.summary.id} saveFirst={savePackingList} />
        <button type="button" onClick={save} disabled={readOnly}>
          {t('editor.saveNow')}
          <kbd>Ctrl+S</kbd>
        </button>
      </div>
      <PackingNotices list={list} onReopen={() => void reopen()} />
      <div className="editor-body">
        <div className="editor-form pl-form">
          <DeclarationLink declarationId={list.data.declarationId} readOnly={readOnly} />
          <form onSubmit={(e) => e.preventDefault()} onKeyDown={moveOnEnter} noValidate>
            <PackingHeaderForm list={list.data} readOnly={readOnly} onLeave={save} messageFor={messagesFor(findings, list.data, i18n.language.startsWith('zh'))} />
          </form>
          <section className="pl-lines" aria-labelledby="pl-lines-heading">
            <div className="section-head">
              <h2 id="pl-lines-heading">{t('packing.grid.title')}</h2>
              <PackingTotalsView totals={totals} />
            </div>
            <CartonGrid list={list.data} readOnly={readOnly} findings={findings} onLeave={save} />
            <p className="key-hint">{t('packing.grid.keys')}</p>
          </section>
          <form onSubmit={(e) => e.preventDefault()} onKeyDown={moveOnEnter} noValidate>
            <ContainersSection list={list.data} readOnly={readOnly} onLeave={save} />
          </form>
        </div>
        <PackingFindings live={findings} report={linkedAuto ?? linked.report} running={linked.running} linked={Boolean(list.data.declarationId)} declarationId={list.data.declarationId} onRun={linked.run} />
      </div>
      {history && (
        <RevisionHistoryDialog
          documentId={list.id}
          saveFirst={saveNow}
          currentRevision={() => {
            const now = usePackingStore.getState().view;
            return now.phase === 'ready' ? now.list.summary.revision : list.summary.revision;
          }}
          reopen={reopen}
          onClose={() => setHistory(false)}
        />
      )}
      {importing && (
        <ImportDialog
          target={async () => {
            // Unsaved edits are stored first, so the import replaces lines from the newest revision.
            await saveNow();
            const now = usePackingStore.getState().view;
            return { documentId: list.id, baseRevision: now.phase === 'ready' ? now.list.summary.revision : list.summary.revision };
          }}
          onClose={() => setImporting(false)}
          onImported={() => void reopen()}
        />
      )}
    </section>
  );
}
