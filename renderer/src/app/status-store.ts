import { create } from 'zustand';
import type { AppStatus } from '../../../shared/ipc/contract';
import type { AppErrorValue } from '../../../shared/ipc/errors';
import { applyLanguage } from '../i18n/language';
import { api } from '../transport/current-transport';
import { asErrorValue } from './as-error-value';

type StatusState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: AppErrorValue }
  | { phase: 'known'; status: AppStatus };

interface StatusStore {
  state: StatusState;
  load(): Promise<void>;
  /** After a recovery action the backend answers with the new status; show it. */
  accept(status: AppStatus): Promise<void>;
}

/** Once the profile is open, its stored language wins over the localStorage mirror. */
async function adoptProfileLanguage(status: AppStatus): Promise<void> {
  if (status.state !== 'ready') return;
  try {
    const settings = await api().settings.get({});
    await applyLanguage(settings.language);
  } catch {
    // The mirror's language stays; nothing else depends on this.
  }
}

export const useStatusStore = create<StatusStore>((set) => ({
  state: { phase: 'loading' },
  async load() {
    set({ state: { phase: 'loading' } });
    try {
      const status = await api().app.status({});
      await adoptProfileLanguage(status);
      set({ state: { phase: 'known', status } });
    } catch (error) {
      set({ state: { phase: 'failed', error: asErrorValue(error) } });
    }
  },
  async accept(status) {
    await adoptProfileLanguage(status);
    set({ state: { phase: 'known', status } });
  },
}));
