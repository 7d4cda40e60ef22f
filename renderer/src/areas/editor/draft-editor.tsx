import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { useErrorText } from '../../i18n/use-error-text';
import { declarationTitle } from '../../../../shared/model/declaration';
import { EditorNotices } from './editor-notices';
import { HeadForm } from './head-form';
import { SaveIndicator } from './save-indicator';
import { useDraftStore } from './draft-store';
import { useSaveShortcut } from './use-save-shortcut';

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
  const { open, edit, saveNow, reopen, restoreFromBin } = useDraftStore.getState();

  useEffect(() => {
    void open(id);
    // Leaving the editor saves at once rather than waiting for the autosave delay.
    return () => void useDraftStore.getState().saveNow();
  }, [id, open]);

  const save = useCallback(() => void saveNow(), [saveNow]);
  useSaveShortcut(save);

  if (view.phase === 'idle' || view.phase === 'loading' || (view.phase === 'ready' && view.draft.id !== id)) {
    return (
      <section className="area">
        <div className="area-toolbar">
          <BackButton />
        </div>
        <p className="table-note">{t('editor.loading')}</p>
      </section>
    );
  }
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

  const { draft } = view;
  const title = declarationTitle(draft.data);
  const readOnly = draft.summary.status !== 'draft' || draft.summary.deletedAt !== null;
  return (
    <section className="area editor" aria-labelledby="editor-heading">
      <div className="area-toolbar editor-toolbar">
        <BackButton />
        <h1 id="editor-heading" className={title ? 'editor-title' : 'editor-title untitled'} title={title || undefined}>
          {title || t('declarations.untitled')}
        </h1>
        <span className={`status-tag status-${draft.summary.status}`}>{t(`status.${draft.summary.status}`)}</span>
        <span className="muted mono seq-no">{t('editor.clientSeqNo', { value: draft.summary.clientSeqNo })}</span>
        <span className="toolbar-spacer" />
        <SaveIndicator draft={draft} />
        <button type="button" onClick={save} disabled={readOnly}>
          {t('editor.saveNow')}
          <kbd>Ctrl+S</kbd>
        </button>
      </div>
      <EditorNotices draft={draft} onReopen={() => void reopen()} onRestore={() => void restoreFromBin()} />
      <HeadForm draft={draft} readOnly={readOnly} onEdit={edit} onLeaveField={save} />
      <p className="key-hint">{t('editor.keys')}</p>
    </section>
  );
}
