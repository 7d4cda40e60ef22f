import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClearwayDocument } from '../../shared/model/documents';
import type { Settings, SettingsOverview } from '../../shared/settings/schema';
import type { SyncStatus } from '../../shared/sync/schema';
import type { EventName } from '../../shared/ipc/contract';
import type { Backend } from '../../electron/backend/backend.node';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, syncBackend } from './helpers/sync-backend';

const tempProfile = useTempProfiles();
const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function policyFile(policy: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-policy-'));
  dirs.push(dir);
  const path = join(dir, 'policy.json');
  writeFileSync(path, typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2));
  return path;
}

function open(profileDir: string, policy: unknown): Backend {
  const backend = syncBackend(profileDir, { policyFile: policy === null ? null : policyFile(policy) });
  backends.push(backend);
  return backend;
}

const firmPolicy = {
  gatewayUrl: 'https://gw.example.cn:8787/',
  enterpriseCode: '91310115MA1K3ABC1G',
  impPath: 'D:\\ImpPath',
  updateChannel: 'beta',
  locked: ['gatewayUrl', 'language', 'updateUrl'],
};

describe('the policy through the Backend call table, on a real profile', () => {
  it('settings.overview lists every setting with value, source and lock, and the policy report; no device token', async () => {
    const backend = open(tempProfile(), firmPolicy);
    await ok(backend, 'settings.update', { proxy: 'direct' });
    await ok(backend, 'sync.configure', { deviceToken: 'device-token-0123456789', autoSend: false });
    const overview = await ok<SettingsOverview>(backend, 'settings.overview');
    expect(overview.policy).toMatchObject({ state: 'ok', problems: [] });
    expect(Object.fromEntries(overview.entries.map((e) => [e.key, [e.value, e.source, e.locked]]))).toEqual({
      language: ['zh-CN', 'default', true],
      enterpriseCode: ['91310115MA1K3ABC1G', 'policy', false],
      gatewayUrl: ['https://gw.example.cn:8787/', 'policy', true],
      impPath: ['D:\\ImpPath', 'policy', false],
      syncChannel: ['gateway', 'default', false],
      autoSend: [false, 'user', false],
      updatesEnabled: [true, 'default', false],
      updateChannel: ['beta', 'policy', false],
      updateUrl: [null, 'default', true],
      pinVersion: [null, 'default', false],
      proxy: ['direct', 'user', false],
    });
    expect(JSON.stringify(overview)).not.toContain('device-token');
  });

  it('settings.get answers the effective settings', async () => {
    const backend = open(tempProfile(), firmPolicy);
    expect(await ok<Settings>(backend, 'settings.get')).toEqual({
      language: 'zh-CN',
      enterpriseCode: '91310115MA1K3ABC1G',
      updatesEnabled: true,
      updateChannel: 'beta',
      updateUrl: null,
      proxy: null,
    });
  });

  it('settings.update refuses a locked key with SETTING_LOCKED naming it, and writes nothing of the patch', async () => {
    const profile = tempProfile();
    const backend = open(profile, firmPolicy);
    const events: EventName[] = [];
    backend.onEvent((event) => events.push(event));
    const error = await failure(backend, 'settings.update', { proxy: 'direct', language: 'en' });
    expect(error).toMatchObject({ code: 'SETTING_LOCKED', field: 'language' });
    expect(error.messageZh).toContain('界面语言');
    expect(error.messageEn).toContain('Language');
    expect(events).toEqual([]);
    const overview = await ok<SettingsOverview>(backend, 'settings.overview');
    expect(overview.entries.find((e) => e.key === 'proxy')).toMatchObject({ value: null, source: 'default' });
    // Without the policy the profile shows nothing was stored either.
    backend.close();
    const plain = open(profile, null);
    expect((await ok<Settings>(plain, 'settings.get')).proxy).toBeNull();
  });

  it('settings.update of unlocked keys: user beats the policy default; events carry effective values', async () => {
    const backend = open(tempProfile(), firmPolicy);
    const seen: { event: EventName; payload: unknown }[] = [];
    backend.onEvent((event, payload) => seen.push({ event, payload }));
    const settings = await ok<Settings>(backend, 'settings.update', { updateChannel: 'stable', enterpriseCode: '3101234567' });
    expect(settings).toMatchObject({ updateChannel: 'stable', enterpriseCode: '3101234567', language: 'zh-CN' });
    expect(seen.map((s) => s.event)).toEqual(['settings.changed', 'settings.overviewChanged']);
    const overview = seen[1]?.payload as SettingsOverview;
    expect(overview.entries.find((e) => e.key === 'updateChannel')).toMatchObject({ value: 'stable', source: 'user' });
    // Clearing a field gives the policy's value back.
    const cleared = await ok<Settings>(backend, 'settings.update', { enterpriseCode: null });
    expect(cleared.enterpriseCode).toBe('91310115MA1K3ABC1G');
  });

  it('sync.configure refuses a locked key (the whole change) and emits the overview after an allowed one', async () => {
    const backend = open(tempProfile(), firmPolicy);
    const error = await failure(backend, 'sync.configure', { autoSend: false, gatewayUrl: 'http://127.0.0.1:9' });
    expect(error).toMatchObject({ code: 'SETTING_LOCKED', field: 'gatewayUrl' });
    expect(error.messageZh).toContain('网关地址');
    let status = await ok<SyncStatus>(backend, 'sync.status');
    expect(status.settings).toMatchObject({ gatewayUrl: 'https://gw.example.cn:8787', autoSend: true, impPath: 'D:\\ImpPath' });

    const events: EventName[] = [];
    backend.onEvent((event) => events.push(event));
    status = await ok<SyncStatus>(backend, 'sync.configure', { impPath: 'E:\\Other', deviceToken: 'device-token-0123456789' });
    expect(status.settings).toMatchObject({ impPath: 'E:\\Other', gatewayUrl: 'https://gw.example.cn:8787', hasDeviceToken: true });
    expect(events).toContain('settings.overviewChanged');
    const overview = await ok<SettingsOverview>(backend, 'settings.overview');
    expect(overview.entries.find((e) => e.key === 'impPath')).toMatchObject({ value: 'E:\\Other', source: 'user' });
  });

  it('a user choice made before the policy arrived gives way to a lock, and comes back when the lock goes', async () => {
    const profile = tempProfile();
    const before = open(profile, null);
    await ok(before, 'sync.configure', { gatewayUrl: 'http://127.0.0.1:9999' });
    await ok(before, 'settings.update', { language: 'en' });
    before.close();
    const locked = open(profile, firmPolicy);
    expect((await ok<SyncStatus>(locked, 'sync.status')).settings.gatewayUrl).toBe('https://gw.example.cn:8787');
    expect((await ok<Settings>(locked, 'settings.get')).language).toBe('zh-CN');
    locked.close();
    const unlocked = open(profile, { gatewayUrl: 'https://gw.example.cn' });
    expect((await ok<SyncStatus>(unlocked, 'sync.status')).settings.gatewayUrl).toBe('http://127.0.0.1:9999');
    expect((await ok<Settings>(unlocked, 'settings.get')).language).toBe('en');
  });

  it('an invalid policy: the report names the bad keys, the good keys apply, the bad ones do not', async () => {
    const backend = open(tempProfile(), { gatewayUrl: 'gateway.local', syncChannel: 'transfer-folder', locked: ['syncChannel', 'gatewayUrl'] });
    const overview = await ok<SettingsOverview>(backend, 'settings.overview');
    expect(overview.policy.state).toBe('invalid');
    expect(overview.policy.problems.map((p) => p.key)).toEqual(['gatewayUrl']);
    expect(overview.entries.find((e) => e.key === 'syncChannel')).toMatchObject({ value: 'transfer-folder', source: 'policy', locked: true });
    // The lock is valid on its own: it locks the built-in default (no gateway) rather than the bad value.
    expect(overview.entries.find((e) => e.key === 'gatewayUrl')).toMatchObject({ value: null, source: 'default', locked: true });
  });

  it('a policy file with a syntax error applies nothing and nothing is locked', async () => {
    const backend = open(tempProfile(), '{ "locked": ["language"], }');
    const overview = await ok<SettingsOverview>(backend, 'settings.overview');
    expect(overview.policy).toMatchObject({ state: 'invalid', problems: [{ key: '' }] });
    expect(overview.entries.every((e) => !e.locked && e.source === 'default')).toBe(true);
    await ok(backend, 'settings.update', { language: 'en' });
  });

  it('documents.create fills the enterprise code as the declaring unit; without one the field stays empty', async () => {
    const backend = open(tempProfile(), firmPolicy);
    const created = await ok<ClearwayDocument>(backend, 'documents.create', { kind: 'declaration', direction: 'E' });
    const doc = await ok<ClearwayDocument>(backend, 'documents.get', { id: created.id });
    expect(doc.body).toMatchObject({ kind: 'declaration', data: { head: { ieFlag: 'E', agentCodeScc: '91310115MA1K3ABC1G' } } });

    await ok(backend, 'settings.update', { enterpriseCode: '3101234567' });
    const second = await ok<ClearwayDocument>(backend, 'documents.create', { kind: 'declaration' });
    const head = ((await ok<ClearwayDocument>(backend, 'documents.get', { id: second.id })).body.data as { head: Record<string, unknown> }).head;
    expect(head.agentCode).toBe('3101234567');
    expect(head.agentCodeScc).toBeUndefined();

    const plain = open(tempProfile(), null);
    const third = await ok<ClearwayDocument>(plain, 'documents.create', { kind: 'declaration' });
    const plainHead = ((await ok<ClearwayDocument>(plain, 'documents.get', { id: third.id })).body.data as { head: Record<string, unknown> }).head;
    expect(plainHead.agentCode).toBeUndefined();
    expect(plainHead.agentCodeScc).toBeUndefined();
  });
});
