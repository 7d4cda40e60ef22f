import { useCallback, useMemo, useRef, useState } from 'react';
import type { FeeAuditQuery, FeeAuditReport } from '../../../../shared/fees/schema';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';

interface Answer {
  report: FeeAuditReport | null;
  error: AppErrorValue | null;
  key: string;
}

/**
 * The audit of the period, run again when the query changes, when invoices or lists change, and
 * when tracking events change (an inspection result decides whether inspection handling is owed).
 */
export function useFeeAudit(query: FeeAuditQuery | null) {
  const [answer, setAnswer] = useState<Answer>({ report: null, error: null, key: '' });
  const request = useRef(0);
  const key = query ? JSON.stringify(query) : '';
  const stable = useMemo<FeeAuditQuery | null>(() => (key ? (JSON.parse(key) as FeeAuditQuery) : null), [key]);

  const reload = useCallback(() => {
    if (!stable) return;
    const mine = ++request.current;
    api()
      .fees.audit(stable)
      .then((report) => {
        if (mine === request.current) setAnswer({ report, error: null, key });
      })
      .catch((failure: unknown) => {
        if (mine === request.current) setAnswer((a) => ({ ...a, error: asErrorValue(failure), key }));
      });
  }, [stable, key]);

  useReloadOnEvents(['fees.changed', 'tracking.changed'], reload);
  return { report: answer.report, error: answer.error, loading: key !== '' && answer.key !== key };
}
