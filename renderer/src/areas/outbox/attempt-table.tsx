import { useTranslation } from 'react-i18next';
import type { OutboxAttempt } from '../../../../shared/sync/schema';
import { useErrorText } from '../../i18n/use-error-text';
import { formatPreciseTime } from './format-precise-time';

const knownOutcomes = new Set(['sent', 'replayed', 'status-query', 'timeout', 'network-error', 'rejected', 'accepted', 'unknown', 'cancelled']);
type KnownOutcome = 'sent' | 'replayed' | 'status-query' | 'timeout' | 'network-error' | 'rejected' | 'accepted' | 'unknown' | 'cancelled';
const isKnown = (outcome: string): outcome is KnownOutcome => knownOutcomes.has(outcome);

/** Every attempt of one submission: when, what came of it (in words), the error, how long it took. */
export function AttemptTable({ attempts }: { attempts: OutboxAttempt[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <table className="data-table attempt-table" aria-label={t('outbox.detail.historyLabel')}>
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
