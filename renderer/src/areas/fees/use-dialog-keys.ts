import { useEffect, type RefObject } from 'react';

/**
 * A fee dialog takes the keyboard when it opens: focus moves into it (the marked element, else its
 * first control) and Escape closes it wherever the focus is, as the import dialog does.
 */
export function useDialogKeys(panel: RefObject<HTMLElement | null>, onClose: () => void, ready = true): void {
  useEffect(() => {
    if (!ready) return;
    const root = panel.current;
    if (root && !root.contains(document.activeElement)) (root.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button') ?? root).focus();
  }, [panel, ready]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
}
