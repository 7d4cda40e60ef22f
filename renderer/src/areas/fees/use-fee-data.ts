import { useCallback, useState } from 'react';
import type { FeeInvoiceSummary, FeeListSummary, FeePeriod } from '../../../../shared/fees/schema';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';

/** The stored invoices of the period, kept current on fees.changed. */
export function useFeeInvoices(period: FeePeriod | null) {
  const [rows, setRows] = useState<FeeInvoiceSummary[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const key = JSON.stringify(period);
  const reload = useCallback(() => {
    const parsed = JSON.parse(key) as FeePeriod | null;
    if (!parsed) return;
    api()
      .fees.invoices({ period: parsed })
      .then((r) => {
        setRows(r);
        setError(null);
      })
      .catch((e: unknown) => setError(asErrorValue(e)));
  }, [key]);
  useReloadOnEvents(['fees.changed'], reload);
  return { rows, error, reload };
}

/** Every stored fee list, kept current on fees.changed. */
export function useFeeLists() {
  const [rows, setRows] = useState<FeeListSummary[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const reload = useCallback(() => {
    api()
      .fees.lists({})
      .then((r) => {
        setRows(r);
        setError(null);
      })
      .catch((e: unknown) => setError(asErrorValue(e)));
  }, []);
  useReloadOnEvents(['fees.changed'], reload);
  return { rows, error, reload };
}
