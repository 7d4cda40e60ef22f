import { useEffect } from 'react';
import { api, currentTransport } from '../../transport/current-transport';

/**
 * Runs `reload` whenever tracking events change (any declaration, or only `documentId`'s) and
 * after a reconnect, since events sent while the connection was down are lost. `reload` should
 * be stable (useCallback); it is not run on subscribing.
 */
export function useTrackingChanges(reload: () => void, documentId?: string): void {
  useEffect(() => {
    const stopEvents = api().on('tracking.changed', (event) => {
      if (documentId === undefined || event.documentIds.includes(documentId)) reload();
    });
    const stopConnection = currentTransport().connection.onChange((online) => {
      if (online) reload();
    });
    return () => {
      stopEvents();
      stopConnection();
    };
  }, [reload, documentId]);
}
