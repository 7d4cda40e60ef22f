import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_FOLDER = 'Clearway';

/**
 * Where Electron's `userData` lives for an app named Clearway, computed without Electron so the
 * browser host and the desktop app open the same profile by default.
 */
export function defaultProfileDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** `--profile <dir>` (or `--profile=<dir>`) wins, then CLEARWAY_PROFILE, then the default. */
export function resolveProfileDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--profile' && argv[i + 1]) return resolve(argv[i + 1] as string);
    if (arg.startsWith('--profile=')) return resolve(arg.slice('--profile='.length));
  }
  if (env.CLEARWAY_PROFILE) return resolve(env.CLEARWAY_PROFILE);
  return fallback;
}
