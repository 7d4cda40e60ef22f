import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { api } from '../../transport/current-transport';

/** Live declarations, for the link chooser and the list's "declaration" column. */
export function useDeclarations(): DocumentSummary[] {
  const [declarations, setDeclarations] = useState<DocumentSummary[]>([]);
  useEffect(() => {
    let live = true;
    const load = () =>
      void api()
        .documents.list({ kind: 'declaration', limit: 1000 })
        .then((list) => live && setDeclarations(list))
        .catch(() => undefined);
    load();
    const stop = api().on('documents.changed', load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return declarations;
}

/** How a declaration is named wherever a packing list points at it. */
export function declarationLabel(summary: DocumentSummary | undefined, untitled: string): string {
  if (!summary) return '';
  return `${summary.title || untitled} · ${summary.clientSeqNo}`;
}
