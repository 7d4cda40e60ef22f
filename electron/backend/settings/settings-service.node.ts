import { AppError } from '../../../shared/ipc/errors';
import type { CallName, CallOutput, CallParsedInput, EventName, EventPayload } from '../../../shared/ipc/contract';
import { defaultSettings } from '../../../shared/settings/schema';
import type { Store } from '../store/store.node';

type SettingsCall = 'settings.get' | 'settings.update' | 'settings.overview';
export type SettingsHandlers = { [K in SettingsCall & CallName]: (input: CallParsedInput<K>) => CallOutput<K> };

export interface SettingsServiceOptions {
  /** The open store, or null while the recovery screen shows (settings.get still answers). */
  store: () => Store | null;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/**
 * Settings: the user's choices in the profile, the machine-wide policy over them, and the
 * overview that says where each value came from. (Skeleton: the policy lands with issue 9.)
 */
export class SettingsService {
  constructor(private readonly options: SettingsServiceOptions) {}

  handlers(): SettingsHandlers {
    return {
      'settings.get': () => this.options.store()?.settings.get() ?? defaultSettings,
      'settings.update': (patch) => {
        const store = this.options.store();
        if (!store) throw new Error('settings.update needs the store');
        const settings = store.settings.update(patch);
        this.options.emit('settings.changed', settings);
        return settings;
      },
      'settings.overview': () => {
        throw new AppError({ code: 'INTERNAL', messageZh: '尚未实现。', messageEn: 'Not built yet.' });
      },
    };
  }
}
