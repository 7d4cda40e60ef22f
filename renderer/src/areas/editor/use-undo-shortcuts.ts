import { useEffect } from 'react';

/**
 * Ctrl+Z undoes the last edit of the open document, Ctrl+Y or Ctrl+Shift+Z redoes it (⌘ on a
 * Mac). They act on the document, not on the one input that has the focus: the inputs are
 * controlled by the document, so the browser's own per-input undo would fight it. Dialogs (the
 * HS panel's search box …) keep the browser's undo.
 */
export function useUndoShortcuts(undo: () => boolean, redo: () => boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'y' && !event.shiftKey) || (key === 'z' && event.shiftKey);
      if (!isUndo && !isRedo) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      event.preventDefault();
      if (isUndo) undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
