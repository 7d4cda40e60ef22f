import { asErrorValue } from '../app/as-error-value';
import { currentLanguage } from '../i18n/language';
import { useToastStore } from './toast-store';

/** For failures of one-off actions (create, delete, restore) that have no field to sit next to. */
export function showErrorToast(error: unknown): void {
  const value = asErrorValue(error);
  useToastStore.getState().show({ message: currentLanguage() === 'en' ? value.messageEn : value.messageZh });
}
