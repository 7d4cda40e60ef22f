import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { LibraryKind, LibraryRecord } from '../../../../shared/model/library';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';

export interface LibraryList {
  records: LibraryRecord[] | null;
  error: AppErrorValue | null;
  reload(): void;
}

/** Library records of one kind matching `text`; the newest request wins, as in the declarations list. */
export function useLibraryList(kind: LibraryKind, text: string, limit = 500): LibraryList {
  const [records, setRecords] = useState<LibraryRecord[] | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    const trimmed = text.trim();
    api()
      .library.list({ kind, limit, ...(trimmed ? { text: trimmed } : {}) })
      .then((result) => {
        if (request !== latest.current) return;
        setRecords(result);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (request === latest.current) setError(asErrorValue(failure));
      });
  }, [kind, text, limit]);
  useEffect(reload, [reload]);
  return { records, error, reload };
}
