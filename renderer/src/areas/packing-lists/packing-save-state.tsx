import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../i18n/use-error-text';
import { isTransportFailure } from '../../transport/transport-errors';
import type { PackingSnapshot } from './packing-store';

/** 已保存 / 保存中… / 未保存, as in the declaration editor, and the notice when saving stopped. */
export function PackingSaveState({ list }: { list: PackingSnapshot }) {
  const { t } = useTranslation();
  const text = (() => {
    if (list.saveState === 'saving') return t('save.saving');
    if (list.saveState === 'saved') return t('save.saved');
    if (list.conflict) return t('save.becauseOf', { reason: t('save.reasons.conflict') });
    if (!list.saveError) return t('save.unsaved');
    return t('save.becauseOf', { reason: isTransportFailure(list.saveError) ? t('save.reasons.unreachable') : t('save.reasons.failed') });
  })();
  const failing = list.saveState === 'unsaved' && Boolean(list.conflict ?? list.saveError);
  return (
    <span data-testid="save-state" className={`save-state save-${list.saveState}${failing ? ' save-failing' : ''}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}

export function PackingNotices({ list, onReopen }: { list: PackingSnapshot; onReopen(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <>
      {list.summary.deletedAt !== null && <div className="notice notice-warning">{t('packing.trashedNotice')}</div>}
      {list.conflict && (
        <div className="notice notice-error" role="alert">
          <div>
            <strong>{t('editor.conflictTitle')}</strong>
            <p>{errorText(list.conflict)}</p>
          </div>
          <button type="button" onClick={onReopen}>
            {t('editor.reopen')}
          </button>
        </div>
      )}
      {list.saveError && (
        <div className="notice notice-error" role="alert">
          {errorText(list.saveError)}
        </div>
      )}
    </>
  );
}
