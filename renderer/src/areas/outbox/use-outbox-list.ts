import { useCallback, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { OutboxItem } from '../../../../shared/sync/schema';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';
import { statesOf, type OutboxFilter } from './outbox-filter';

const LIST_LIMIT = 1000;

/**
 * The outbox items in one filter, newest first as the backend sends them. Reloaded on every
 * sync.changed (states move while the screen is open) and after a reconnect (events sent while
 * the connection was down are lost). Answers that arrive out of order are dropped.
 */
export function useOutboxList(filter: OutboxFilter) {
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const request = useRef(0);

  const reload = useCallback(() => {
    const mine = ++request.current;
    const states = statesOf(filter);
    api()
      .sync.list(states ? { states, limit: LIST_LIMIT } : { limit: LIST_LIMIT })
      .then((list) => {
        if (mine !== request.current) return;
        setItems(list);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (mine === request.current) setError(asErrorValue(failure));
      });
  }, [filter]);

  useReloadOnEvents(['sync.changed', 'receipts.arrived'], reload);

  return { items, error, reload };
}
