import { useEffect } from 'react';
import { usePackingUiStore } from './packing-ui-store';

/** A clicked finding named a header or container field: focus it once it is on screen. */
export function usePendingField(): void {
  const pending = usePackingUiStore((s) => s.pendingField);
  useEffect(() => {
    if (!pending) return;
    const el = document.getElementById(pending);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    }
    usePackingUiStore.getState().fieldDone();
  }, [pending]);
}
