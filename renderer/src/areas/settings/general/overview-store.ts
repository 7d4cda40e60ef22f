import { useEffect } from 'react';
import { create } from 'zustand';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import type { SettingEntry, SettingKey, SettingsOverview } from '../../../../../shared/settings/schema';
import { asErrorValue } from '../../../app/as-error-value';
import { api, currentTransport } from '../../../transport/current-transport';

interface OverviewStore {
  overview: SettingsOverview | null;
  error: AppErrorValue | null;
  load(): Promise<void>;
  accept(overview: SettingsOverview): void;
}

// Every accepted overview bumps this, so a slower settings.overview answer cannot overwrite a newer event.
let version = 0;

/** Every setting with its value, source and lock, and the policy report: for Settings, the start banner and locked controls. */
export const useOverviewStore = create<OverviewStore>((set) => ({
  overview: null,
  error: null,
  async load() {
    const started = version;
    try {
      const overview = await api().settings.overview({});
      if (version !== started) return;
      version++;
      set({ overview, error: null });
    } catch (error) {
      if (version === started) set({ error: asErrorValue(error) });
    }
  },
  accept(overview) {
    version++;
    set({ overview, error: null });
  },
}));

export function entryOf(overview: SettingsOverview | null, key: SettingKey): SettingEntry | undefined {
  return overview?.entries.find((entry) => entry.key === key);
}

/** Whether the policy locks `key` (false until the overview has arrived: the backend refuses anyway). */
export function useLocked(key: SettingKey): boolean {
  return useOverviewStore((s) => entryOf(s.overview, key)?.locked ?? false);
}

/** Mounted once by the app shell: reads the overview now, on every settings.overviewChanged, and after a reconnect. */
export function useOverviewFeed(): void {
  useEffect(() => {
    void useOverviewStore.getState().load();
    const stopEvents = api().on('settings.overviewChanged', (overview) => useOverviewStore.getState().accept(overview));
    const stopConnection = currentTransport().connection.onChange((online) => {
      if (online) void useOverviewStore.getState().load();
    });
    return () => {
      stopEvents();
      stopConnection();
    };
  }, []);
}
