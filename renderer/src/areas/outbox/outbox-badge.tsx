import { useTranslation } from 'react-i18next';
import { waitingCount } from './sync-counts';
import { useSyncStatusStore } from './sync-status-store';

/** Beside 发送队列 in the navigation: items still to go out, and rejected ones apart, in red. */
export function OutboxBadge() {
  const { t } = useTranslation();
  const counts = useSyncStatusStore((s) => s.status?.counts);
  if (!counts) return null;
  const waiting = waitingCount(counts);
  return (
    <span className="nav-badges" data-testid="outbox-badge">
      {waiting > 0 && (
        <span className="nav-badge" title={t('outbox.badgeWaiting', { count: waiting })} aria-label={t('outbox.badgeWaiting', { count: waiting })}>
          {waiting}
        </span>
      )}
      {counts.rejected > 0 && (
        <span className="nav-badge nav-badge-rejected" title={t('outbox.badgeRejected', { count: counts.rejected })} aria-label={t('outbox.badgeRejected', { count: counts.rejected })}>
          {counts.rejected}
        </span>
      )}
    </span>
  );
}
