import { create } from 'zustand';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { DeclarationDraft } from '../../../../shared/model/declaration';
import { showErrorToast } from '../../components/show-error-toast';
import { api } from '../../transport/current-transport';
import { withField, type HeadField } from './declaration-head';
import { DraftSession, type SessionSnapshot } from './draft-session';
import { createSessionController, documentBackend, type SessionController, type SessionView } from './session-controller';

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
  /** The stored version again, quietly, when nothing unsaved would be lost (see SessionController.refresh). */
  refresh(): Promise<void>;
  edit(field: HeadField, value: string): void;
  /** Any other change of the draft (items and the like), as a function of the current body. */
  update(change: (draft: DeclarationDraft) => DeclarationDraft): void;
  saveNow(): Promise<void>;
  restoreFromBin(): Promise<void>;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
}

/** Maps the shared controller's view onto this store's (the editor reads `draft`). */
function toDraftView(view: SessionView<DeclarationDraft>): DraftView {
  return view.phase === 'ready' ? { phase: 'ready', draft: view.snapshot } : view;
}

let controller: SessionController<DeclarationDraft, DraftSession> | null = null;

export function currentDraftSession(): DraftSession | null {
  return controller?.current() ?? null;
}

export const useDraftStore = create<DraftStore>((set) => {
  const sessions = createSessionController<DeclarationDraft, DraftSession>(
    (doc, onChange) => new DraftSession(doc, documentBackend, onChange),
    (view) => set({ view: toDraftView(view) }),
  );
  controller = sessions;
  return {
    view: { phase: 'idle' },
    open: (id) => sessions.open(id),
    reopen: () => sessions.reopen(),
    refresh: () => sessions.refresh(),
    edit(field, value) {
      sessions.update((draft) => withField(draft, field, value));
    },
    update: (change) => sessions.update(change),
    saveNow: () => sessions.saveNow(),
    undo: () => sessions.undo(),
    redo: () => sessions.redo(),
    canUndo: () => sessions.canUndo(),
    canRedo: () => sessions.canRedo(),
    async restoreFromBin() {
      const session = sessions.current();
      if (!session) return;
      try {
        await api().documents.restore({ id: session.id });
      } catch (error) {
        showErrorToast(error);
      }
      await sessions.reopen();
    },
  };
});
