import { AppError } from '../../../shared/ipc/errors';
import type { CallName, CallOutput, CallParsedInput, EventName, EventPayload } from '../../../shared/ipc/contract';
import type { SettingsOverview } from '../../../shared/settings/schema';
import type { Store } from '../store/store.node';

type SupportCall = 'support.exportDiagnostics' | 'profile.backup' | 'profile.cancelBackup' | 'profile.restore';
export type SupportHandlers = {
  [K in SupportCall & CallName]: (input: CallParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};

export interface SupportServiceOptions {
  store: () => Store;
  profileDir: () => string;
  version: string;
  now: () => Date;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** The settings with their sources and the policy report, for the diagnostics zip. */
  settingsOverview: () => SettingsOverview;
  /**
   * Closes the store (and the sync service with it), runs `work` on the profile's files, and
   * opens the store again, whether `work` succeeded or threw.
   */
  withStoreClosed: <T>(work: (profileDir: string) => T) => T;
}

/** Diagnostics, backup and restore of a profile (issue 9). Skeleton: the calls land with issue 9. */
export class SupportService {
  constructor(private readonly options: SupportServiceOptions) {}

  handlers(): SupportHandlers {
    const notYet = (): never => {
      void this.options;
      throw new AppError({ code: 'INTERNAL', messageZh: '尚未实现。', messageEn: 'Not built yet.' });
    };
    return {
      'support.exportDiagnostics': notYet,
      'profile.backup': notYet,
      'profile.cancelBackup': notYet,
      'profile.restore': notYet,
    };
  }
}
