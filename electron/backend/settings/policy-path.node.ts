import { posix, win32 } from 'node:path';

/**
 * Where this machine's policy file lives: a place every user can read and only administrators
 * can write. `CLEARWAY_POLICY_FILE` overrides it (tests, and an administrator trying a policy
 * before deploying it). A pure function of the platform and the environment, so each OS's
 * answer is tested on any OS.
 */
export function policyFilePath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  const override = env.CLEARWAY_POLICY_FILE?.trim();
  if (override) return override;
  switch (platform) {
    case 'win32':
      return win32.join(env.ProgramData?.trim() || 'C:\\ProgramData', 'Clearway', 'policy.json');
    case 'darwin':
      return posix.join('/Library/Application Support', 'Clearway', 'policy.json');
    default:
      return posix.join('/etc', 'clearway', 'policy.json');
  }
}
