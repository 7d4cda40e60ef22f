import { create } from 'zustand';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { PackingList } from '../../../../shared/model/packing-list';
import { DocumentSession, type SessionSnapshot } from '../editor/draft-session';
import { createSessionController, documentBackend } from '../editor/session-controller';
import { packingListCodec } from './packing-codec';

export type PackingSnapshot = SessionSnapshot<PackingList>;

type PackingView =
  | { phase: 'idle' }
  | { phase: 'loading'; id: string }
  | { phase: 'failed'; id: string; error: AppErrorValue }
  | { phase: 'ready'; list: PackingSnapshot };

interface PackingStore {
  view: PackingView;
  open(id: string): Promise<void>;
  reopen(): Promise<void>;
  update(change: (list: PackingList) => PackingList): void;
  saveNow(): Promise<void>;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
}

export const usePackingStore = create<PackingStore>((set) => {
  // The declaration editor's mechanism with the packing list's codec.
  const sessions = createSessionController<PackingList, DocumentSession<PackingList>>(
    (doc, onChange) => new DocumentSession(doc, packingListCodec, documentBackend, onChange),
    (view) => set({ view: view.phase === 'ready' ? { phase: 'ready', list: view.snapshot } : view }),
  );
  return {
    view: { phase: 'idle' },
    open: (id) => sessions.open(id),
    reopen: () => sessions.reopen(),
    update: (change) => sessions.update(change),
    saveNow: () => sessions.saveNow(),
    undo: () => sessions.undo(),
    redo: () => sessions.redo(),
    canUndo: () => sessions.canUndo(),
    canRedo: () => sessions.canRedo(),
  };
});
