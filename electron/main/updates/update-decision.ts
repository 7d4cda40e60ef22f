import semver from 'semver';
import type { FeedChannel } from './update-plan';

export interface DecisionSettings {
  /** The version the policy pins (pinVersion), or null. */
  pin: string | null;
  channel: FeedChannel;
}

export type UpdateDecision =
  | { install: true; reason: 'newer' | 'pinned-upgrade' | 'pinned-downgrade' }
  | { install: false; reason: 'up-to-date' | 'older' | 'not-the-pinned-version' | 'prerelease-on-stable' | 'invalid-version' };

/**
 * Whether to install the version the feed offers. Without a pin: only a newer version, and on
 * the stable channel never a pre-release. With a pin: exactly the pinned version and nothing
 * else, downgrading to it if it is older than the running one (the plan allows the downgrade).
 */
export function updateDecision(current: string, offered: string, settings: DecisionSettings): UpdateDecision {
  // semver (the package electron-updater itself compares with): a leading v is fine, build metadata ignored.
  const running = semver.parse(current);
  const candidate = semver.parse(offered);
  const pin = settings.pin === null ? null : semver.parse(settings.pin);
  if (!running || !candidate || (settings.pin !== null && !pin)) return { install: false, reason: 'invalid-version' };
  const order = semver.compare(candidate, running);
  if (order === 0) return { install: false, reason: 'up-to-date' };
  if (pin) {
    if (semver.compare(candidate, pin) !== 0) return { install: false, reason: 'not-the-pinned-version' };
    return { install: true, reason: order > 0 ? 'pinned-upgrade' : 'pinned-downgrade' };
  }
  if (order < 0) return { install: false, reason: 'older' };
  if (settings.channel === 'latest' && candidate.prerelease.length > 0) return { install: false, reason: 'prerelease-on-stable' };
  return { install: true, reason: 'newer' };
}
