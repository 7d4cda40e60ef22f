import { create } from 'zustand';
import { ClearwayError } from '../../../../../shared/ipc/api';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import type { OutboxItem } from '../../../../../shared/sync/schema';
import { asErrorValue } from '../../../app/as-error-value';
import { api } from '../../../transport/current-transport';
import { useSyncStatusStore } from '../../outbox/sync-status-store';
import { currentDraftSession, useDraftStore } from '../draft-store';

interface SubmitStore {
  /** The document the busy flag and the error belong to (the editor may have moved on). */
  documentId: string | null;
  busy: boolean;
  error: AppErrorValue | null;
  /** Saves the open draft, then sync.enqueue; resolves with the queued item, or null when it failed (see `error`). */
  submit(documentId: string): Promise<OutboxItem | null>;
  dismiss(): void;
}

const notSaved = (): AppErrorValue => ({
  code: 'CONFLICT',
  messageZh: '报关单尚未保存成功，请先解决保存问题再提交。',
  messageEn: 'The declaration is not saved yet; resolve the save problem before submitting.',
});

/** 提交: the open declaration's stored revision is frozen and queued (the backend validates it first). */
export const useSubmitStore = create<SubmitStore>((set, get) => ({
  documentId: null,
  busy: false,
  error: null,
  async submit(documentId) {
    if (get().busy) return null;
    set({ documentId, busy: true, error: null });
    try {
      await useDraftStore.getState().saveNow();
      const session = currentDraftSession();
      // The backend queues what is stored: anything still unsaved would silently be left out.
      if (session?.id === documentId && (session.hasUnsavedChanges() || session.snapshot().saveError)) throw new ClearwayError(notSaved());
      const item = await api().sync.enqueue({ documentId });
      set({ busy: false });
      await useDraftStore.getState().refresh();
      void useSyncStatusStore.getState().load();
      return item;
    } catch (error) {
      set({ busy: false, error: asErrorValue(error) });
      return null;
    }
  },
  dismiss: () => set({ error: null }),
}));
