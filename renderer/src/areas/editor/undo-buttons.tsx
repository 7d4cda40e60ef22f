import { useTranslation } from 'react-i18next';

/** What either editor's store offers (read at render: every edit publishes a new view). */
interface UndoSource {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): boolean;
  redo(): boolean;
}

/** ↶ / ↷ in the editor toolbar, for the mouse; the keys (Ctrl+Z, Ctrl+Y) do the same. */
export function UndoButtons({ source }: { source: UndoSource }) {
  const { t } = useTranslation();
  return (
    <span className="undo-buttons">
      <button type="button" className="small-button" disabled={!source.canUndo()} onClick={() => source.undo()} aria-label={t('history.undo')} title={`${t('history.undo')} (Ctrl+Z)`}>
        ↶
      </button>
      <button type="button" className="small-button" disabled={!source.canRedo()} onClick={() => source.redo()} aria-label={t('history.redo')} title={`${t('history.redo')} (Ctrl+Y)`}>
        ↷
      </button>
    </span>
  );
}
