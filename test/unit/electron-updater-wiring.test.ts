import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { CallResult } from '../../shared/ipc/errors';
import type { SettingEntry, SettingsOverview } from '../../shared/settings/schema';
import { runGatewayCli } from '../../server/cli/run.node';
import { installerBytes, sha512Base64, writeRelease } from './helpers/fake-release';
import { tenant, useGateways } from './helpers/gateway';
import { useTempProfiles } from './helpers/temp-profile';
import { Backend } from '../../electron/backend/backend.node';

/**
 * updater.main.ts with the REAL electron-updater (its AppUpdater on Linux: AppImageUpdater) against
 * a real gateway. Only Electron itself is a stand-in, because its runtime is not installed here:
 * `app`, `dialog`, the updater's session and `net.request` (carried by Node's http.request).
 * electron-updater loads 'electron' with require(), so the stand-in also goes into require.cache.
 */
const work = mkdtempSync(join(tmpdir(), 'clearway-updater-wiring-'));
const dialogs: Array<{ message: string; buttons: string[] }> = [];
const dialogWaiters: Array<{ match: RegExp; resolve: () => void }> = [];
const proxies: Array<{ partition: string; config: unknown }> = [];
const requested: string[] = [];

const electronStandIn = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock('electron', () => electronStandIn);

Object.assign(electronStandIn, {
  app: Object.assign(new EventEmitter(), {
    isPackaged: false,
    whenReady: async () => undefined,
    getVersion: () => '1.0.0',
    getName: () => 'Clearway',
    getAppPath: () => join(work, 'app'),
    getPath: () => join(work, 'userData'),
    quit: () => undefined,
    relaunch: () => undefined,
  }),
  dialog: {
    showMessageBox: async (options: { message: string; buttons: string[] }) => {
      dialogs.push({ message: options.message, buttons: options.buttons });
      for (const waiter of dialogWaiters.filter((w) => w.match.test(options.message))) waiter.resolve();
      // "Later" for the restart question, so the test process is not asked to quit.
      return { response: options.buttons.length > 1 ? 1 : 0 };
    },
  },
  session: {
    fromPartition: (partition: string) => ({ setProxy: async (config: unknown) => void proxies.push({ partition, config }) }),
  },
  net: {
    request: (options: RequestOptions & { session?: unknown; redirect?: string }) => {
      const { session: _session, redirect: _redirect, ...node } = options;
      requested.push(node.path ?? '');
      return httpRequest(node);
    },
  },
});
const require = createRequire(import.meta.url);
const electronPath = require.resolve('electron');
require.cache[electronPath] = { id: electronPath, filename: electronPath, loaded: true, exports: electronStandIn } as unknown as NodeJS.Module;

const untilDialog = (match: RegExp): Promise<void> => new Promise((resolve) => dialogWaiters.push({ match, resolve }));

