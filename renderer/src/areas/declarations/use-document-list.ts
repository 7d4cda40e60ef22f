import { useCallback, useRef, useState } from 'react';
import type { ListDocumentsInput } from '../../../../shared/ipc/contract';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { useReloadOnEvents } from '../../transport/use-reload-on-events';

export interface DocumentList {
  documents: DocumentSummary[] | null;
  error: AppErrorValue | null;
  reload(): void;
}

/**
 * Declarations matching `text` (live ones, or the recycle bin), reloaded whenever the backend
 * says documents changed, and after a reconnect, since events may have been missed meanwhile.
 */
export function useDocumentList(options: { text: string; trashed: boolean; filter?: Partial<ListDocumentsInput> }): DocumentList {
  const { text, trashed } = options;
  // Compared by value: a filter object rebuilt on every render must not reload the list each time.
  const filterKey = JSON.stringify(options.filter ?? {});
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  // Only the newest request may update the table; an older, slower answer is dropped.
  const latestRequest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    const trimmed = text.trim();
    api()
      .documents.list({ ...(JSON.parse(filterKey) as Partial<ListDocumentsInput>), kind: 'declaration', trashed, ...(trimmed ? { text: trimmed } : {}) })
      .then((result) => {
        if (request !== latestRequest.current) return;
        setDocuments(result);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (request !== latestRequest.current) return;
        setError(asErrorValue(failure));
      });
  }, [text, trashed, filterKey]);

  useReloadOnEvents(['documents.changed'], reload);

  return { documents, error, reload };
}
