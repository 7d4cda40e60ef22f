import type { TFunction } from 'i18next';
import { isCustomsCode, usccCheckCharacter, usccProblem } from '../../../../../shared/rules/identifiers';
import { ProxySetting, SettingsSchema } from '../../../../../shared/settings/schema';

export type TextSettingKey = 'enterpriseCode' | 'updateUrl' | 'proxy';

/** The inline error for a typed value (already trimmed, not empty), naming the field; null when it may be saved. */
export function settingInputError(key: TextSettingKey, value: string, t: TFunction): string | null {
  switch (key) {
    case 'enterpriseCode': {
      if (value.length !== 10 && value.length !== 18) return t('generalSettings.errors.enterpriseCodeLength', { count: value.length });
      if (value.length === 10) return isCustomsCode(value) ? null : t('generalSettings.errors.enterpriseCodeCharacters');
      const problem = usccProblem(value);
      if (problem === 'characters') return t('generalSettings.errors.enterpriseCodeCharacters');
      if (problem === 'check') return t('generalSettings.errors.enterpriseCodeCheck', { expected: usccCheckCharacter(value.slice(0, 17)) ?? '?' });
      return null;
    }
    case 'updateUrl':
      return /^https?:\/\//i.test(value) && SettingsSchema.shape.updateUrl.safeParse(value).success ? null : t('generalSettings.errors.updateUrl');
    case 'proxy':
      return ProxySetting.safeParse(value).success ? null : t('generalSettings.errors.proxy');
  }
}
