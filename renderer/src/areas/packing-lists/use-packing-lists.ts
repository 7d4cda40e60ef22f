import { useCallback, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';

export interface PackingListRow {
  summary: DocumentSummary;
  plNo: string;
  declarationId: string | null;
}

/**
 * The live packing lists with what the table shows from their bodies (PL no., linked
 * declaration). Summaries do not carry those, so each body is read once per revision.
 */
export function usePackingLists(): { rows: PackingListRow[] | null; error: AppErrorValue | null } {
  const [rows, setRows] = useState<PackingListRow[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const latest = useRef(0);
  const cache = useRef(new Map<string, PackingListRow>());

  const reload = useCallback(() => {
    const request = ++latest.current;
    void (async () => {
      try {
        const summaries = await api().documents.list({ kind: 'packing-list', limit: 500 });
        const result = await Promise.all(
          summaries.map(async (summary) => {
            const key = `${summary.id}@${summary.revision}`;
            const known = cache.current.get(key);
            if (known) return { ...known, summary };
            const doc = await api().documents.get({ id: summary.id });
            const data = doc.body.kind === 'packing-list' ? doc.body.data : null;
            const row: PackingListRow = { summary, plNo: data?.header.plNo ?? '', declarationId: data?.declarationId ?? null };
            cache.current.set(key, row);
            return row;
          }),
        );
        if (request !== latest.current) return;
        setRows(result);
        setError(null);
      } catch (failure) {
        if (request === latest.current) setError(asErrorValue(failure));
      }
    })();
  }, []);

  useReloadOnEvents(['documents.changed'], reload);

  return { rows, error };
}
