import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { useErrorText } from '../../i18n/use-error-text';
import { declarationTitle } from '../../../../shared/model/declaration';
import { EditorNotices } from './editor-notices';
import { moveOnEnter } from './field-navigation';
import { HeadForm } from './head-form';
import { ItemsSection } from './items/items-section';
import { childBlocks, childTables } from './children/child-blocks';
import { ChildSections } from './children/child-section';
import { RecordSections } from './children/record-sections';
import { ensureTables } from './codes/reference-store';
import { usePendingFocus } from './use-pending-focus';
import { FindingCounts, FindingsPanel } from './validation/findings-panel';
import { useBackendCheck } from './validation/use-backend-check';
import { useLiveFindings } from './validation/use-live-findings';
import { useLinkedFindings } from './validation/use-linked-findings';
import { useInlineMessages } from './validation/inline-messages';
import { SaveIndicator } from './save-indicator';
import { DocumentActions } from './document-actions';
import { PdfPreviewButton } from '../pdf-preview/pdf-preview-button';
import type { SessionSnapshot } from './draft-session';
import { useDraftStore } from './draft-store';
import { useSaveShortcut } from './use-save-shortcut';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { UndoButtons } from './undo-buttons';
import { isEditableStatus } from './editable-status';
import { SubmitBox, useSubmitShortcut } from './submit/submit-action';
import { SubmitErrorNotice } from './submit/submit-notice';
import { useStatusRefresh } from './submit/use-status-refresh';
import { ReceiptTimeline } from '../receipts/receipt-timeline';
import { ClearanceTimeline } from '../receipts/clearance-timeline';

const saveDraft = () => useDraftStore.getState().saveNow();

function BackButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="link-button" onClick={() => navigate({ area: 'declarations' })}>
      {t('editor.back')}
    </button>
  );
}

export function DraftEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const view = useDraftStore((s) => s.view);
  const { open, saveNow } = useDraftStore.getState();

  useEffect(() => {
    void open(id);
    // Leaving the editor saves at once rather than waiting for the autosave delay.
    return () => void useDraftStore.getState().saveNow();
  }, [id, open]);

  const save = useCallback(() => void saveNow(), [saveNow]);
  useSaveShortcut(save);
  useUndoShortcuts(useDraftStore.getState().undo, useDraftStore.getState().redo);

  if (view.phase === 'ready' && view.draft.id === id) return <ReadyEditor key={id} draft={view.draft} />;
  if (view.phase === 'failed') {
    return (
      <section className="area">
        <div className="area-toolbar">
          <BackButton />
          <h1>{t('editor.loadFailed')}</h1>
        </div>
        <p className="notice notice-error" role="alert">
          {errorText(view.error)}
        </p>
      </section>
    );
  }
  return (
    <section className="area">
      <div className="area-toolbar">
        <BackButton />
      </div>
      <p className="table-note">{t('editor.loading')}</p>
    </section>
  );
}

function ReadyEditor({ draft }: { draft: SessionSnapshot }) {
  const { t } = useTranslation();
  const { edit, saveNow, reopen, restoreFromBin } = useDraftStore.getState();
  const save = useCallback(() => void saveNow(), [saveNow]);
  const findings = useLiveFindings(draft.data);
  const backend = useBackendCheck(draft.id, saveDraft);
  const linked = useLinkedFindings(draft.id, draft.summary.revision);
  usePendingFocus();
  useEffect(() => ensureTables(childTables), []);
  const messageFor = useInlineMessages(findings);
  const title = declarationTitle(draft.data);
  useStatusRefresh(draft.id);
  const readOnly = !isEditableStatus(draft.summary.status) || draft.summary.deletedAt !== null;
  // A corrected rejection is saved as a draft first; only a draft can be queued.
  const submittable = draft.summary.status === 'draft' && draft.summary.deletedAt === null;
  useSubmitShortcut(draft.id, title, submittable);
  return (
    <section className="area editor" aria-labelledby="editor-heading">
      <div className="area-toolbar editor-toolbar">
        <BackButton />
        <h1 id="editor-heading" className={title ? 'editor-title' : 'editor-title untitled'} title={title || undefined}>
          {title || t('declarations.untitled')}
        </h1>
        <span className={`status-tag status-${draft.summary.status}`}>{t(`status.${draft.summary.status}`)}</span>
        {/* The number alone (its name on hover and for screen readers): when the toolbar is short,
            the label used to keep the room and the number was cut to "Clien…". */}
        <span className="muted mono seq-no" title={t('editor.clientSeqNo', { value: draft.summary.clientSeqNo })} aria-label={t('editor.clientSeqNo', { value: draft.summary.clientSeqNo })}>
          {draft.summary.clientSeqNo}
        </span>
        <FindingCounts findings={findings} />
        <span className="toolbar-spacer" />
        <SaveIndicator draft={draft} />
        <UndoButtons source={useDraftStore.getState()} />
        <DocumentActions id={draft.id} title={title} submittable={submittable} />
        <PdfPreviewButton documentId={draft.id} saveFirst={saveDraft} />
        <button type="button" onClick={save} disabled={readOnly}>
          {t('editor.saveNow')}
          <kbd>Ctrl+S</kbd>
        </button>
      </div>
      <EditorNotices draft={draft} onReopen={() => void reopen()} onRestore={() => void restoreFromBin()} />
      <SubmitErrorNotice documentId={draft.id} />
      <div className="editor-body">
        <form className="editor-form" onSubmit={(event) => event.preventDefault()} onKeyDown={moveOnEnter} noValidate>
          <HeadForm draftId={draft.id} head={draft.data.head} saveError={draft.saveError} readOnly={readOnly} onEdit={edit} onLeaveField={save} messageFor={messageFor} />
          <ItemsSection items={draft.data.items} readOnly={readOnly} onLeaveField={save} messageFor={messageFor} />
          <ChildSections blocks={childBlocks} draft={draft.data} readOnly={readOnly} onLeaveField={save} messageFor={messageFor} />
          <RecordSections draft={draft.data} readOnly={readOnly} onLeaveField={save} messageFor={messageFor} />
        </form>
        <div className="editor-side">
          {submittable && <SubmitBox documentId={draft.id} title={title} />}
          <ReceiptTimeline documentId={draft.id} status={draft.summary.status} />
          <ClearanceTimeline documentId={draft.id} />
          <FindingsPanel live={findings} report={backend.report} running={backend.running} onRunFull={backend.run} linked={linked} />
        </div>
      </div>
      <p className="key-hint">
        {t('editor.keys')} · {t('history.undoKeys')}
      </p>
    </section>
  );
}
