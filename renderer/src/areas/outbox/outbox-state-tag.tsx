import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/sync/schema';
import { formatClockTime } from './format-precise-time';

/** The item's state in words; a retrying item also says when its next attempt is due. */
export function OutboxStateTag({ item }: { item: Pick<OutboxItem, 'state' | 'nextAttemptAt'> }) {
  const { t } = useTranslation();
  return (
    <span className="outbox-state">
      <span className={`status-tag outbox-state-${item.state}`}>{t(`outbox.states.${item.state}`)}</span>
      {item.state === 'failed-retryable' && item.nextAttemptAt && (
        <span className="muted outbox-next">{t('outbox.nextAttempt', { time: formatClockTime(item.nextAttemptAt) })}</span>
      )}
    </span>
  );
}
