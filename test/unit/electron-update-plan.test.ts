import { describe, expect, it } from 'vitest';
import type { SettingEntry, SettingsOverview } from '../../shared/settings/schema';
import { proxyConfig } from '../../electron/main/updates/proxy-config';
import { updatePlan, type PlanInput } from '../../electron/main/updates/update-plan';

const feed = 'https://gateway.firm.cn/v1/updates/91310000MA1FL0XX1X/';

/** An overview as settings.overview answers it: every key, defaults unless given. */
function overview(given: Partial<Record<SettingEntry['key'], Partial<SettingEntry>>> = {}): SettingsOverview {
  const defaults: Record<string, SettingEntry['value']> = { updatesEnabled: true, updateChannel: 'stable', updateUrl: feed, pinVersion: null, proxy: null, language: 'zh-CN' };
  const entries = Object.entries(defaults).map(([key, value]) => ({ key, value, source: 'default', locked: false, ...given[key as SettingEntry['key']] }) as SettingEntry);
  return { entries, policy: { path: '/etc/clearway/policy.json', state: 'absent', problems: [] } };
}

const input = (over: Partial<PlanInput> = {}): PlanInput => ({ overview: overview(), appVersion: '1.4.0', platform: 'win32', packaged: true, devOverride: false, hasUpdateConfig: true, ...over });

describe('updatePlan', () => {
  it('checks the configured feed on the stable channel by default', () => {
    expect(updatePlan(input())).toEqual({
      enabled: true,
      reason: 'ok',
      feedUrl: feed,
      channel: 'latest',
      allowPrerelease: false,
      allowDowngrade: false,
      pin: null,
      lockedByPolicy: false,
      proxy: null,
    });
  });

  it('reads beta*.yml on the beta channel and allows pre-releases there', () => {
    expect(updatePlan(input({ overview: overview({ updateChannel: { value: 'beta', source: 'user' } }) }))).toMatchObject({ enabled: true, channel: 'beta', allowPrerelease: true });
  });

  it('does not check at all when the policy turns updates off', () => {
    const plan = updatePlan(input({ overview: overview({ updatesEnabled: { value: false, source: 'policy', locked: true } }) }));
    expect(plan).toMatchObject({ enabled: false, reason: 'disabled-by-policy', lockedByPolicy: true });
  });

  it('tells a user who turned updates off themselves apart from the policy', () => {
    expect(updatePlan(input({ overview: overview({ updatesEnabled: { value: false, source: 'user' } }) }))).toMatchObject({ enabled: false, reason: 'disabled-by-user' });
  });

  it('treats a failed settings.overview as not configured', () => {
    expect(updatePlan(input({ overview: null }))).toMatchObject({ enabled: false, reason: 'settings-unavailable', feedUrl: null });
  });

  it('needs a feed, and an http(s) one: Electron net.request cannot read file://', () => {
    expect(updatePlan(input({ overview: overview({ updateUrl: { value: null } }) }))).toMatchObject({ enabled: false, reason: 'no-feed' });
    expect(updatePlan(input({ overview: overview({ updateUrl: { value: 'file://fileserver/clearway/' } }) }))).toMatchObject({ enabled: false, reason: 'unsupported-feed', feedUrl: 'file://fileserver/clearway/' });
    expect(updatePlan(input({ overview: overview({ updateUrl: { value: 'http://10.0.0.5:8787/v1/updates/x/' } }) }))).toMatchObject({ enabled: true });
  });

  it('allows a downgrade only to reach a pin older than the running version', () => {
    const older = updatePlan(input({ overview: overview({ pinVersion: { value: '1.2.0', source: 'policy', locked: true } }) }));
    expect(older).toMatchObject({ enabled: true, pin: '1.2.0', allowDowngrade: true });
    const newer = updatePlan(input({ overview: overview({ pinVersion: { value: '1.5.0', source: 'policy', locked: true } }) }));
    expect(newer).toMatchObject({ enabled: true, pin: '1.5.0', allowDowngrade: false });
    const same = updatePlan(input({ overview: overview({ pinVersion: { value: '1.4.0', source: 'policy' } }) }));
    expect(same.allowDowngrade).toBe(false);
  });

  it('installs nothing with a pin that is not a version', () => {
    expect(updatePlan(input({ overview: overview({ pinVersion: { value: 'latest', source: 'policy' } }) }))).toMatchObject({ enabled: false, reason: 'invalid-pin', allowDowngrade: false });
  });

  it('skips checks in a development run unless CLEARWAY_UPDATE_DEV=1', () => {
    expect(updatePlan(input({ packaged: false }))).toMatchObject({ enabled: false, reason: 'not-packaged' });
    expect(updatePlan(input({ packaged: false, devOverride: true }))).toMatchObject({ enabled: true });
  });

  it('does not try without app-update.yml (an MSI, or a build without publish): electron-updater needs it', () => {
    expect(updatePlan(input({ hasUpdateConfig: false }))).toMatchObject({ enabled: false, reason: 'no-update-config' });
    // The administrator's and the user's switches still say why first.
    expect(updatePlan(input({ hasUpdateConfig: false, overview: overview({ updatesEnabled: { value: false, source: 'policy', locked: true } }) })).reason).toBe('disabled-by-policy');
  });

  it('says so on a platform electron-updater does not serve', () => {
    expect(updatePlan(input({ platform: 'freebsd' }))).toMatchObject({ enabled: false, reason: 'unsupported-platform' });
    expect(updatePlan(input({ platform: 'darwin' })).enabled).toBe(true);
    expect(updatePlan(input({ platform: 'linux' })).enabled).toBe(true);
  });

  it('carries the proxy setting', () => {
    expect(updatePlan(input({ overview: overview({ proxy: { value: 'http://proxy.firm.cn:3128', source: 'policy' } }) })).proxy).toBe('http://proxy.firm.cn:3128');
  });
});

describe('proxyConfig', () => {
  it('follows the operating system when no proxy is set', () => {
    expect(proxyConfig(null)).toEqual({ mode: 'system' });
  });

  it('goes direct for "direct"', () => {
    expect(proxyConfig('direct')).toEqual({ mode: 'direct' });
  });

  it('uses an http(s) proxy for every request, as scheme://host:port', () => {
    expect(proxyConfig('http://proxy.firm.cn:3128')).toEqual({ mode: 'fixed_servers', proxyRules: 'http://proxy.firm.cn:3128' });
    expect(proxyConfig('https://proxy.firm.cn')).toEqual({ mode: 'fixed_servers', proxyRules: 'https://proxy.firm.cn' });
    expect(proxyConfig('http://10.1.2.3:8080/')).toEqual({ mode: 'fixed_servers', proxyRules: 'http://10.1.2.3:8080' });
  });

  it('drops credentials and paths, which Chromium proxy rules cannot carry', () => {
    expect(proxyConfig('http://user:secret@proxy.firm.cn:3128/path')).toEqual({ mode: 'fixed_servers', proxyRules: 'http://proxy.firm.cn:3128' });
  });

  it('falls back to the system proxy for anything else', () => {
    expect(proxyConfig('socks5://proxy:1080')).toEqual({ mode: 'system' });
    expect(proxyConfig('not a url')).toEqual({ mode: 'system' });
  });
});
