import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../i18n/use-error-text';
import type { SessionSnapshot } from './draft-session';
import { headFieldOfError } from './declaration-head';
import { FrozenNotice } from './submit/submit-notice';

interface Props {
  draft: SessionSnapshot;
  onReopen(): void;
  onRestore(): void;
}

/** Why the form is read-only or not saving, and the one action that resolves it. */
export function EditorNotices({ draft, onReopen, onRestore }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { summary, conflict, saveError } = draft;
  return (
    <>
      {summary.deletedAt !== null && (
        <div className="notice notice-warning">
          <span>{t('editor.trashedNotice')}</span>
          <button type="button" onClick={onRestore}>
            {t('editor.restore')}
          </button>
        </div>
      )}
      {summary.deletedAt === null && summary.status !== 'draft' && <FrozenNotice status={summary.status} />}
      {conflict && (
        <div className="notice notice-error" role="alert">
          <div>
            <strong>{t('editor.conflictTitle')}</strong>
            <p>{errorText(conflict)}</p>
            <p className="muted">{t('editor.conflictHint')}</p>
          </div>
          <button type="button" onClick={onReopen}>
            {t('editor.reopen')}
          </button>
        </div>
      )}
      {/* A failure that names a field is shown at the field; anything else is shown here. */}
      {saveError && !headFieldOfError(saveError.field) && (
        <div className="notice notice-error" role="alert">
          {errorText(saveError)}
        </div>
      )}
    </>
  );
}
