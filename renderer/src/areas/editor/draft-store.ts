import { create } from 'zustand';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { DeclarationDraft } from '../../../../shared/model/declaration';
import { asErrorValue } from '../../app/as-error-value';
import { showErrorToast } from '../../components/show-error-toast';
import { api } from '../../transport/current-transport';
import { withField, type HeadField } from './declaration-head';
import { DraftSession, type DraftBackend, type SessionSnapshot } from './draft-session';

type DraftView =
  | { phase: 'idle' }
  | { phase: 'loading'; id: string }
  | { phase: 'failed'; id: string; error: AppErrorValue }
  | { phase: 'ready'; draft: SessionSnapshot };

interface DraftStore {
  view: DraftView;
  open(id: string): Promise<void>;
  /** Drops local state and loads the stored version again (after a CONFLICT). */
  reopen(): Promise<void>;
  edit(field: HeadField, value: string): void;
  /** Any other change of the draft (items and the like), as a function of the current body. */
  update(change: (draft: DeclarationDraft) => DeclarationDraft): void;
  saveNow(): Promise<void>;
  restoreFromBin(): Promise<void>;
}

const backend: DraftBackend = {
  save: (input) => api().documents.save(input),
  get: (id) => api().documents.get({ id }),
};

/**
 * The session lives outside React state: it is a mutable object with timers. The store holds
 * only its published snapshots, which is what components render.
 */
let session: DraftSession | null = null;
let openRequest = 0;

export function currentDraftSession(): DraftSession | null {
  return session;
}

export const useDraftStore = create<DraftStore>((set, get) => {
  async function load(id: string): Promise<void> {
    const request = ++openRequest;
    set({ view: { phase: 'loading', id } });
    try {
      const doc = await api().documents.get({ id });
      if (request !== openRequest) return;
      const next: DraftSession = new DraftSession(doc, backend, (snapshot) => {
        // A previous draft still finishing its last save must not repaint the one now open.
        if (session === next) set({ view: { phase: 'ready', draft: snapshot } });
      });
      session = next;
      set({ view: { phase: 'ready', draft: next.snapshot() } });
    } catch (error) {
      if (request === openRequest) set({ view: { phase: 'failed', id, error: asErrorValue(error) } });
    }
  }

  function leaveCurrent(): void {
    const previous = session;
    session = null;
    if (!previous) return;
    void previous.saveNow().finally(() => previous.dispose());
  }

  return {
    view: { phase: 'idle' },
    async open(id) {
      // Coming back to a draft whose changes are not stored yet: keep them, do not reload over them.
      if (session?.id === id && (session.hasUnsavedChanges() || session.snapshot().saveError)) {
        set({ view: { phase: 'ready', draft: session.snapshot() } });
        return;
      }
      leaveCurrent();
      await load(id);
    },
    async reopen() {
      const view = get().view;
      const id = view.phase === 'ready' ? view.draft.id : view.phase === 'idle' ? null : view.id;
      if (!id) return;
      session?.dispose();
      session = null;
      await load(id);
    },
    edit(field, value) {
      if (!session) return;
      session.edit(withField(session.snapshot().data, field, value));
    },
    update(change) {
      if (!session) return;
      const current = session.snapshot().data;
      const next = change(current);
      if (next !== current) session.edit(next);
    },
    async saveNow() {
      await session?.saveNow();
    },
    async restoreFromBin() {
      if (!session) return;
      try {
        await api().documents.restore({ id: session.id });
      } catch (error) {
        showErrorToast(error);
      }
      await get().reopen();
    },
  };
});
