import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/rules/engine';

const bySeverity = (a: Finding, b: Finding) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);

interface Props {
  findings: Finding[];
  label: string;
  /** Where a click (or Enter) on a finding puts the cursor; without it the findings are read-only. */
  onJump?: ((path: string) => void) | undefined;
}

/**
 * Findings, errors first, each with its rule id and the message in the current language.
 * Memoised: a list of hundreds repaints only when its findings (or the language) change.
 */
export const FindingList = memo(function FindingList({ findings, label, onJump }: Props) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  // Two words, looked up once rather than once per finding.
  const severityText = { error: t('validation.severity.error'), warning: t('validation.severity.warning') };
  return (
    <ul className="finding-list" aria-label={label}>
      {[...findings].sort(bySeverity).map((f, index) => {
        const body = (
          <>
            <span className={`finding-severity severity-${f.severity}`}>{severityText[f.severity]}</span>
            <span className="finding-rule mono">{f.ruleId}</span>
            <span className="finding-message">{zh ? f.messageZh : f.messageEn}</span>
          </>
        );
        return (
          <li key={`${f.ruleId}-${f.path}-${index}`}>
            {onJump ? (
              <button type="button" className={`finding finding-${f.severity}`} onClick={() => onJump(f.path)}>
                {body}
              </button>
            ) : (
              <div className={`finding finding-${f.severity}`}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
});
