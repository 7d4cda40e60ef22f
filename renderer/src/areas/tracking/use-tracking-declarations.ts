import { useEffect, useState } from 'react';
import type { DashboardQueryInput, TrackingDeclarationRow } from '../../../../shared/metrics/schema';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';

/** What a figure stands for: a breakdown row (its key) or the waiting tile. */
export interface DeclarationsRequest {
  query: DashboardQueryInput;
  key?: string;
  waitingOnly?: boolean;
  /** What the list's title names, in the current language. */
  label: string;
}

/** The most a list shows; the contract allows 1000, a person reads far fewer. */
export const LIST_LIMIT = 200;

export function useTrackingDeclarations(request: DeclarationsRequest) {
  const [rows, setRows] = useState<TrackingDeclarationRow[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const { query, key, waitingOnly } = request;
  useEffect(() => {
    let current = true;
    api()
      .tracking.declarations({ query, limit: LIST_LIMIT, ...(key !== undefined ? { key } : {}), ...(waitingOnly ? { waitingOnly } : {}) })
      .then((list) => {
        if (current) setRows(list);
      })
      .catch((failure: unknown) => {
        if (current) setError(asErrorValue(failure));
      });
    return () => {
      current = false;
    };
  }, [query, key, waitingOnly]);
  return { rows, error };
}
