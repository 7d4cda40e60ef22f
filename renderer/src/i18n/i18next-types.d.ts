import type { zhCN } from './zh-cn';

// Typed keys: t('nav.declarations') is checked against the Chinese resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
