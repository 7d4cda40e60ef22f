import log from 'electron-log/main';
import { fileLogSettings, MAIN_LOG } from '../backend/logging/log-files.node';
import { redactValue } from '../backend/logging/redact';

/**
 * Electron main's log: `<userData>/logs/main.log`, rotated like the backend's (the choice of path
 * and rotation is the tested fileLogSettings). Thin: everything with logic lives in logging/.
 */
export function startMainLog(profileDir: string, version: string): typeof log {
  const settings = fileLogSettings(profileDir, MAIN_LOG);
  // No log.initialize(): that would add a preload and an IPC channel for the renderer's logs.
  log.transports.file.level = 'info';
  log.transports.file.maxSize = settings.maxSize;
  log.transports.file.resolvePathFn = () => settings.path;
  log.transports.file.archiveLogFn = (file) => settings.archive(file.path);
  log.hooks.push((message) => ({ ...message, data: message.data.map((item) => redactValue(item)) }));
  // console.* in main (the updater, the supervisor) goes to the same file.
  Object.assign(console, log.functions);
  // Unexpected errors in main land in the log instead of a dialog.
  log.errorHandler.startCatching({ showDialog: false });
  log.info(`Clearway ${version} main started`, { platform: process.platform, arch: process.arch, versions: process.versions, profileDir });
  return log;
}
