import { useCallback, useEffect, useState } from 'react';
import type { BundleReport } from '../../../../../shared/rules/finding-schema';
import { showErrorToast } from '../../../components/show-error-toast';
import { api } from '../../../transport/current-transport';

/**
 * Ctrl+Enter: save the open document (`saveFirst`, a stable function), then run the backend's
 * check of the declaration, which also reads its linked packing lists and invoices (X- rules)
 * and the full HS nomenclature the renderer does not hold. Used by the declaration editor (its
 * own id) and the packing-list editor (the declaration it is linked to).
 */
export function useBackendCheck(declarationId: string | undefined, saveFirst: () => Promise<void>) {
  // Kept with the declaration it is about: after a link changes, an old report no longer applies.
  const [result, setResult] = useState<{ declarationId: string; report: BundleReport } | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(() => {
    if (!declarationId) return;
    setRunning(true);
    void saveFirst()
      .then(() => api().validation.run({ id: declarationId, phase: 'declare' }))
      .then((report) => setResult({ declarationId, report }))
      .catch(showErrorToast)
      .finally(() => setRunning(false));
  }, [declarationId, saveFirst]);

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
