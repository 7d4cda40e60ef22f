import { resolveProfileDir } from '../backend/profile.node';

/**
 * The profile folder given by `--profile <dir>` or CLEARWAY_PROFILE, or null for the default
 * (Electron's userData). Main moves userData there too, before anything else touches it, so
 * Chromium's own data and the single-instance lock follow the profile.
 */
export function profileOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const dir = resolveProfileDir(argv, env, '');
  return dir === '' ? null : dir;
}
