import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { autoUpdater } from 'electron-updater';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsOverviewSchema, type Language, type SettingsOverview } from '../../../shared/settings/schema';
import type { BackendSupervisor } from '../backend-supervisor';
import { proxyConfig } from './proxy-config';
import { UpdateController } from './update-controller';
import { updateDialog } from './update-messages';
import { updatePlan, type UpdatePlan } from './update-plan';

export interface UpdaterWiring {
  /** The backend as main holds it (only settings.overview and the settings events are used). */
  backend: Pick<BackendSupervisor, 'call' | 'onEvent'>;
  version: string;
  language: () => Language;
  window: () => BrowserWindow | null;
  /** The plan changed: rebuild the menu (its update item depends on it). */
  onPlan: (plan: UpdatePlan) => void;
  log: (level: 'info' | 'warn' | 'error', line: string) => void;
}

/**
 * Wires electron-updater's autoUpdater to the UpdateController (all decisions live there and in
 * the pure files beside it). Signature verification stays as electron-updater does it.
 */
export function startUpdater(wiring: UpdaterWiring): UpdateController {
  const devOverride = process.env.CLEARWAY_UPDATE_DEV === '1';
  const logger = {
    info: (message?: unknown) => wiring.log('info', `[electron-updater] ${String(message)}`),
    warn: (message?: unknown) => wiring.log('warn', `[electron-updater] ${String(message)}`),
    error: (message?: unknown) => wiring.log('error', `[electron-updater] ${String(message)}`),
  };
  autoUpdater.logger = logger;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  if (devOverride) autoUpdater.forceDevUpdateConfig = true;
  // electron-builder writes app-update.yml when `publish` is configured (on Windows only beside an NSIS
  // target); electron-updater reads its cache folder name and, on Windows, the publisher whose
  // signature it checks from there.
  const updateConfig = app.isPackaged ? join(process.resourcesPath, 'app-update.yml') : join(app.getAppPath(), 'dev-app-update.yml');
  const hasUpdateConfig = existsSync(updateConfig);
  if (!hasUpdateConfig) wiring.log('warn', `[updates] ${updateConfig} is missing: this installation cannot update itself`);

  const readOverview = async (): Promise<SettingsOverview | null> => {
    try {
      const answer = await wiring.backend.call('settings.overview', {});
      if (!answer.ok) {
        wiring.log('warn', `[updates] settings.overview failed (${answer.error.code}): ${answer.error.messageEn}`);
        return null;
      }
      const parsed = SettingsOverviewSchema.safeParse(answer.value);
      if (!parsed.success) wiring.log('warn', '[updates] settings.overview answered an unexpected shape');
      return parsed.success ? parsed.data : null;
    } catch (error) {
      wiring.log('warn', `[updates] settings.overview threw: ${String(error)}`);
      return null;
    }
  };
  const loadPlan = async (): Promise<UpdatePlan> =>
    updatePlan({
      overview: await readOverview(),
      appVersion: wiring.version,
      platform: process.platform,
      packaged: app.isPackaged,
      devOverride,
      hasUpdateConfig,
    });

  const controller: UpdateController = new UpdateController({
    currentVersion: wiring.version,
    loadPlan,
    log: wiring.log,
    onPlan: wiring.onPlan,
    schedule: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    show: async (outcome) => {
      const text = updateDialog(wiring.language(), outcome);
      const options: MessageBoxOptions = { ...text, noLink: true };
      const window = wiring.window();
      const result = await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      return result.response;
    },
    updater: {
      async configure(plan) {
        autoUpdater.allowPrerelease = plan.allowPrerelease;
        // The channel goes in the feed, not autoUpdater.channel, whose setter turns allowDowngrade on.
        // Single ranges: the gateway's route answers one byte range per request.
        autoUpdater.setFeedURL({ provider: 'generic', url: plan.feedUrl ?? '', channel: plan.channel, useMultipleRangeRequest: false });
        autoUpdater.allowDowngrade = plan.allowDowngrade;
        // electron-updater fetches through its own session (partition 'electron-updater'), not the default one.
        await autoUpdater.netSession.setProxy(proxyConfig(plan.proxy));
      },
      async check() {
        const result = await autoUpdater.checkForUpdates();
        // A failed background download reaches the controller through the 'error' event; left
        // alone, this promise would also be an unhandled rejection, which can end the process.
        result?.downloadPromise?.catch(() => undefined);
        return result === null ? null : { updateFound: result.isUpdateAvailable, offered: result.updateInfo.version };
      },
      // Silent install, then start the new version (on quit electron-updater installs silently too).
      quitAndInstall: () => autoUpdater.quitAndInstall(true, true),
    },
  });

  // The policy's say over every offered version; the OS-version check electron-updater does stays.
  const osCheck = autoUpdater.isUpdateSupported;
  autoUpdater.isUpdateSupported = async (info) => controller.decide(info.version) && (await osCheck(info));
  autoUpdater.on('update-downloaded', (info) => void controller.downloadedUpdate(info.version));
  autoUpdater.on('error', (error) => void controller.updaterError(error));

  const refresh = (): void => void controller.refresh();
  wiring.backend.onEvent((event) => {
    if (event === 'settings.overviewChanged' || event === 'settings.changed') refresh();
  });
  refresh();
  controller.start();
  return controller;
}
