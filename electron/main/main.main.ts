import { app, safeStorage, session, type BrowserWindow } from 'electron';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_KEY_FILE, loadOrCreateDataKey } from './data-key';
import type { Language, Settings } from '../../shared/ipc/contract';
import { registerAppScheme, serveAppProtocol } from './app-protocol.main';
import { utilityProcessLauncher } from './backend-process.main';
import { BackendSupervisor } from './backend-supervisor';
import { installIpcRelay } from './ipc-relay.main';
import { createMainWindow } from './main-window.main';
import { applyMenu } from './menu.main';
import { profileOverride } from './profile-override';
import { QuitFlow } from './quit-flow';
import { denyAllPermissions, hardenWebContents } from './security.main';
import { updateMenuItem } from './updates/update-messages';
import type { UpdateController } from './updates/update-controller';
import { startUpdater } from './updates/updater.main';
import { WINDOW_STATE_FILE } from './window-state-file';
import { startMainLog } from './log.main';
import { chromiumLocale, readUiLanguage, UI_LANGUAGE_FILE, writeUiLanguage } from './ui-language';

declare const __CLEARWAY_VERSION__: string;

const APP_USER_MODEL_ID = 'cn.clearway.desktop'; // = appId in electron-builder.yml

// Everything up to the lock runs before `ready`, in this order: userData first, because
// Chromium's data and the single-instance lock live there (two profiles = two instances).
const overriddenProfile = profileOverride(process.argv, process.env);
if (overriddenProfile) app.setPath('userData', overriddenProfile);
// Chromium's locale, for the window's native parts, from the language chosen at the last run.
const uiLanguageFile = join(app.getPath('userData'), UI_LANGUAGE_FILE);
const rememberedLanguage = readUiLanguage(uiLanguageFile);
if (rememberedLanguage) app.commandLine.appendSwitch('lang', chromiumLocale(rememberedLanguage));
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
app.enableSandbox();
registerAppScheme();

if (app.requestSingleInstanceLock()) start();
else app.quit();

/** The key that seals signing keys, kept by the OS keychain through safeStorage (see data-key.ts). */
function desktopDataKey(userData: string): string | undefined {
  const result = loadOrCreateDataKey(
    safeStorage,
    {
      read: (path) => {
        try {
          return readFileSync(path);
        } catch {
          return null;
        }
      },
      write: (path, data) => {
        writeFileSync(`${path}.tmp`, data, { mode: 0o600 });
        renameSync(`${path}.tmp`, path);
      },
    },
    join(userData, DATA_KEY_FILE),
  );
  if (!result.ok) console.error(`[clearway main] no OS-protected signing key (${result.reason}); private keys use a passphrase`);
  return result.ok ? result.key.toString('base64') : undefined;
}

function start(): void {
  const version = __CLEARWAY_VERSION__;
  startMainLog(app.getPath('userData'), version);
  const quitFlow = new QuitFlow();
  let mainWindow: BrowserWindow | null = null;
  let language: Language = app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  let backendStopped = false;

  const backend = new BackendSupervisor({
    // dist/electron/main.cjs sits next to backend.cjs, preload.cjs and ../renderer.
    launch: utilityProcessLauncher(join(__dirname, 'backend.cjs')),
    init: { type: 'init', profileDir: app.getPath('userData'), version },
  });
  let updater: UpdateController | null = null;
  const refreshMenu = (): void => {
    const item = updateMenuItem(language, updater?.currentPlan ?? null);
    applyMenu(language, version, () => mainWindow, { ...item, onClick: () => void updater?.check(true) });
  };

  const openWindow = (): void => {
    const window = createMainWindow({
      preloadPath: join(__dirname, 'preload.cjs'),
      stateFile: join(app.getPath('userData'), WINDOW_STATE_FILE),
      devTools: !app.isPackaged,
    });
    window.on('closed', () => {
      mainWindow = null;
      // The renderer may have cancelled the quit's close to flush an autosave, then closed
      // itself: finish the quit that was asked for.
      if (quitFlow.windowClosed()) app.quit();
    });
    mainWindow = window;
  };

  // A second launch (desktop icon clicked again) brings the one window forward instead.
  app.on('second-instance', () => {
    if (!mainWindow) {
      if (app.isReady()) openWindow(); // macOS: the app was running with its window closed
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('before-quit', () => quitFlow.quitRequested());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) openWindow();
  });
  app.on('will-quit', (event) => {
    // Let the backend close the database cleanly (WAL checkpoint) before the process ends.
    if (backendStopped) return;
    event.preventDefault();
    void backend.stop().finally(() => {
      backendStopped = true;
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    // safeStorage is usable only once the app is ready; the backend starts just below.
    backend.setDataKey(desktopDataKey(app.getPath('userData')));
    denyAllPermissions(session.defaultSession);
    serveAppProtocol(session.defaultSession, join(__dirname, '..', 'renderer'));
    backend.start();
    installIpcRelay({ backend, windowContents: () => mainWindow?.webContents ?? null });
    backend.onEvent((event, payload) => {
      if (event !== 'settings.changed') return;
      language = (payload as Settings).language;
      writeUiLanguage(uiLanguageFile, language);
      refreshMenu();
    });
    refreshMenu();
    openWindow();
    updater = startUpdater({
      backend,
      version,
      language: () => language,
      window: () => mainWindow,
      onPlan: refreshMenu,
      log: (level, line) => (level === 'info' ? console.log(line) : console.error(line)),
    });

    const settings = await backend.call('settings.get', {});
    if (settings.ok) {
      language = (settings.value as Settings).language;
      writeUiLanguage(uiLanguageFile, language);
      refreshMenu();
    }
  });
}
