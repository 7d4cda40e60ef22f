import type { CallName, CallOutput, CallParsedInput, EventName, EventPayload } from '../../../shared/ipc/contract';
import { refuseLocked } from '../../../shared/settings/locked-error';
import { effectiveSettings, resolveSettings, type UserChoices } from '../../../shared/settings/resolve';
import { SettingKey, type SettingEntry, type Settings, type SettingsOverview } from '../../../shared/settings/schema';
import type { SyncConfigureInput } from '../../../shared/sync/schema';
import type { Store } from '../store/store.node';
import { syncUserChoices } from '../sync/sync-settings.node';
import type { PolicyReading } from './read-policy.node';
import { userSettingChoices } from './user-choices.node';

type SettingsCall = 'settings.get' | 'settings.update' | 'settings.overview';
export type SettingsHandlers = { [K in SettingsCall & CallName]: (input: CallParsedInput<K>) => CallOutput<K> };

export interface SettingsServiceOptions {
  /** The open store, or null while the recovery screen shows (settings.get still answers). */
  store: () => Store | null;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** The policy as read when the backend started (a changed file applies at the next start). */
  policy: PolicyReading;
}

/** sync.configure's fields under the settings' names (the device token is no setting and never locked). */
const syncKeyOf = { channel: 'syncChannel', gatewayUrl: 'gatewayUrl', impPath: 'impPath', autoSend: 'autoSend' } as const;

/**
 * Settings: the user's choices in the profile, the machine-wide policy over them, and the
 * overview that says where each value came from. Every reader (settings.get, the sync engine)
 * sees the effective values; a locked key is refused before anything is written.
 */
export class SettingsService {
  constructor(private readonly options: SettingsServiceOptions) {}

  handlers(): SettingsHandlers {
    return {
      'settings.get': () => this.effective(),
      'settings.update': (patch) => {
        const store = this.options.store();
        if (!store) throw new Error('settings.update needs the store');
        refuseLocked(
          Object.keys(patch).filter((key) => patch[key as keyof typeof patch] !== undefined).map((key) => SettingKey.parse(key)),
          this.options.policy.applied.locked,
        );
        store.settings.update(patch);
        const settings = this.effective();
        this.options.emit('settings.changed', settings);
        this.options.emit('settings.overviewChanged', this.overview());
        return settings;
      },
      'settings.overview': () => this.overview(),
    };
  }

  /** sync.configure goes through here first: the whole change is refused when it touches a locked key. */
  checkSyncChange(input: SyncConfigureInput): void {
    const keys = (Object.keys(syncKeyOf) as (keyof typeof syncKeyOf)[]).filter((field) => input[field] !== undefined).map((field) => syncKeyOf[field]);
    refuseLocked(keys, this.options.policy.applied.locked);
  }

  /** After a sync change: the overview lists the sync keys too. */
  syncChanged(): void {
    this.options.emit('settings.overviewChanged', this.overview());
  }

  overview(): SettingsOverview {
    return { entries: this.entries(), policy: this.options.policy.report };
  }

  effective(): Settings {
    return effectiveSettings(this.entries());
  }

  private entries(): SettingEntry[] {
    const db = this.options.store()?.db;
    const user: UserChoices = db ? { ...userSettingChoices(db), ...syncUserChoices(db) } : {};
    return resolveSettings(this.options.policy.applied, user);
  }
}
