import { describe, expect, it } from 'vitest';
import { mainWindowOptions, MIN_HEIGHT, MIN_WIDTH, WINDOW_TITLE } from '../../electron/main/window-options';

describe('main window options', () => {
  const options = mainWindowOptions({
    preloadPath: '/app/dist/electron/preload.cjs',
    bounds: { x: 10, y: 20, width: 1300, height: 800 },
    devTools: false,
  });

  it('isolates and sandboxes the renderer with every security flag set', () => {
    expect(options.webPreferences).toMatchObject({
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('carries the bounds, a minimum size, the bilingual title, and stays hidden until ready', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1300, height: 800, title: WINDOW_TITLE, show: false });
    expect(WINDOW_TITLE).toBe('清关通 Clearway');
    expect(options.minWidth).toBe(MIN_WIDTH);
    expect(options.minHeight).toBe(MIN_HEIGHT);
    expect(MIN_WIDTH).toBeGreaterThanOrEqual(800);
  });

  it('allows devtools only when asked (development builds)', () => {
    const dev = mainWindowOptions({ preloadPath: 'p', bounds: { x: 0, y: 0, width: 1, height: 1 }, devTools: true });
    expect(dev.webPreferences?.devTools).toBe(true);
    expect(dev.webPreferences?.sandbox).toBe(true);
  });
});
