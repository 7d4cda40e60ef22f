import { z } from 'zod';
import { Language } from '../../shared/settings/schema';
import { readSmallJson, writeSmallJson } from './small-json-file';

/**
 * The interface language, remembered in the profile folder for the next start. The language
 * itself lives in the profile database, which only the backend opens, after `ready`; but
 * Chromium's own locale (the native parts of the window: date fields and their pickers, the
 * spellchecker, the Accept-Language header) must be chosen on the command line before `ready`.
 * Without it those parts follow the system's language, whatever the broker chose: a Chinese
 * interface with an English date picker on an English Windows. (VS Code passes its display
 * language to Chromium the same way.) A change applies from the next start.
 */
export const UI_LANGUAGE_FILE = 'ui-language.json';

const UiLanguageFile = z.object({ language: Language });

/** Chromium's name for the locale of each interface language. */
export function chromiumLocale(language: Language): string {
  return language === 'zh-CN' ? 'zh-CN' : 'en-US';
}

/** The language remembered at the last run, or null (first start, or a file that does not parse). */
export function readUiLanguage(path: string): Language | null {
  const parsed = UiLanguageFile.safeParse(readSmallJson(path));
  return parsed.success ? parsed.data.language : null;
}

/** Remembers the language when it changed (written whole, see small-json-file.ts). */
export function writeUiLanguage(path: string, language: Language): void {
  if (readUiLanguage(path) === language) return;
  try {
    writeSmallJson(path, { language });
  } catch {
    // Only the native controls' language at the next start depends on it.
  }
}
