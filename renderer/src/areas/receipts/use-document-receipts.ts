import { useCallback, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { StoredReceipt } from '../../../../shared/sync/schema';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';

/** A declaration's receipts, oldest first; read again when receipts arrive for it and after a reconnect. */
export function useDocumentReceipts(documentId: string) {
  const [receipts, setReceipts] = useState<StoredReceipt[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const request = useRef(0);

  const reload = useCallback(() => {
    const mine = ++request.current;
    api()
      .receipts.forDocument({ documentId })
      .then((list) => {
        if (mine !== request.current) return;
        setReceipts(list);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (mine === request.current) setError(asErrorValue(failure));
      });
  }, [documentId]);

  useReloadOnEvents(['receipts.arrived'], reload, documentId);

  return { receipts, error };
}
