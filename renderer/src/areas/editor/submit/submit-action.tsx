import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../../../i18n/i18n';
import { useToastStore } from '../../../components/toast-store';
import { useSubmitStore } from './submit-store';

/** 提交 from anywhere in the editor (button, menu, shortcut): queue it, then say so in a toast. */
export function submitDocument(documentId: string, title: string): void {
  void useSubmitStore
    .getState()
    .submit(documentId)
    .then((item) => {
      if (!item) return;
      const shown = item.title || title || i18next.t('declarations.untitled');
      useToastStore.getState().show({ message: i18next.t('submit.queued', { title: shown }) });
    });
}

/** Ctrl+Shift+Enter submits the open declaration (Ctrl+Enter stays the full check). */
export function useSubmitShortcut(documentId: string, title: string, enabled: boolean): void {
  const submit = useCallback(() => {
    if (enabled) submitDocument(documentId, title);
  }, [documentId, enabled, title]);

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
}

/**
 * At the top of the editor's side column while the declaration is a draft: the one button that
 * sends it on its way, with its shortcut, and what will happen.
 */
export function SubmitBox({ documentId, title }: { documentId: string; title: string }) {
  const { t } = useTranslation();
  const busy = useSubmitStore((s) => s.busy && s.documentId === documentId);
  return (
    <section className="submit-box" aria-label={t('submit.button')}>
      <button type="button" className="primary-button" onClick={() => submitDocument(documentId, title)} disabled={busy} aria-keyshortcuts="Control+Shift+Enter">
        {busy ? t('submit.sending') : t('submit.button')}
        <kbd>{t('submit.key')}</kbd>
      </button>
      <p className="muted">{t('submit.hint')}</p>
    </section>
  );
}
