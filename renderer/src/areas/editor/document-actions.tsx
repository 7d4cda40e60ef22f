import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { api } from '../../transport/current-transport';
import { TemplateNameDialog } from '../templates/template-name-dialog';
import { RevisionHistoryDialog } from '../history/revision-history-dialog';
import { currentDraftSession, useDraftStore } from './draft-store';
import { submitDocument } from './submit/submit-action';

const saveDraft = () => useDraftStore.getState().saveNow();
const draftRevision = () => currentDraftSession()?.snapshot().summary.revision ?? 0;
const reopenDraft = () => useDraftStore.getState().reopen();

/**
 * 提交, 复制 (with or without items) and 存为模板, behind one menu button so the editor's one-line
 * toolbar keeps room for the title. All store the open draft first.
 */
export const DocumentActions = memo(function DocumentActions({ id, title, submittable }: { id: string; title: string; submittable: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const [history, setHistory] = useState(false);
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  const copy = async (withItems: boolean) => {
    setOpen(false);
    try {
      await useDraftStore.getState().saveNow();
      const doc = await api().documents.copy({ id, withItems });
      navigate({ area: 'declarations', draftId: doc.id });
      useToastStore.getState().show({ message: t('templates.copied', { seq: doc.clientSeqNo }) });
    } catch (error) {
      showErrorToast(error);
    }
  };
  const saveAsTemplate = async () => {
    setOpen(false);
    await useDraftStore.getState().saveNow();
    setNaming(true);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="menu-host">
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('templates.menu')} ▾
      </button>
      {open && (
        <ul ref={menu} className="action-menu" role="menu" onKeyDown={onMenuKey} onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
        }}>
          {submittable && (
            <li role="none">
              <button
                type="button"
                role="menuitem"
                aria-keyshortcuts="Control+Shift+Enter"
                onClick={() => {
                  setOpen(false);
                  button.current?.focus();
                  submitDocument(id, title);
                }}
              >
                {t('submit.menu')}
                <kbd>{t('submit.key')}</kbd>
              </button>
            </li>
          )}
          <li role="none">
            <button type="button" role="menuitem" onClick={() => void copy(true)}>
              {t('templates.copyWithItems')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={() => void copy(false)}>
              {t('templates.copyWithoutItems')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={() => void saveAsTemplate()}>
              {t('templates.saveAs')}
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                setOpen(false);
                setHistory(true);
              }}
            >
              {t('history.open')}
            </button>
          </li>
        </ul>
      )}
      {history && (
        <RevisionHistoryDialog
          documentId={id}
          saveFirst={saveDraft}
          currentRevision={draftRevision}
          reopen={reopenDraft}
          onClose={() => {
            setHistory(false);
            button.current?.focus();
          }}
        />
      )}
      {naming && <TemplateNameDialog documentId={id} suggestedName={title} onClose={() => setNaming(false)} />}
    </div>
  );
});
