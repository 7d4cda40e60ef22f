import { useEffect } from 'react';
import type { EventName } from '../../../shared/ipc/contract';
import { api, currentTransport } from './current-transport';

/** The documents an event names (`ids` or `documentIds`), or null when it names none. */
function documentsNamed(payload: unknown): readonly string[] | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { ids, documentIds } = payload as { ids?: unknown; documentIds?: unknown };
  const named = documentIds ?? ids;
  return Array.isArray(named) ? (named as string[]) : null;
}

/**
 * Runs `reload` now, on every one of `events` (with `documentId`: only those naming it, or naming
 * no document at all), and after a reconnect, since events sent while the connection was down are
 * lost. The one way a view keeps what it read from the backend current. `reload` should be stable
 * (useCallback).
 */
export function useReloadOnEvents(events: readonly EventName[], reload: () => void, documentId?: string): void {
  const eventList = events.join(' ');
  useEffect(() => {
    reload();
    const stops = (eventList.split(' ') as EventName[]).map((event) =>
      api().on(event, (payload: unknown) => {
        const named = documentsNamed(payload);
        if (documentId === undefined || named === null || named.includes(documentId)) reload();
      }),
    );
    const stopConnection = currentTransport().connection.onChange((online) => {
      if (online) reload();
    });
    return () => {
      for (const stop of stops) stop();
      stopConnection();
    };
  }, [eventList, reload, documentId]);
}
