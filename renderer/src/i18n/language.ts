import { Language } from '../../../shared/ipc/contract';
import { api } from '../transport/current-transport';
import { i18next } from './i18n';

/**
 * The profile's settings hold the language; localStorage mirrors it only so the first paint
 * after a start is already in the right language instead of flashing Chinese.
 */
const MIRROR_KEY = 'clearway.language';

export function mirroredLanguage(): Language {
  const parsed = Language.safeParse(localStorage.getItem(MIRROR_KEY));
  return parsed.success ? parsed.data : 'zh-CN';
}

export function currentLanguage(): Language {
  const parsed = Language.safeParse(i18next.language);
  return parsed.success ? parsed.data : 'zh-CN';
}

/** Shows the UI in `language` without storing it in the profile (settings arrived, or an event). */
export async function applyLanguage(language: Language): Promise<void> {
  localStorage.setItem(MIRROR_KEY, language);
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

/** The user picked a language: show it and remember it in the profile. */
export async function chooseLanguage(language: Language): Promise<void> {
  await applyLanguage(language);
  await api().settings.update({ language });
}
