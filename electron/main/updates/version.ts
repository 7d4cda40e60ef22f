/**
 * Semantic version order for x.y.z[-pre][+build], enough for the updater's decisions. The
 * `semver` package electron-updater uses is resolvable here but ships no types; these rules
 * are semver 2.0.0 §11 and fit in a page.
 */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers ('beta', 2 for '-beta.2'); empty for a release. */
  pre: Array<string | number>;
}

const pattern = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseVersion(text: string): Version | null {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const pre = match[4] ? match[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [];
  // A numeric identifier with a leading zero is not valid semver.
  if (match[4]?.split('.').some((id) => /^0\d+$/.test(id))) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), pre };
}

function compareIdentifiers(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'number') return -1; // numeric identifiers sort before alphanumeric ones
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** -1, 0 or 1 as a is older than, the same as, or newer than b (build metadata ignored). */
export function compareVersions(a: Version, b: Version): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return Math.sign(a[key] - b[key]);
  }
  // A release is newer than any of its pre-releases.
  if (a.pre.length === 0 || b.pre.length === 0) return Math.sign(b.pre.length - a.pre.length);
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const order = compareIdentifiers(a.pre[i] as string | number, b.pre[i] as string | number);
    if (order !== 0) return order;
  }
  return Math.sign(a.pre.length - b.pre.length);
}

export const isPrerelease = (version: Version): boolean => version.pre.length > 0;
