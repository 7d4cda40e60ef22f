import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxItem, OutboxItemDetail, SyncStatus } from '../../shared/sync/schema';
import { defaultSimulatorConfig } from '../../server/simulator/config';
import { validImport } from '../fixtures/declarations';
import { tenant, useGateways } from './helpers/gateway';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, saveNew, syncBackend, syncOf } from './helpers/sync-backend';

const gateways = useGateways();
const tempProfile = useTempProfiles();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the policy drives the sync engine', () => {
  it('a declaration goes to the gateway the policy names (locked), with only the device token set by the user', async () => {
    const running = await gateways.start('sqlite', { speed: 1_000_000, seed: 'policy-sync', simulator: { ...defaultSimulatorConfig, returnRate: 0 } });
    const { token } = await tenant(running.storage, { tier: 'advanced-certified' });
    const dir = mkdtempSync(join(tmpdir(), 'clearway-policy-'));
    dirs.push(dir);
    const policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify({ gatewayUrl: running.url, syncChannel: 'gateway', locked: ['gatewayUrl', 'syncChannel'] }));
    const backend = syncBackend(tempProfile(), { policyFile });
    try {
      const status = await ok<SyncStatus>(backend, 'sync.configure', { deviceToken: token });
      expect(status.settings).toMatchObject({ channel: 'gateway', gatewayUrl: running.url.replace(/\/+$/, ''), hasDeviceToken: true });
      const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
      const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
      expect(await syncOf(backend).probeNow()).toBe(true);
      await syncOf(backend).sendDue();
      const sent = await ok<OutboxItemDetail>(backend, 'sync.item', { id: item.id });
      expect(sent).toMatchObject({ state: 'awaiting-receipt', attempts: 1 });
      expect(sent.seqNo).toMatch(/^I\d{17}$/);
    } finally {
      backend.close();
    }
  });
});
