import { describe, expect, it } from 'vitest';
import { updateDecision } from '../../electron/main/updates/update-decision';

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

describe('version order (semver 2.0.0 §11), as the decision sees it', () => {
  it('orders the specification example chain: each is newer than the one before', () => {
    const chain = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    for (let i = 1; i < chain.length; i++) {
      const [older, newer] = [chain[i - 1] as string, chain[i] as string];
      expect(updateDecision(older, newer, beta), `${older} < ${newer}`).toEqual({ install: true, reason: 'newer' });
      expect(updateDecision(newer, older, beta)).toEqual({ install: false, reason: 'older' });
    }
  });

  it('accepts a leading v and ignores build metadata', () => {
    expect(updateDecision('v2.0.1+sha.abc', '2.0.1', beta)).toEqual({ install: false, reason: 'up-to-date' });
    expect(updateDecision('v2.0.1+sha.abc', '2.0.2', beta)).toEqual({ install: true, reason: 'newer' });
  });
});
