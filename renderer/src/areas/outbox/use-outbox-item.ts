import { useCallback, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { OutboxItemDetail } from '../../../../shared/sync/schema';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';

const OUTBOX_ITEM_EVENTS = ['sync.changed', 'receipts.arrived'] as const;

/** One outbox item with its attempts and receipts, kept fresh while its detail is open. */
export function useOutboxItem(id: string) {
  const [item, setItem] = useState<OutboxItemDetail | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const request = useRef(0);

  const reload = useCallback(() => {
    const mine = ++request.current;
    api()
      .sync.item({ id })
      .then((detail) => {
        if (mine !== request.current) return;
        setItem(detail);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (mine === request.current) setError(asErrorValue(failure));
      });
  }, [id]);

  // Also after a reconnect (the browser mode), since events sent while it was down are lost.
  useReloadOnEvents(OUTBOX_ITEM_EVENTS, reload);

  return { item, error };
}
