import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVAL_MS, UpdateController, type UpdaterPort } from '../../electron/main/updates/update-controller';
import type { UpdateOutcome } from '../../electron/main/updates/update-messages';
import { updatePlan, type UpdatePlan } from '../../electron/main/updates/update-plan';
import type { SettingEntry } from '../../shared/settings/schema';

/**
 * The controller against a stand-in for electron-updater's autoUpdater (the true edge: it needs
 * Electron). The stand-in calls decide() during a check as electron-updater calls its
 * isUpdateSupported hook, and a manual clock replaces setTimeout.
 */
function plan(entries: Partial<Record<SettingEntry['key'], SettingEntry['value']>> = {}, source: SettingEntry['source'] = 'policy'): UpdatePlan {
  const values = { updatesEnabled: true, updateChannel: 'stable', updateUrl: 'https://gw.firm.cn/v1/updates/91310000MA1FL0XX1X/', pinVersion: null, proxy: null, ...entries };
  return updatePlan({
    overview: { entries: Object.entries(values).map(([key, value]) => ({ key, value, source, locked: source === 'policy' }) as SettingEntry), policy: { path: 'p', state: 'ok', problems: [] } },
    appVersion: '1.4.0',
    platform: 'win32',
    packaged: true,
    devOverride: false,
    hasUpdateConfig: true,
  });
}

