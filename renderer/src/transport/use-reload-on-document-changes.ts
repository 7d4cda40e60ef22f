import { useEffect } from 'react';
import { api, currentTransport } from './current-transport';

/**
 * Runs `reload` now, whenever the backend says documents changed, and after a reconnect (events
 * sent while the connection was down are lost). `reload` should be stable (useCallback).
 */
export function useReloadOnDocumentChanges(reload: () => void): void {
  useEffect(() => {
    reload();
    const stopEvents = api().on('documents.changed', () => reload());
    const stopConnection = currentTransport().connection.onChange((online) => {
      if (online) reload();
    });
    return () => {
      stopEvents();
      stopConnection();
    };
  }, [reload]);
}
