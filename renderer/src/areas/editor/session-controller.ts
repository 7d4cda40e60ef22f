import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { ClearwayDocument } from '../../../../shared/model/documents';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import type { DocumentSession, DraftBackend, SessionSnapshot } from './draft-session';
import { registerSessionSource } from './open-sessions';
import { EditHistory } from './edit-history';

/** What an editor shows: nothing open, loading, a load that failed, or the open document. */
export type SessionView<T> =
  | { phase: 'idle' }
  | { phase: 'loading'; id: string }
  | { phase: 'failed'; id: string; error: AppErrorValue }
  | { phase: 'ready'; snapshot: SessionSnapshot<T> };

/** Saves and reloads go through the contract, whatever the document kind. */
export const documentBackend: DraftBackend = {
  save: (input) => api().documents.save(input),
  get: (id) => api().documents.get({ id }),
};

export interface SessionController<T, S extends DocumentSession<T>> {
  open(id: string): Promise<void>;
  /** Drops local state and loads the stored version again (after a CONFLICT). */
  reopen(): Promise<void>;
  /**
   * Reads the stored version again without a loading screen, when nothing typed would be lost
   * (no unsaved changes): a frozen document whose status moved on (queued, receipts arrived).
   */
  refresh(): Promise<void>;
  /** A change of the open document, as a function of its current body. */
  update(change: (data: T) => T): void;
  saveNow(): Promise<void>;
  current(): S | null;
  /** Ctrl+Z / Ctrl+Y within the open document; false when there is nothing to undo or redo. */
  undo(): boolean;
  redo(): boolean;
  /** Read while rendering: every edit, undo and redo publishes a new view, so these are fresh. */
  canUndo(): boolean;
  canRedo(): boolean;
}

/**
 * The open document of one editor and its autosave session, shared by the declaration and
 * packing-list editors. The session lives outside React state (a mutable object with timers);
 * `publish` receives the views the store renders. The session is registered with the unload
 * guard, so leaving the page saves it whatever its kind.
 */
export function createSessionController<T, S extends DocumentSession<T>>(
  makeSession: (doc: ClearwayDocument, onChange: (snapshot: SessionSnapshot<T>) => void) => S,
  publish: (view: SessionView<T>) => void,
): SessionController<T, S> {
  let session: S | null = null;
  let lastId: string | null = null;
  let openRequest = 0;
  // Belongs to the open document: a new document (or a reload after a conflict) starts afresh.
  let history = new EditHistory<T>();
  registerSessionSource(() => session);

  /** Undo and redo are edits too: they are saved like any other, and only on an editable draft. */
  function travel(step: (current: T) => T | null): boolean {
    if (!session?.isEditable()) return false;
    const target = step(session.snapshot().data);
    if (target === null) return false;
    session.edit(target);
    return true;
  }

  async function load(id: string, quiet = false): Promise<void> {
    const request = ++openRequest;
    lastId = id;
    if (!quiet) publish({ phase: 'loading', id });
    try {
      const doc = await api().documents.get({ id });
      if (request !== openRequest) return;
      history = new EditHistory<T>();
      const next: S = makeSession(doc, (snapshot) => {
        // A previous document still finishing its last save must not repaint the one now open.
        if (session === next) publish({ phase: 'ready', snapshot });
      });
      session = next;
      publish({ phase: 'ready', snapshot: next.snapshot() });
    } catch (error) {
      // A quiet refresh that fails leaves the open document as it was.
      if (request === openRequest && !quiet) publish({ phase: 'failed', id, error: asErrorValue(error) });
    }
  }

  return {
    async open(id) {
      // Coming back to a document whose changes are not stored yet: keep them, do not reload over them.
      if (session?.id === id && (session.hasUnsavedChanges() || session.snapshot().saveError)) {
        publish({ phase: 'ready', snapshot: session.snapshot() });
        return;
      }
      const previous = session;
      session = null;
      if (previous) void previous.saveNow().finally(() => previous.dispose());
      await load(id);
    },
    async reopen() {
      if (!lastId) return;
      session?.dispose();
      session = null;
      await load(lastId);
    },
    async refresh() {
      const open = session;
      if (!open || open.hasUnsavedChanges() || open.snapshot().saveState !== 'saved') return;
      await load(open.id, true);
      if (session !== open) open.dispose();
    },
    update(change) {
      if (!session) return;
      const current = session.snapshot().data;
      const next = change(current);
      if (next === current || !session.isEditable()) return;
      history.recordEdit(current);
      session.edit(next);
    },
    undo: () => travel((current) => history.undo(current)),
    redo: () => travel((current) => history.redo(current)),
    canUndo: () => Boolean(session?.isEditable()) && history.canUndo(),
    canRedo: () => Boolean(session?.isEditable()) && history.canRedo(),
    async saveNow() {
      await session?.saveNow();
    },
    current: () => session,
  };
}
