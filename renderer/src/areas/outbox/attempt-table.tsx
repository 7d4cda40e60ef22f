import { useTranslation } from 'react-i18next';
import type { OutboxAttempt } from '../../../../shared/sync/schema';
import { useErrorText } from '../../i18n/use-error-text';
import { formatPreciseTime } from './format-precise-time';

const knownOutcomes = [
  'queued',
  'sent',
  'replayed',
  'handed-over',
  'rejected',
  'failed',
  'unknown',
  'unauthorised',
  'status-query-found',
  'status-query-not-found',
  'status-query-unreachable',
  'cancelled',
] as const;
type KnownOutcome = (typeof knownOutcomes)[number];
const isKnown = (outcome: string): outcome is KnownOutcome => (knownOutcomes as readonly string[]).includes(outcome);

/** Every attempt of one submission: when, what came of it (in words), the error, how long it took. */
export function AttemptTable({ attempts }: { attempts: OutboxAttempt[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <table className="data-table attempt-table" aria-label={t('outbox.detail.historyLabel')}>
      <colgroup>
        <col className="col-attempt-time" />
        <col />
        <col className="col-attempt-duration" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('outbox.detail.at')}</th>
          <th scope="col">{t('outbox.detail.outcome')}</th>
          <th scope="col" className="cell-number">
            {t('outbox.detail.duration')}
          </th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((attempt, index) => (
          <tr key={`${attempt.at}-${index}`}>
            <td className="cell-time">{formatPreciseTime(attempt.at)}</td>
            <td>
              {/* An outcome the UI does not know yet is shown as the backend named it. */}
              <span>{isKnown(attempt.outcome) ? t(`outbox.outcomes.${attempt.outcome}`) : attempt.outcome}</span>
              {attempt.error && <p className="outbox-error">{errorText(attempt.error)}</p>}
            </td>
            <td className="cell-number mono">{attempt.durationMs === null ? '—' : t('outbox.detail.durationMs', { ms: attempt.durationMs })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
