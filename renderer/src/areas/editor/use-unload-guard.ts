import { useEffect } from 'react';
import { currentTransport } from '../../transport/current-transport';
// Each editor's session controller registers itself with open-sessions when its store is created.
import { openSessions } from './open-sessions';

/** The open document with changes not stored yet (one editor is open at a time). */
const unsavedSession = () => openSessions().find((s) => s.hasUnsavedChanges()) ?? null;

/**
 * Nothing typed is lost when the page or window goes away.
 * - Browser: the newest body leaves with a keepalive request; if it cannot (too large, or saves
 *   are failing) the browser's own leave-page prompt appears.
 * - Electron: cancelling beforeunload silently keeps the window open; we save, then close again,
 *   and main completes the quit that was in progress.
 */
export function useUnloadGuard(): void {
  useEffect(() => {
    const transport = currentTransport();
    let closingAfterSave = false;

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const session = unsavedSession();
      if (!session) return;
      if (transport.kind === 'electron') {
        event.preventDefault();
        if (closingAfterSave) return;
        closingAfterSave = true;
        void session.saveNow().finally(() => {
          closingAfterSave = false;
          if (!session.hasUnsavedChanges()) window.close();
        });
        return;
      }
      const outcome = session.flushForUnload((input) => transport.flushOnUnload('documents.save', input));
      if (outcome === 'must-prompt') {
        event.preventDefault();
        // Older Chromium shows the prompt only when returnValue is set as well.
        event.returnValue = '';
        void session.saveNow();
      }
    };

    // pagehide covers what beforeunload misses (tab discarded, bfcache); nothing can be prompted there.
    const onPageHide = () => {
      if (transport.kind !== 'browser') return;
      for (const session of openSessions()) session.flushForUnload((input) => transport.flushOnUnload('documents.save', input));
    };

    // Switching away from the window is a natural moment to store what was typed.
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') for (const session of openSessions()) void session.saveNow();
    };

    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, []);
}
