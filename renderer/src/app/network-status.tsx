import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { channelConfigured, waitingCount } from '../areas/outbox/sync-counts';
import { useSyncStatusStore } from '../areas/outbox/sync-status-store';
import { useErrorText } from '../i18n/use-error-text';
import '../styles/network-status.css';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** The browser's view of the network (navigator.onLine and its online/offline events). */
export function useNetworkOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}

/**
 * A quiet indicator in the header: online or offline, and how many submissions wait to be sent.
 * Once a submission channel is configured and probed, "online" means the channel answers (the
 * gateway or the transfer-client folder), which is what matters for sending; before that it is
 * the browser's view of the network. Offline is normal for Clearway (nothing in the editors needs
 * the network), so it informs and does not alarm; it is not the backend connection, which has
 * its own notice.
 */
export function NetworkStatus() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const browserOnline = useNetworkOnline();
  const status = useSyncStatusStore((s) => s.status);
  const channelOnline = status && channelConfigured(status) ? status.online : null;
  const online = channelOnline ?? browserOnline;
  const state = online ? 'online' : 'offline';
  const waiting = status ? waitingCount(status.counts) : 0;
  const rejected = status?.counts.rejected ?? 0;
  const hint = status?.problem ? t('outbox.problem', { message: errorText(status.problem) }) : t(`network.${state}Hint`);
  return (
    <span className={`network-status network-${state}`} role="status" aria-live="polite" data-testid="network-status" title={hint}>
      <span className="network-dot" aria-hidden="true" />
      <span>{t(`network.${state}`)}</span>
      <a className="network-outbox" href="#/outbox">
        {t('network.outbox', { count: waiting })}
      </a>
      {rejected > 0 && (
        <a className="network-rejected" href="#/outbox">
          {t('network.rejected', { count: rejected })}
        </a>
      )}
    </span>
  );
}
