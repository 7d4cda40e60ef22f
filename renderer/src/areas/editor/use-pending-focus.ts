import { useEffect } from 'react';
import { useEditorUiStore } from './editor-ui-store';

/** Focuses the field a clicked finding asked for, once the view holding it has rendered. */
export function usePendingFocus(): void {
  const pending = useEditorUiStore((s) => s.pendingFocus);
  useEffect(() => {
    if (!pending) return;
    const frame = window.requestAnimationFrame(() => {
      const element = document.getElementById(pending);
      if (element) {
        element.scrollIntoView({ block: 'center' });
        element.focus();
        if (element instanceof HTMLInputElement) element.select();
      }
      useEditorUiStore.getState().focusDone();
    });
    return () => window.cancelAnimationFrame(frame);
  }, [pending]);
}
