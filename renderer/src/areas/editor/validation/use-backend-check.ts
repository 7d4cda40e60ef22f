import { useCallback, useEffect, useState } from 'react';
import type { BundleReport } from '../../../../../shared/rules/finding-schema';
import { showErrorToast } from '../../../components/show-error-toast';
import { api } from '../../../transport/current-transport';
import { useDraftStore } from '../draft-store';

/**
 * Ctrl+Enter: save, then run the backend's check, which also reads the linked packing lists
 * (cross-document rules) and the full HS nomenclature the renderer does not hold.
 */
export function useBackendCheck(id: string) {
  const [report, setReport] = useState<BundleReport | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(() => {
    setRunning(true);
    void useDraftStore
      .getState()
      .saveNow()
      .then(() => api().validation.run({ id, phase: 'declare' }))
      .then(setReport)
      .catch(showErrorToast)
      .finally(() => setRunning(false));
  }, [id]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key !== 'Enter') return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  return { report, running, run };
}