const gateways = useGateways();
const tempProfile = useTempProfiles();
const saved = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, APPIMAGE: process.env.APPIMAGE, CLEARWAY_UPDATE_DEV: process.env.CLEARWAY_UPDATE_DEV };
beforeAll(() => {
  mkdirSync(join(work, 'app'), { recursive: true });
  mkdirSync(join(work, 'userData'), { recursive: true });
  // electron-updater's cache folder name comes from (dev-)app-update.yml.
  writeFileSync(join(work, 'app', 'dev-app-update.yml'), 'provider: generic\nurl: https://updates.clearway.invalid/\nupdaterCacheDirName: clearway-updater\n');
  process.env.XDG_CACHE_HOME = join(work, 'cache');
  process.env.CLEARWAY_UPDATE_DEV = '1';
  // The running AppImage (the differential download's old file): no embedded block map, so a full download follows.
  process.env.APPIMAGE = join(work, 'Clearway-1.0.0-linux-x86_64.AppImage');
  writeFileSync(process.env.APPIMAGE, installerBytes('wiring-old', 10_000));
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) Reflect.deleteProperty(process.env, key);
    else process.env[key] = value;
  }
  Reflect.deleteProperty(require.cache, electronPath);
  rmSync(work, { recursive: true, force: true });
});

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('updater.main.ts with electron-updater', () => {
  it('follows the policy through settings.overview: off, pinned elsewhere, then downloads the update and asks to restart', async () => {
    const dataDir = gateways.tempDir();
    const { url, storage } = await gateways.start('sqlite', { dataDir, updatesDir: join(dataDir, 'updates') });
    const { enterprise } = await tenant(storage);
    const release = join(work, 'release');
    const bytes = installerBytes('wiring-new', 60_000);
    await writeRelease(release, { version: '1.1.0', bytes, installer: 'Clearway-1.1.0-linux-x86_64.AppImage', channelFile: 'latest-linux.yml', blockmap: false });
    const published = await runGatewayCli(['publish-update', '--enterprise', enterprise.uscc, '--dir', release, '--data', dataDir, '--lang', 'en'], { env: {}, out: () => undefined, err: () => undefined, version: 'test' });
    expect(published).toBe(0);

    // The effective settings as the backend's settings.overview answers them (being built on another branch).
    const values: Partial<Record<SettingEntry['key'], SettingEntry['value']>> = {
      updatesEnabled: false,
      updateChannel: 'stable',
      updateUrl: `${url}/v1/updates/${enterprise.uscc}/`,
      pinVersion: null,
      proxy: 'http://proxy.firm.cn:3128',
    };
    const overview = (): SettingsOverview => ({
      entries: Object.entries(values).map(([key, value]) => ({ key, value, source: 'policy', locked: true }) as SettingEntry),
      policy: { path: '/etc/clearway/policy.json', state: 'ok', problems: [] },
    });
    const listeners: Array<<E extends EventName>(event: E, payload: EventPayload<E>) => void> = [];
    const backend = {
      call: async (name: string): Promise<CallResult<unknown>> =>
        name === 'settings.overview' ? { ok: true, value: overview() } : { ok: false, error: { code: 'INTERNAL', messageZh: '无', messageEn: 'none' } },
      onEvent: (listener: (typeof listeners)[number]) => {
        listeners.push(listener);
        return () => undefined;
      },
    };
    const plans: string[] = [];
    const { startUpdater } = await import('../../electron/main/updates/updater.main');
    const controller = startUpdater({
      backend,
      version: '1.0.0',
      language: () => 'zh-CN',
      window: () => null,
      onPlan: (plan) => plans.push(plan.reason),
      log: () => undefined,
    });
    try {
      // 1. Off by policy: a dialog, and not one request.
      await controller.check(true);
      expect(dialogs.at(-1)?.message).toMatch(/^更新由管理员管理/);
      expect(requested).toEqual([]);

      // 2. The policy changes (event), pinning 1.0.5: the feed's 1.1.0 is read and skipped.
      values.updatesEnabled = true;
      values.pinVersion = '1.0.5';
      for (const listener of listeners) listener('settings.overviewChanged', overview());
      await controller.check(true);
      expect(dialogs.at(-1)?.message).toBe('管理员已将清关通固定在 1.0.5 版本；更新源提供的 1.1.0 版不会安装。');
      expect(requested.some((p) => p.startsWith(`/v1/updates/${enterprise.uscc}/latest-linux.yml`))).toBe(true);
      expect(requested.some((p) => p.endsWith('.AppImage'))).toBe(false);
      expect(plans).toContain('disabled-by-policy');
      expect(plans.at(-1)).toBe('ok');
      expect(proxies.at(-1)).toEqual({ partition: 'electron-updater', config: { mode: 'fixed_servers', proxyRules: 'http://proxy.firm.cn:3128' } });

      // 3. Pin removed, but the installer on the server is damaged: the download fails its SHA-512
      //    check, the person (who asked) is told, and nothing else happens.
      values.pinVersion = null;
      const served = join(dataDir, 'updates', enterprise.uscc, 'Clearway-1.1.0-linux-x86_64.AppImage');
      const damaged = Buffer.from(bytes);
      damaged[100] = (damaged[100] ?? 0) ^ 0xff;
      writeFileSync(served, damaged);
      const failed = untilDialog(/^下载的安装包与更新信息中的 SHA-512 校验值不一致，已丢弃。$/);
      await controller.check(true);
      expect(dialogs.at(-1)?.message).toBe('发现新版本 1.1.0，正在后台下载；下载完成后会提示您。');
      await failed;

      // 4. Repaired: found again, downloaded with the SHA-512 check, then the restart question.
      writeFileSync(served, bytes);
      const downloaded = untilDialog(/^新版本 1\.1\.0 已下载。$/);
      await controller.check(true);
      expect(dialogs.at(-1)?.message).toBe('发现新版本 1.1.0，正在后台下载；下载完成后会提示您。');
      await downloaded;
      expect(dialogs.at(-1)?.buttons).toEqual(['立即重启', '稍后']);
      const pending = join(work, 'cache', 'clearway-updater', 'pending');
      const file = readdirSync(pending).find((n) => n.endsWith('.AppImage'));
      expect(file).toBeDefined();
      expect(sha512Base64(readFileSync(join(pending, file ?? '')))).toBe(sha512Base64(bytes));
    } finally {
      controller.stop();
    }
  }, 60_000);

  it('with the real backend and a fresh profile (no policy, no update URL) makes no request and says why', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test' });
    const { startUpdater } = await import('../../electron/main/updates/updater.main');
    const before = requested.length;
    const controller = startUpdater({ backend, version: '1.0.0', language: () => 'en', window: () => null, onPlan: () => undefined, log: () => undefined });
    try {
      await controller.check(true);
      // settings.overview answers "not built yet" until the settings service lands (then: no update URL).
      expect(['settings-unavailable', 'no-feed']).toContain(controller.currentPlan?.reason);
      expect(dialogs.at(-1)?.message).toMatch(/^(The update settings cannot be read right now|No update address is configured)/);
      expect(requested.length).toBe(before);
    } finally {
      controller.stop();
      backend.close();
    }
  });
});
