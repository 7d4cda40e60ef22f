import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { OutboxItemDetail } from '../../../../shared/sync/schema';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';

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

  useEffect(() => {
    reload();
    const stopSync = api().on('sync.changed', () => reload());
    const stopReceipts = api().on('receipts.arrived', () => reload());
    return () => {
      stopSync();
      stopReceipts();
    };
  }, [reload]);

  return { item, error };
}
