import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import { en } from './en';
import { zhCN } from './zh-cn';

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    // React escapes what it renders; escaping here too would show &lt; in company names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18next };
