import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionEntry } from '../../../../shared/model/revisions';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { api } from '../../transport/current-transport';
import '../../styles/revision-history.css';

interface Props {
  documentId: string;
  /** Stores what is typed first, so the newest state is a revision too and restoring loses nothing. */
  saveFirst(): Promise<void>;
  /** The revision the editor holds once saveFirst is done. */
  currentRevision(): number;
  /** Loads the restored document into the editor. */
  reopen(): Promise<void>;
  onClose(): void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Autosave writes revisions seconds apart, so the list shows the seconds too. */
function savedAtText(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * 版本历史: the saved revisions, newest first (time, size, title, counts). Restoring one saves its
 * body as a new revision, so every revision after it stays in this list. ↑/↓ choose, Enter
 * restores, Esc closes.
 */
export function RevisionHistoryDialog({ documentId, saveFirst, currentRevision, reopen, onClose }: Props) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<RevisionEntry[] | null>(null);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let stale = false;
    void saveFirst()
      .then(() => api().documents.revisionHistory({ id: documentId }))
      .then((list) => {
        if (!stale) setEntries(list);
      })
      .catch(showErrorToast);
    panel.current?.focus();
    return () => {
      stale = true;
    };
  }, [documentId, saveFirst]);

  const list = entries ?? [];
  const restore = async (entry: RevisionEntry | undefined) => {
    if (!entry || busy) return;
    setBusy(true);
    try {
      await saveFirst();
      const doc = await api().documents.restoreRevision({ id: documentId, revision: entry.revision, baseRevision: currentRevision() });
      await reopen();
      onClose();
      useToastStore.getState().show({ message: t('history.restored', { revision: entry.revision, now: doc.revision }) });
    } catch (error) {
      showErrorToast(error);
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') setActive((a) => Math.min(list.length - 1, a + 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (event.key === 'Enter' && event.target === event.currentTarget) void restore(list[active]);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="hs-backdrop">
      <div ref={panel} tabIndex={-1} className="hs-panel revision-history" role="dialog" aria-modal="true" aria-labelledby="revision-history-title" onKeyDown={onKeyDown}>
        <div className="hs-head">
          <h2 id="revision-history-title">{t('history.title')}</h2>
          <span className="muted">{t('history.hint')}</span>
          <button type="button" className="small-button" onClick={onClose}>
            {t('history.close')}
          </button>
        </div>
        <p className="muted history-note">{t('history.note')}</p>
        {entries === null && <p className="table-note">{t('history.loading')}</p>}
        <ul className="hs-lines" role="listbox" aria-label={t('history.listLabel')}>
          {list.map((entry, index) => {
            const isCurrent = index === 0;
            return (
              <li
                key={entry.revision}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active revision-row' : 'revision-row'}
                onClick={() => setActive(index)}
              >
                <span className="mono revision-no">{t('history.revision', { revision: entry.revision })}</span>
                <span className="mono">{savedAtText(entry.savedAt)}</span>
                <span className="revision-title" title={entry.title}>
                  {entry.title || t('history.untitled')}
                </span>
                <span className="muted">{t('history.counts', { rows: entry.rows, containers: entry.containers })}</span>
                <span className="muted mono">{sizeText(entry.byteLength)}</span>
                {isCurrent ? (
                  <span className="status-tag">{t('history.current')}</span>
                ) : (
                  <button
                    type="button"
                    className="small-button"
                    disabled={busy}
                    aria-label={t('history.restoreLabel', { revision: entry.revision })}
                    onClick={() => void restore(entry)}
                  >
                    {t('history.restore')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
