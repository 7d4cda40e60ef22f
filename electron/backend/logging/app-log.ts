/** What the backend logs through: a few levels, each message redacted before it is written. */
export interface AppLog {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

/** Tests and one-off tools that keep no log file. */
export const silentLog: AppLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
