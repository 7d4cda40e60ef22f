import { useBackendCheck } from '../editor/validation/use-backend-check';
import { usePackingStore } from './packing-store';

const savePackingList = () => usePackingStore.getState().saveNow();

/**
 * Ctrl+Enter: save, then check the linked declaration on the backend, which reads this list
 * with it; the cross-document (X-) findings are what the renderer cannot work out alone.
 */
export function useLinkedCheck(declarationId: string | undefined) {
  return useBackendCheck(declarationId, savePackingList);
}
