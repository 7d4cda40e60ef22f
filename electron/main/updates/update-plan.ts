import type { SettingEntry, SettingKey, SettingsOverview } from '../../../shared/settings/schema';
import semver from 'semver';

/** electron-updater's channel name: 'stable' reads latest*.yml, 'beta' reads beta*.yml. */
export type FeedChannel = 'latest' | 'beta';

export type PlanReason =
  | 'ok'
  /** settings.overview failed (backend not ready or not built): treated as not configured. */
  | 'settings-unavailable'
  | 'disabled-by-policy'
  | 'disabled-by-user'
  | 'no-feed'
  /** Electron's net.request (electron-updater's HTTP) speaks only http and https. */
  | 'unsupported-feed'
  /** A pinVersion that is not a version: fail closed, install nothing. */
  | 'invalid-pin'
  | 'unsupported-platform'
  /** A development run: electron-updater would need dev-app-update.yml (CLEARWAY_UPDATE_DEV=1 forces checks). */
  | 'not-packaged'
  /**
   * No app-update.yml in the app's resources (an MSI, or a build made without `publish`):
   * electron-updater reads its cache folder and the publisher to verify from it, so it cannot update.
   */
  | 'no-update-config';

export interface UpdatePlan {
  enabled: boolean;
  reason: PlanReason;
  feedUrl: string | null;
  channel: FeedChannel;
  /** electron-updater documents this for GitHub only; kept in step with the channel for clarity in logs. */
  allowPrerelease: boolean;
  /** Only to reach a pinned version older than the running one. */
  allowDowngrade: boolean;
  pin: string | null;
  /** Where pin and updatesEnabled came from, for the user's message. */
  lockedByPolicy: boolean;
  proxy: string | null;
}

export interface PlanInput {
  /** The effective settings, or null when settings.overview could not be read. */
  overview: SettingsOverview | null;
  appVersion: string;
  platform: NodeJS.Platform;
  packaged: boolean;
  /** CLEARWAY_UPDATE_DEV=1: check in a development run too (needs dev-app-update.yml). */
  devOverride: boolean;
  /** resources/app-update.yml (dev-app-update.yml in a development run) exists. */
  hasUpdateConfig: boolean;
}

const supportedPlatforms: ReadonlySet<NodeJS.Platform> = new Set(['win32', 'darwin', 'linux']);

function entry(overview: SettingsOverview, key: SettingKey): SettingEntry | undefined {
  return overview.entries.find((e) => e.key === key);
}

const stringOf = (e: SettingEntry | undefined): string | null => (typeof e?.value === 'string' && e.value !== '' ? e.value : null);

function httpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** What the updater should do with these effective settings; pure, decided again on every settings change. */
export function updatePlan(input: PlanInput): UpdatePlan {
  const overview = input.overview;
  const channel: FeedChannel = overview && entry(overview, 'updateChannel')?.value === 'beta' ? 'beta' : 'latest';
  const feedUrl = overview ? stringOf(entry(overview, 'updateUrl')) : null;
  const pin = overview ? stringOf(entry(overview, 'pinVersion')) : null;
  const enabledEntry = overview ? entry(overview, 'updatesEnabled') : undefined;
  const running = semver.parse(input.appVersion);
  const pinned = pin === null ? null : semver.parse(pin);
  const base: UpdatePlan = {
    enabled: false,
    reason: 'ok',
    feedUrl,
    channel,
    allowPrerelease: channel === 'beta',
    allowDowngrade: Boolean(running && pinned && semver.lt(pinned, running)),
    pin,
    lockedByPolicy: enabledEntry?.source === 'policy' || enabledEntry?.locked === true,
    proxy: overview ? stringOf(entry(overview, 'proxy')) : null,
  };
  const off = (reason: PlanReason): UpdatePlan => ({ ...base, reason, allowDowngrade: false });
  if (!overview) return off('settings-unavailable');
  if (enabledEntry?.value === false) return off(base.lockedByPolicy ? 'disabled-by-policy' : 'disabled-by-user');
  if (feedUrl === null) return off('no-feed');
  if (!httpUrl(feedUrl)) return off('unsupported-feed');
  if (pin !== null && !pinned) return off('invalid-pin');
  if (!supportedPlatforms.has(input.platform)) return off('unsupported-platform');
  if (!input.packaged && !input.devOverride) return off('not-packaged');
  if (!input.hasUpdateConfig) return off('no-update-config');
  return { ...base, enabled: true };
}