function harness(options: { plan?: UpdatePlan; feed?: string | Error | null; answers?: number[]; showFails?: boolean } = {}) {
  const shown: UpdateOutcome[] = [];
  const logs: string[] = [];
  const timers: Array<{ run: () => void; ms: number; cancelled: boolean }> = [];
  const calls = { configure: 0, check: 0, quitAndInstall: 0 };
  let currentPlan = options.plan ?? plan();
  let feed = options.feed === undefined ? '1.4.0' : options.feed;
  const answers = [...(options.answers ?? [])];
  const updater: UpdaterPort = {
    async configure() {
      calls.configure++;
    },
    async check() {
      calls.check++;
      if (feed instanceof Error) throw feed;
      if (feed === null) return null;
      // electron-updater: equal versions never reach the hook; otherwise the hook decides.
      if (feed === '1.4.0') return { updateFound: false, offered: feed };
      return { updateFound: controller.decide(feed), offered: feed };
    },
    quitAndInstall() {
      calls.quitAndInstall++;
    },
  };
  const controller: UpdateController = new UpdateController({
    currentVersion: '1.4.0',
    updater,
    loadPlan: async () => currentPlan,
    show: async (outcome) => {
      if (options.showFails) throw new Error('no window');
      shown.push(outcome);
      return answers.shift() ?? 0;
    },
    log: (_level, line) => logs.push(line),
    schedule: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    startDelayMs: 1000,
  });
  /** Runs the oldest pending timer and lets the check it starts finish. */
  const tick = async () => {
    const timer = timers.find((t) => !t.cancelled && !('ran' in t));
    if (!timer) throw new Error('no timer pending');
    Object.assign(timer, { ran: true });
    timer.run();
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return {
    controller,
    shown,
    logs,
    timers,
    calls,
    tick,
    setFeed: (value: string | Error | null) => (feed = value),
    setPlan: (value: UpdatePlan) => (currentPlan = value),
  };
}

describe('UpdateController schedule', () => {
  it('checks once after the start delay, then every four hours, silently', async () => {
    const h = harness({ feed: '1.4.0' });
    h.controller.start();
    expect(h.calls.check).toBe(0);
    expect(h.timers.map((t) => t.ms)).toEqual([1000]);
    await h.tick();
    expect(h.calls.check).toBe(1);
    expect(h.timers.map((t) => t.ms)).toEqual([1000, DEFAULT_INTERVAL_MS]);
    await h.tick();
    expect(h.calls.check).toBe(2);
    expect(h.shown).toEqual([]);
  });

  it('keeps the schedule after a failed background check, logging it and showing nothing', async () => {
    const h = harness({ feed: Object.assign(new Error('net::ERR_INTERNET_DISCONNECTED'), { code: undefined }) });
    h.controller.start();
    await h.tick();
    expect(h.shown).toEqual([]);
    expect(h.logs.some((l) => l.includes('check failed: net::ERR_INTERNET_DISCONNECTED'))).toBe(true);
    expect(h.timers.at(-1)?.ms).toBe(DEFAULT_INTERVAL_MS);
  });

  it('does not touch electron-updater when updates are off, and stop() cancels the next check', async () => {
    const h = harness({ plan: plan({ updatesEnabled: false }) });
    h.controller.start();
    await h.tick();
    expect(h.calls).toEqual({ configure: 0, check: 0, quitAndInstall: 0 });
    h.controller.stop();
    expect(h.timers.at(-1)?.cancelled).toBe(true);
  });
});

describe('UpdateController when the person asks (Help → Check for Updates)', () => {
  it('says it is up to date', async () => {
    const h = harness({ feed: '1.4.0' });
    await h.controller.check(true);
    expect(h.shown).toEqual([{ kind: 'up-to-date', version: '1.4.0' }]);
  });

  it('explains that the administrator manages updates, without checking', async () => {
    const h = harness({ plan: plan({ updatesEnabled: false }) });
    await h.controller.check(true);
    expect(h.calls.check).toBe(0);
    expect(h.shown).toEqual([{ kind: 'unavailable', reason: 'disabled-by-policy', feedUrl: expect.any(String), pin: null }]);
  });

  it('explains an installation electron-updater cannot update (it answers null), instead of "up to date"', async () => {
    const h = harness({ feed: null });
    await h.controller.check(true);
    expect(h.shown).toEqual([{ kind: 'unavailable', reason: 'updater-inactive', feedUrl: expect.any(String), pin: null }]);
  });

  it('explains a pin that makes it skip the offered version', async () => {
    const h = harness({ plan: plan({ pinVersion: '1.4.0' }), feed: '1.6.0' });
    await h.controller.check(true);
    expect(h.shown).toEqual([{ kind: 'skipped', offered: '1.6.0', reason: 'not-the-pinned-version', pin: '1.4.0', current: '1.4.0' }]);
  });

  it('reports a failed check with its kind', async () => {
    const h = harness({ feed: Object.assign(new Error('Cannot find channel "latest.yml" update info: HttpError: 404'), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' }) });
    await h.controller.check(true);
    expect(h.shown).toEqual([{ kind: 'failed', error: 'feed-missing', detail: 'Cannot find channel "latest.yml" update info: HttpError: 404' }]);
  });

  it('says it is downloading, then offers a restart; Restart now installs', async () => {
    const h = harness({ feed: '1.5.0', answers: [0, 0] });
    await h.controller.check(true);
    expect(h.shown).toEqual([{ kind: 'downloading', version: '1.5.0' }]);
    await h.controller.downloadedUpdate('1.5.0');
    expect(h.shown.at(-1)).toEqual({ kind: 'downloaded', version: '1.5.0' });
    expect(h.calls.quitAndInstall).toBe(1);
  });

  it('leaves the install for quit when the person chooses Later, and asks again from the menu', async () => {
    const h = harness({ feed: '1.5.0', answers: [1, 1] });
    await h.controller.downloadedUpdate('1.5.0');
    expect(h.calls.quitAndInstall).toBe(0);
    await h.controller.check(true);
    expect(h.calls.check).toBe(0);
    expect(h.shown.map((o) => o.kind)).toEqual(['downloaded', 'downloaded']);
  });

  it('shows a download that fails after the person asked, once', async () => {
    const h = harness({ feed: '1.5.0' });
    await h.controller.check(true);
    await h.controller.updaterError(Object.assign(new Error('sha512 checksum mismatch, expected a, got b'), { code: 'ERR_CHECKSUM_MISMATCH' }));
    await h.controller.updaterError(new Error('again'));
    expect(h.shown.map((o) => o.kind)).toEqual(['downloading', 'failed']);
    expect(h.shown[1]).toMatchObject({ error: 'checksum' });
  });

  it('only logs a background download failure', async () => {
    const h = harness({ feed: '1.5.0' });
    await h.controller.check(false);
    await h.controller.updaterError(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    expect(h.shown).toEqual([]);
    expect(h.logs.some((l) => l.includes('ENOSPC'))).toBe(true);
  });

  it('answers the person even when a background check is already running', async () => {
    const h = harness({ feed: '1.4.0' });
    const background = h.controller.check(false);
    const asked = h.controller.check(true);
    await Promise.all([background, asked]);
    expect(h.calls.check).toBe(2);
    expect(h.shown).toEqual([{ kind: 'up-to-date', version: '1.4.0' }]);
  });

  it('never rejects, even when no dialog can be shown', async () => {
    const h = harness({ feed: new Error('boom'), showFails: true });
    await expect(h.controller.check(true)).resolves.toBeUndefined();
    expect(h.logs.some((l) => l.includes('cannot show the dialog'))).toBe(true);
  });

  it('re-reads the settings for every check: a policy change takes effect without a restart', async () => {
    const h = harness({ feed: '1.5.0' });
    h.setPlan(plan({ updatesEnabled: false }));
    await h.controller.check(true);
    expect(h.calls.check).toBe(0);
    h.setPlan(plan());
    await h.controller.check(true);
    expect(h.calls.check).toBe(1);
    expect(h.controller.currentPlan?.enabled).toBe(true);
  });
});
