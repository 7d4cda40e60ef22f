import log from 'electron-log/node';
import { randomUUID } from 'node:crypto';
import type { AppLog } from './app-log';
import { BACKEND_LOG, fileLogSettings } from './log-files.node';
import { redactValue } from './redact';

/**
 * The backend's log: `<profile>/logs/backend.log` through electron-log/node (works in the
 * utilityProcess, the browser host and the CLI alike). The path is asked per message, so the
 * log follows the profile when profile.useFolder switches it. Every argument is redacted by a
 * hook before any transport sees it.
 */
export function createBackendLog(profileDir: () => string, fileName = BACKEND_LOG, maxBytes?: number): AppLog {
  const logger = log.create({ logId: `clearway-backend-${randomUUID()}` });
  logger.transports.console.level = false;
  const file = logger.transports.file;
  file.level = 'info';
  file.maxSize = maxBytes ?? fileLogSettings(profileDir(), fileName).maxSize;
  file.resolvePathFn = () => fileLogSettings(profileDir(), fileName).path;
  file.archiveLogFn = (oldFile) => fileLogSettings(profileDir(), fileName).archive(oldFile.path);
  logger.hooks.push((message) => ({ ...message, data: message.data.map((item) => redactValue(item)) }));
  const write = (level: 'info' | 'warn' | 'error') => (message: string, details?: unknown) => {
    try {
      if (details === undefined) logger[level](message);
      else logger[level](message, details);
    } catch {
      // A full disk or a read-only logs folder must never fail the call being logged.
    }
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
