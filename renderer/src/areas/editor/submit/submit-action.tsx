import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useToastStore } from '../../../components/toast-store';
import { useSubmitStore } from './submit-store';

interface Props {
  documentId: string;
  title: string;
  /** Only a draft (or a corrected rejection) can be submitted. */
  enabled: boolean;
}

/** 提交 in the editor's toolbar, and its shortcut Ctrl+Shift+Enter (Ctrl+Enter stays the full check). */
export function SubmitAction({ documentId, title, enabled }: Props) {
  const { t } = useTranslation();
  const busy = useSubmitStore((s) => s.busy && s.documentId === documentId);

  const submit = useCallback(() => {
    if (!enabled) return;
    void useSubmitStore
      .getState()
      .submit(documentId)
      .then((item) => {
        if (item) useToastStore.getState().show({ message: t('submit.queued', { title: item.title || title || t('declarations.untitled') }) });
      });
  }, [documentId, enabled, t, title]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key !== 'Enter') return;
      event.preventDefault();
      submit();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [submit]);

  // A submit failure belongs to the document it was about; opening another one starts clean.
  useEffect(() => {
    if (useSubmitStore.getState().documentId !== documentId) useSubmitStore.getState().dismiss();
  }, [documentId]);

  return (
    <button type="button" className="primary-button" onClick={submit} disabled={!enabled || busy} aria-keyshortcuts="Control+Shift+Enter">
      {busy ? t('submit.sending') : t('submit.button')}
      <kbd>{t('submit.key')}</kbd>
    </button>
  );
}
