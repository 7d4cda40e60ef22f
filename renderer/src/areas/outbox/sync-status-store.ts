import { useEffect } from 'react';
import { create } from 'zustand';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { SyncStatus } from '../../../../shared/sync/schema';
import { asErrorValue } from '../../app/as-error-value';
import { api, currentTransport } from '../../transport/current-transport';

interface SyncStatusStore {
  /** The last status the backend reported (null until the first answer). */
  status: SyncStatus | null;
  /** Why sync.status failed (the header then falls back to the browser's view of the network). */
  error: AppErrorValue | null;
  load(): Promise<void>;
  accept(status: SyncStatus): void;
}

// Every accepted status bumps this, so a slower sync.status answer cannot overwrite a newer event.
let version = 0;

/** Channel, connectivity and outbox counts, shared by the header, the navigation, the Outbox and Settings. */
export const useSyncStatusStore = create<SyncStatusStore>((set) => ({
  status: null,
  error: null,
  async load() {
    const started = version;
    try {
      const status = await api().sync.status({});
      if (version !== started) return;
      version++;
      set({ status, error: null });
    } catch (error) {
      if (version === started) set({ error: asErrorValue(error) });
    }
  },
  accept(status) {
    version++;
    set({ status, error: null });
  },
}));

/** Mounted once by the app shell: reads the status now, on every sync.changed, and after a reconnect. */
export function useSyncStatusFeed(): void {
  useEffect(() => {
    const store = useSyncStatusStore.getState();
    void store.load();
    const stopEvents = api().on('sync.changed', (status) => useSyncStatusStore.getState().accept(status));
    const stopConnection = currentTransport().connection.onChange((online) => {
      if (online) void useSyncStatusStore.getState().load();
    });
    return () => {
      stopEvents();
      stopConnection();
    };
  }, []);
}
