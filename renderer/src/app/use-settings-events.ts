import { useEffect } from 'react';
import { applyLanguage } from '../i18n/language';
import { api } from '../transport/current-transport';

/** The language can change elsewhere too (the Electron menu, a second window): follow it. */
export function useSettingsEvents(): void {
  useEffect(() => api().on('settings.changed', (settings) => void applyLanguage(settings.language)), []);
}
