import {
  defaultSettings,
  settingKeys,
  type SettingEntry,
  type SettingKey,
  type Settings,
  type SettingValue,
} from './schema';

/** The valid part of a policy file: the values it sets and the keys it locks (bad keys already left out). */
export interface AppliedPolicy {
  values: Partial<Record<SettingKey, SettingValue>>;
  locked: ReadonlySet<SettingKey>;
}

export const noPolicy: AppliedPolicy = { values: {}, locked: new Set() };

/** What the user chose, per key; a key that is absent was never chosen (null is a choice: "none"). */
export type UserChoices = Partial<Record<SettingKey, SettingValue>>;

/** Every key's built-in value: the Settings defaults plus the sync ones and the policy-only pin. */
export const builtInDefaults: Record<SettingKey, SettingValue> = {
  ...defaultSettings,
  gatewayUrl: null,
  impPath: null,
  syncChannel: 'gateway',
  autoSend: true,
  pinVersion: null,
};

/**
 * One key's value and where it came from. Order: the policy's value when it locks the key; else
 * the user's choice; else the policy's value as a machine-wide default; else the built-in default.
 * A lock without a value locks the built-in default.
 */
export function resolveSetting(key: SettingKey, policy: AppliedPolicy, user: UserChoices): SettingEntry {
  const locked = policy.locked.has(key);
  const policyHas = Object.hasOwn(policy.values, key);
  const userHas = Object.hasOwn(user, key);
  if (locked) {
    return policyHas
      ? { key, value: policy.values[key] ?? null, source: 'policy', locked }
      : { key, value: builtInDefaults[key], source: 'default', locked };
  }
  if (userHas) return { key, value: user[key] ?? null, source: 'user', locked };
  if (policyHas) return { key, value: policy.values[key] ?? null, source: 'policy', locked };
  return { key, value: builtInDefaults[key], source: 'default', locked };
}

export function resolveSettings(policy: AppliedPolicy, user: UserChoices): SettingEntry[] {
  return settingKeys.map((key) => resolveSetting(key, policy, user));
}

/** The effective Settings (what settings.get answers) from resolved entries; entries were validated on the way in. */
export function effectiveSettings(entries: readonly SettingEntry[]): Settings {
  const value = (key: SettingKey): SettingValue => entries.find((entry) => entry.key === key)?.value ?? builtInDefaults[key];
  return {
    language: value('language') === 'en' ? 'en' : 'zh-CN',
    enterpriseCode: stringOrNull(value('enterpriseCode')),
    updatesEnabled: value('updatesEnabled') !== false,
    updateChannel: value('updateChannel') === 'beta' ? 'beta' : 'stable',
    updateUrl: stringOrNull(value('updateUrl')),
    proxy: stringOrNull(value('proxy')),
  };
}

function stringOrNull(value: SettingValue): string | null {
  return typeof value === 'string' ? value : null;
}
