import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/route';
import type { DocumentStatus } from '../../../../../shared/model/documents';
import { useErrorText } from '../../../i18n/use-error-text';
import { focusFindingPath } from '../editor-ui-store';
import { submitProblems } from './submit-problems';
import { useSubmitStore } from './submit-store';

/** Why the last 提交 failed (validation findings, no certificate, keys locked), with a jump to the field it names. */
export function SubmitErrorNotice({ documentId }: { documentId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const error = useSubmitStore((s) => (s.documentId === documentId ? s.error : null));
  if (!error) return null;
  const english = i18n.language === 'en';
  const problems = submitProblems(error);
  return (
    <div className="notice notice-error submit-error" role="alert" data-testid="submit-error">
      <div>
        <strong>{t('submit.failedTitle')}</strong>
        {/* The message repeats the first findings; with the list below, a count says enough. */}
        <p>{problems.length > 0 ? t('submit.problemCount', { count: problems.length }) : errorText(error)}</p>
        {problems.length > 0 && (
          <ul className="submit-problems">
            {problems.map((problem, index) => (
              <li key={`${problem.path ?? ''}-${index}`}>
                {problem.path ? (
                  <button type="button" className="link-button" onClick={() => focusFindingPath(problem.path ?? '')}>
                    {problem.ruleId && <span className="mono">{problem.ruleId} </span>}
                    {english ? problem.messageEn : problem.messageZh}
                  </button>
                ) : (
                  <span>{english ? problem.messageEn : problem.messageZh}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="notice-actions">
        {error.field && (
          <button type="button" onClick={() => focusFindingPath(error.field ?? '')}>
            {t('submit.jump')}
          </button>
        )}
        <button type="button" className="small-button" onClick={() => useSubmitStore.getState().dismiss()}>
          ×<span className="visually-hidden">{t('history.close')}</span>
        </button>
      </div>
    </div>
  );
}

/** Why a submitted declaration cannot be edited, in words for its status, and the way to its Outbox entry. */
export function FrozenNotice({ status }: { status: Exclude<DocumentStatus, 'draft'> }) {
  const { t } = useTranslation();
  return (
    <div className={status === 'rejected' ? 'notice notice-warning' : 'notice'} data-testid="frozen-notice">
      <span>{t(`submit.frozen.${status}`)}</span>
      {status !== 'rejected' && (
        <button type="button" onClick={() => navigate({ area: 'outbox' })}>
          {t('submit.openOutbox')}
        </button>
      )}
    </div>
  );
}
