import { AppError } from '../ipc/errors';
import { settingLabels } from './labels';
import type { SettingKey } from './schema';

/** The answer to a change of a setting the administrator's policy locks; field names the key. */
export function settingLockedError(key: SettingKey): AppError {
  const label = settingLabels[key];
  return new AppError({
    code: 'SETTING_LOCKED',
    field: key,
    messageZh: `“${label.zh}”由管理员策略锁定，不能更改；未保存任何更改。`,
    messageEn: `"${label.en}" is locked by your administrator's policy and cannot be changed; nothing was saved.`,
  });
}

/** Refuses the whole change when any key in it is locked (the first one found is named). */
export function refuseLocked(keys: Iterable<SettingKey>, locked: ReadonlySet<SettingKey>): void {
  for (const key of keys) if (locked.has(key)) throw settingLockedError(key);
}
