import { useCallback, useEffect, useState } from 'react';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { api } from '../../transport/current-transport';
import { useSyncStatusStore } from './sync-status-store';

/** 立即发送 / Send now (F9, as in mail clients): everything due goes out, backoff timers ignored. */
export function useSendNow(doneMessage: string) {
  const [busy, setBusy] = useState(false);
  const sendNow = useCallback(() => {
    setBusy(true);
    api()
      .sync.sendNow({})
      .then((status) => {
        useSyncStatusStore.getState().accept(status);
        useToastStore.getState().show({ message: doneMessage });
      })
      .catch(showErrorToast)
      .finally(() => setBusy(false));
  }, [doneMessage]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F9' || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      sendNow();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [sendNow]);

  return { busy, sendNow };
}
