import { BrowserWindow, screen } from 'electron';
import { APP_START_URL } from './app-protocol';
import { mainWindowOptions, MIN_HEIGHT, MIN_WIDTH } from './window-options';
import { windowBounds } from './window-state';
import { readWindowState, writeWindowState } from './window-state-file';

export interface MainWindowOptions {
  preloadPath: string;
  /** window-state.json in userData. */
  stateFile: string;
  devTools: boolean;
}

const SAVE_DELAY_MS = 500;

/** The one window: opened where it was left (clamped to today's displays), layout saved as it changes. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = readWindowState(options.stateFile);
  const workAreas = [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((d) => d.workArea)];
  const bounds = windowBounds(saved?.bounds ?? null, {
    workAreas,
    defaultSize: { width: 1366, height: 860 },
    minSize: { width: MIN_WIDTH, height: MIN_HEIGHT },
  });
  // Electronegativity cannot see into mainWindowOptions(); its flags (contextIsolation, sandbox, no
  // Node, Auxclick off) are pinned by test/unit/electron-window-options.test.ts.
  const windowOptions = mainWindowOptions({ preloadPath: options.preloadPath, bounds, devTools: options.devTools });
  const window = new BrowserWindow(windowOptions); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK NODE_INTEGRATION_JS_CHECK AUXCLICK_JS_CHECK

  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });

  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    if (window.isDestroyed()) return;
    // Normal bounds, so un-maximising next time returns to the size the person chose.
    writeWindowState(options.stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
  window.on('closed', () => clearTimeout(timer));

  window.loadURL(APP_START_URL).catch((error: unknown) => {
    console.error(`[clearway main] could not load the UI: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}
