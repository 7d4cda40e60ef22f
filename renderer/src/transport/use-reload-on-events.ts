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
 * Events come in bursts (a batch of receipts, one event per document a loop changed). A view
 * reloads at once on the first event, then at most once per RELOAD_GAP_MS while they keep coming,
 * the last reload after the last event: a burst of 400 events used to mean 400 reloads of a list.
 */
const RELOAD_GAP_MS = 100;

function throttled(reload: () => void): { run(): void; stop(): void } {
  let last = -Infinity;
  let timer: number | null = null;
  const now = () => performance.now();
  return {
    run() {
      if (timer !== null) return;
      const wait = last + RELOAD_GAP_MS - now();
      if (wait <= 0) {
        last = now();
        reload();
        return;
      }
      timer = window.setTimeout(() => {
        timer = null;
        last = now();
        reload();
      }, wait);
    },
    stop() {
      if (timer !== null) window.clearTimeout(timer);
    },
  };
}

/**
 * Runs `reload` now, on `events` (with `documentId`: only those naming it, or naming no document
 * at all; bursts thinned, see RELOAD_GAP_MS), and after a reconnect, since events sent while the
 * connection was down are lost. The one way a view keeps what it read from the backend current.
 * `reload` should be stable (useCallback).
 */
export function useReloadOnEvents(events: readonly EventName[], reload: () => void, documentId?: string): void {
  const eventList = events.join(' ');
  useEffect(() => {
    reload();
    const onEvent = throttled(reload);
    const stops = (eventList.split(' ') as EventName[]).map((event) =>
      api().on(event, (payload: unknown) => {
        const named = documentsNamed(payload);
        if (documentId === undefined || named === null || named.includes(documentId)) onEvent.run();
      }),
    );
    const stopConnection = currentTransport().connection.onChange((online) => {
      if (online) reload();
    });
    return () => {
      for (const stop of stops) stop();
      onEvent.stop();
      stopConnection();
    };
  }, [eventList, reload, documentId]);
}
