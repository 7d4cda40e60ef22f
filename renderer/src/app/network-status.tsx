import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
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
 * Submissions waiting in the outbox. The submission outbox (sync.enqueue) does not exist yet, so
 * this reads 0; when it lands, this is where its count (and its change event) is read.
 */
function useOutboxCount(): number {
  return 0;
}

/**
 * A quiet indicator in the header: online or offline, and how many submissions wait to be sent.
 * Offline is normal for Clearway (nothing in the editors needs the network), so it informs and
 * does not alarm; it is not the backend connection, which has its own notice.
 */
export function NetworkStatus() {
  const { t } = useTranslation();
  const online = useNetworkOnline();
  const outbox = useOutboxCount();
  const state = online ? 'online' : 'offline';
  return (
    <span className={`network-status network-${state}`} role="status" aria-live="polite" data-testid="network-status" title={t(`network.${state}Hint`)}>
      <span className="network-dot" aria-hidden="true" />
      <span>{t(`network.${state}`)}</span>
      <span className="network-outbox">{t('network.outbox', { count: outbox })}</span>
    </span>
  );
}
