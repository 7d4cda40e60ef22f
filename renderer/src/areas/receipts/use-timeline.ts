import { useCallback, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { Timeline } from '../../../../shared/model/tracking';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';

/** A declaration's clearance timeline, read again when its events change (receipts, imports, a hand entry). */
export function useTimeline(documentId: string) {
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const request = useRef(0);

  const reload = useCallback(() => {
    const mine = ++request.current;
    api()
      .tracking.timeline({ documentId })
      .then((value) => {
        if (mine !== request.current) return;
        setTimeline(value);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (mine === request.current) setError(asErrorValue(failure));
      });
  }, [documentId]);

  useReloadOnEvents(['tracking.changed'], reload, documentId);
  return { timeline, error, reload };
}
