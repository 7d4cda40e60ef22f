import { useTranslation } from 'react-i18next';
import { isTransportFailure } from '../../transport/transport-errors';
import { headFieldOfError } from './declaration-head';
import type { SessionSnapshot } from './draft-session';
import { fieldLabel } from './field-labels';

/**
 * 已保存 / 保存中… / 未保存, with a short reason when a save failed. The full message sits at
 * the field it names, or in the notice under the toolbar.
 */
export function SaveIndicator({ draft }: { draft: SessionSnapshot }) {
  const { t, i18n } = useTranslation();
  const text = (() => {
    if (draft.saveState === 'saving') return t('save.saving');
    if (draft.saveState === 'saved') return t('save.saved');
    if (draft.conflict) return t('save.becauseOf', { reason: t('save.reasons.conflict') });
    const problem = draft.saveError;
    if (!problem) return t('save.unsaved');
    const field = headFieldOfError(problem.field);
    if (field) return t('save.fieldProblem', { field: fieldLabel(field, draft.data.head, i18n.language) });
    const reason = isTransportFailure(problem) ? t('save.reasons.unreachable') : t('save.reasons.failed');
    return t('save.becauseOf', { reason });
  })();
  const failing = draft.saveState === 'unsaved' && Boolean(draft.conflict ?? draft.saveError);
  return (
    <span
      data-testid="save-state"
      className={`save-state save-${draft.saveState}${failing ? ' save-failing' : ''}`}
      role="status"
      aria-live="polite"
    >
      {text}
    </span>
  );
}
