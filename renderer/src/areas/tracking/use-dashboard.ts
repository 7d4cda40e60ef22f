import { useCallback, useMemo, useRef, useState } from 'react';
import type { Dashboard, DashboardQueryInput } from '../../../../shared/metrics/schema';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';

export interface DashboardState {
  dashboard: Dashboard | null;
  error: AppErrorValue | null;
  /** True while the figures on screen are not those of the current query. */
  loading: boolean;
}

interface Answer {
  dashboard: Dashboard | null;
  error: AppErrorValue | null;
  /** The query (as JSON) the answer belongs to. */
  key: string;
}

/**
 * The dashboard for `query`, computed again when the query changes and when events arrive. The
 * previous figures stay on screen while new ones are computed, so the page does not flicker.
 */
export function useDashboard(query: DashboardQueryInput | null): DashboardState {
  const [answer, setAnswer] = useState<Answer>({ dashboard: null, error: null, key: '' });
  const request = useRef(0);
  // Filters come from a store as a fresh object each render; compare by content.
  const key = query ? JSON.stringify(query) : '';
  const stableQuery = useMemo<DashboardQueryInput | null>(() => (key ? (JSON.parse(key) as DashboardQueryInput) : null), [key]);

  const reload = useCallback(() => {
    if (!stableQuery) return;
    const mine = ++request.current;
    api()
      .tracking.stats(stableQuery)
      .then((dashboard) => {
        if (mine === request.current) setAnswer({ dashboard, error: null, key });
      })
      .catch((failure: unknown) => {
        if (mine === request.current) setAnswer((a) => ({ ...a, error: asErrorValue(failure), key }));
      });
  }, [stableQuery, key]);

  useReloadOnEvents(['tracking.changed'], reload);
  return { dashboard: answer.dashboard, error: answer.error, loading: key !== '' && answer.key !== key };
}
