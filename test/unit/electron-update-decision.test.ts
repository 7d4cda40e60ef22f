import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateDecision } from '../../electron/main/updates/update-decision';
import { compareVersions, parseVersion } from '../../electron/main/updates/version';

const stable = { pin: null, channel: 'latest' as const };
const beta = { pin: null, channel: 'beta' as const };
const pinned = (pin: string) => ({ pin, channel: 'latest' as const });

describe('updateDecision without a pin', () => {
  it('installs a newer version', () => {
    expect(updateDecision('1.2.3', '1.2.4', stable)).toEqual({ install: true, reason: 'newer' });
    expect(updateDecision('1.2.3', '1.10.0', stable)).toEqual({ install: true, reason: 'newer' });
    expect(updateDecision('1.9.9', '2.0.0', stable)).toEqual({ install: true, reason: 'newer' });
  });

  it('does nothing for the running version', () => {
    expect(updateDecision('1.2.3', '1.2.3', stable)).toEqual({ install: false, reason: 'up-to-date' });
    expect(updateDecision('1.2.3', '1.2.3+build.7', stable)).toEqual({ install: false, reason: 'up-to-date' });
  });

  it('never downgrades', () => {
    expect(updateDecision('1.2.3', '1.2.2', stable)).toEqual({ install: false, reason: 'older' });
    expect(updateDecision('1.3.0-beta.2', '1.2.9', stable)).toEqual({ install: false, reason: 'older' });
    expect(updateDecision('1.3.0-beta.2', '1.3.0-beta.1', beta)).toEqual({ install: false, reason: 'older' });
  });

  it('takes no pre-release on the stable channel, but does on beta', () => {
    expect(updateDecision('1.2.3', '1.3.0-beta.1', stable)).toEqual({ install: false, reason: 'prerelease-on-stable' });
    expect(updateDecision('1.2.3', '1.3.0-beta.1', beta)).toEqual({ install: true, reason: 'newer' });
    // Leaving a beta for its release is an upgrade on either channel.
    expect(updateDecision('1.3.0-beta.2', '1.3.0', stable)).toEqual({ install: true, reason: 'newer' });
    expect(updateDecision('1.3.0-beta.2', '1.3.0-beta.10', beta)).toEqual({ install: true, reason: 'newer' });
  });

  it('refuses a version it cannot read', () => {
    expect(updateDecision('1.2.3', 'latest', stable)).toEqual({ install: false, reason: 'invalid-version' });
    expect(updateDecision('1.2.3', '1.2', stable)).toEqual({ install: false, reason: 'invalid-version' });
    expect(updateDecision('1.2.3', '01.2.3', stable)).toEqual({ install: false, reason: 'invalid-version' });
    expect(updateDecision('dev', '1.2.4', stable)).toEqual({ install: false, reason: 'invalid-version' });
  });
});

describe('updateDecision with a pin', () => {
  it('installs the pinned version when it is newer', () => {
    expect(updateDecision('1.2.3', '1.4.0', pinned('1.4.0'))).toEqual({ install: true, reason: 'pinned-upgrade' });
  });

  it('skips any other version, newer or older', () => {
    expect(updateDecision('1.2.3', '1.5.0', pinned('1.4.0'))).toEqual({ install: false, reason: 'not-the-pinned-version' });
    expect(updateDecision('1.2.3', '1.3.0', pinned('1.4.0'))).toEqual({ install: false, reason: 'not-the-pinned-version' });
    expect(updateDecision('1.2.3', '1.2.2', pinned('1.2.0'))).toEqual({ install: false, reason: 'not-the-pinned-version' });
  });

  it('downgrades to the pin only when the feed offers exactly it', () => {
    expect(updateDecision('1.4.0', '1.2.0', pinned('1.2.0'))).toEqual({ install: true, reason: 'pinned-downgrade' });
    expect(updateDecision('1.4.0', '1.3.0', pinned('1.2.0'))).toEqual({ install: false, reason: 'not-the-pinned-version' });
  });

  it('stays on the pin once there', () => {
    expect(updateDecision('1.2.0', '1.2.0', pinned('1.2.0'))).toEqual({ install: false, reason: 'up-to-date' });
    expect(updateDecision('1.2.0', '1.3.0', pinned('1.2.0'))).toEqual({ install: false, reason: 'not-the-pinned-version' });
  });

  it('installs a pinned pre-release even on the stable channel: the administrator chose it', () => {
    expect(updateDecision('1.2.3', '1.3.0-rc.1', pinned('1.3.0-rc.1'))).toEqual({ install: true, reason: 'pinned-upgrade' });
  });

  it('installs nothing when the pin is not a version (fail closed)', () => {
    expect(updateDecision('1.2.3', '1.3.0', pinned('1.3'))).toEqual({ install: false, reason: 'invalid-version' });
  });
});

describe('version order (semver 2.0.0 §11)', () => {
  it('orders the specification example chain', () => {
    const chain = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    const parsed = chain.map((v) => parseVersion(v));
    for (let i = 1; i < parsed.length; i++) {
      const [a, b] = [parsed[i - 1], parsed[i]];
      if (!a || !b) throw new Error(`unparsed ${chain[i]}`);
      expect(compareVersions(a, b), `${chain[i - 1]} < ${chain[i]}`).toBe(-1);
      expect(compareVersions(b, a)).toBe(1);
    }
  });

  it('accepts a leading v and ignores build metadata', () => {
    expect(parseVersion('v2.0.1+sha.abc')).toEqual({ major: 2, minor: 0, patch: 1, pre: [] });
  });
});

describe('version order agrees with the semver package electron-updater uses', () => {
  const semver = createRequire(import.meta.url)('semver') as { compare(a: string, b: string): number };
  const identifier = fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), fc.constantFrom('alpha', 'beta', 'rc', 'a-1', 'B'));
  const version = fc
    .tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.array(identifier, { maxLength: 3 }))
    .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre.length ? `-${pre.join('.')}` : ''}`);

  it('for random pairs', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const [pa, pb] = [parseVersion(a), parseVersion(b)];
        if (!pa || !pb) return false;
        return compareVersions(pa, pb) === semver.compare(a, b);
      }),
      { numRuns: 2000 },
    );
  });
});
