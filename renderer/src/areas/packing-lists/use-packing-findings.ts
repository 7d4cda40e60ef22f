import { useEffect, useState } from 'react';
import type { PackingList } from '../../../../shared/model/packing-list';
import { packingListRules } from '../../../../shared/rules';
import { runRules, type Finding } from '../../../../shared/rules/engine';
import { liveReferenceData, useReferenceStore } from '../editor/codes/reference-store';
import { LIVE_DEBOUNCE_MS } from '../editor/validation/use-live-findings';
import { useBackendCheck } from '../editor/validation/use-backend-check';
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

const savePackingList = () => usePackingStore.getState().saveNow();

/**
 * Ctrl+Enter: save, then check the linked declaration on the backend, which reads this list
 * with it; the cross-document (X-) findings are what the renderer cannot work out alone.
 */
export function useLinkedCheck(declarationId: string | undefined) {
  return useBackendCheck(declarationId, savePackingList);
}
