import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from './window-state';

export const WINDOW_TITLE = '清关通 Clearway';
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 640;

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: Rect;
  /** DevTools only in development builds. */
  devTools: boolean;
}

/**
 * The one place the main window's options are decided, so a test can pin every security flag.
 * The renderer is an untrusted web page as far as main is concerned: isolated, sandboxed, no
 * Node, no webviews, same-origin policy on.
 */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: WINDOW_TITLE,
    // Shown on ready-to-show, so the person never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click opens links in a new window; the window-open handler denies those anyway.
      disableBlinkFeatures: 'Auxclick',
      // Customs data is codes, numbers and company names: red squiggles would be noise.
      spellcheck: false,
      safeDialogs: true,
      devTools: input.devTools,
    },
  };
}
