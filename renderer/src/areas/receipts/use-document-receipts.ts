import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { StoredReceipt } from '../../../../shared/sync/schema';
import { asErrorValue } from '../../app/as-error-value';
import { api, currentTransport } from '../../transport/current-transport';

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

  useEffect(() => {
    reload();
    const stopReceipts = api().on('receipts.arrived', (event) => {
      if (event.documentIds.includes(documentId)) reload();
    });
    const stopConnection = currentTransport().connection.onChange((online) => {
      if (online) reload();
    });
    return () => {
      stopReceipts();
      stopConnection();
    };
  }, [documentId, reload]);

  return { receipts, error };
}
