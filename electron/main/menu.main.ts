import { app, dialog, Menu, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Language } from '../../shared/ipc/contract';
import { aboutText, buildMenuTemplate, type MenuOptions } from './menu-template';

function showAbout(language: Language, version: string, window: BrowserWindow | null): void {
  const text = aboutText(language, version);
  const options: MessageBoxOptions = { type: 'info', title: text.title, message: text.message, detail: text.detail, buttons: [text.ok] };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Installs the application menu in `language`; called at start and on every `settings.changed`. */
export function applyMenu(language: Language, version: string, getWindow: () => BrowserWindow | null, updates: MenuOptions['updates']): void {
  const template = buildMenuTemplate({
    language,
    isPackaged: app.isPackaged,
    platform: process.platform,
    onAbout: () => showAbout(language, version, getWindow()),
    updates,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
