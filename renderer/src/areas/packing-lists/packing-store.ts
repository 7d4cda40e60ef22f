import { create } from 'zustand';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { PackingList } from '../../../../shared/model/packing-list';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { DocumentSession, type DraftBackend, type SessionSnapshot } from '../editor/draft-session';
import { registerSessionSource } from '../editor/open-sessions';
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
}

const backend: DraftBackend = {
  save: (input) => api().documents.save(input),
  get: (id) => api().documents.get({ id }),
};

/** The open packing list's autosave session: the declaration editor's mechanism, another codec. */
let session: DocumentSession<PackingList> | null = null;
let openRequest = 0;

registerSessionSource(() => session);

export const usePackingStore = create<PackingStore>((set, get) => {
  async function load(id: string): Promise<void> {
    const request = ++openRequest;
    set({ view: { phase: 'loading', id } });
    try {
      const doc = await api().documents.get({ id });
      if (request !== openRequest) return;
      const next: DocumentSession<PackingList> = new DocumentSession(doc, packingListCodec, backend, (snapshot) => {
        if (session === next) set({ view: { phase: 'ready', list: snapshot } });
      });
      session = next;
      set({ view: { phase: 'ready', list: next.snapshot() } });
    } catch (error) {
      if (request === openRequest) set({ view: { phase: 'failed', id, error: asErrorValue(error) } });
    }
  }

  return {
    view: { phase: 'idle' },
    async open(id) {
      if (session?.id === id && (session.hasUnsavedChanges() || session.snapshot().saveError)) {
        set({ view: { phase: 'ready', list: session.snapshot() } });
        return;
      }
      const previous = session;
      session = null;
      if (previous) void previous.saveNow().finally(() => previous.dispose());
      await load(id);
    },
    async reopen() {
      const view = get().view;
      const id = view.phase === 'ready' ? view.list.id : view.phase === 'idle' ? null : view.id;
      if (!id) return;
      session?.dispose();
      session = null;
      await load(id);
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
  };
});
