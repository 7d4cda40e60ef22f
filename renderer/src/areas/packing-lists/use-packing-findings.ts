import { useCallback, useEffect, useState } from 'react';
import type { PackingList } from '../../../../shared/model/packing-list';
import type { BundleReport } from '../../../../shared/rules/finding-schema';
import { packingListRules } from '../../../../shared/rules';
import { runRules, type Finding } from '../../../../shared/rules/engine';
import { showErrorToast } from '../../components/show-error-toast';
import { api } from '../../transport/current-transport';
import { liveReferenceData, useReferenceStore } from '../editor/codes/reference-store';
import { LIVE_DEBOUNCE_MS } from '../editor/validation/use-live-findings';
import { usePackingStore } from './packing-store';

/** The PL- rules, run here as the broker types (phase 申报), debounced like the declaration's. */
export function useLivePackingFindings(list: PackingList): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setFindings(runRules(packingListRules, list, { phase: 'declare', refs: liveReferenceData(useReferenceStore.getState()) }));
    }, LIVE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [list]);
  return findings;
}

/**
 * Ctrl+Enter: save, then check the linked declaration on the backend, which reads this list
 * with it; the cross-document (X-) findings are what the renderer cannot work out alone.
 */
export function useLinkedCheck(declarationId: string | undefined) {
  // Kept with the declaration it is about: after the link changes, it no longer applies.
  const [result, setResult] = useState<{ declarationId: string; report: BundleReport } | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(() => {
    if (!declarationId) return;
    setRunning(true);
    void usePackingStore
      .getState()
      .saveNow()
      .then(() => api().validation.run({ id: declarationId, phase: 'declare' }))
      .then((report) => setResult({ declarationId, report }))
      .catch(showErrorToast)
      .finally(() => setRunning(false));
  }, [declarationId]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key !== 'Enter') return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  const report = result && result.declarationId === declarationId ? result.report : null;
  return { report, running, run };
}
