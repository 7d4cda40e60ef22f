import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/errors';

/** Error values carry both languages; pick the one the UI is showing. */
export function useErrorText(): (error: AppErrorValue) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (error) => (english ? error.messageEn : error.messageZh);
}
