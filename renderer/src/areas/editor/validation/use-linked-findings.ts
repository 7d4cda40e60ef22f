import { useEffect, useState } from 'react';
import type { BundleReport } from '../../../../../shared/rules/finding-schema';
import { api } from '../../../transport/current-transport';

/** After the last save, so a burst of typing is checked once. */
const LINKED_CHECK_DELAY_MS = 500;

/**
 * The backend's check of a declaration with its linked packing lists, kept fresh without
 * Ctrl+Enter: again after each save of the open document (its revision changes) and whenever
 * another document changes (a packing list edited in another window). Both editors show it, so
 * a cross-document finding is seen on both documents. A failed run keeps the last report: this
 * is a convenience view, the explicit check (Ctrl+Enter) reports its own errors.
 */
export function useLinkedFindings(declarationId: string | undefined, revision: number): BundleReport | null {
  const [result, setResult] = useState<{ declarationId: string; report: BundleReport } | null>(null);
  const [othersChanged, setOthersChanged] = useState(0);

  useEffect(() => {
    // Every save of any document announces itself; only the others' tell us something new.
    return api().on('documents.changed', ({ ids }) => {
      if (ids.some((id) => id !== declarationId)) setOthersChanged((n) => n + 1);
    });
  }, [declarationId]);

  useEffect(() => {
    if (!declarationId) return;
    let stale = false;
    const timer = window.setTimeout(() => {
      api()
        .validation.run({ id: declarationId, phase: 'declare' })
        .then((report) => {
          if (!stale) setResult({ declarationId, report });
        })
        .catch(() => undefined);
    }, LINKED_CHECK_DELAY_MS);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [declarationId, revision, othersChanged]);

  return result && result.declarationId === declarationId ? result.report : null;
}
