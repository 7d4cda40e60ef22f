import { describe, expect, it } from 'vitest';
import type { ClearwayDocument } from '../../shared/model/documents';
import type { OutboxItem, OutboxItemDetail, StoredReceipt, SyncStatus } from '../../shared/sync/schema';
import type { Backend } from '../../electron/backend/backend.node';
import { validImport } from '../fixtures/declarations';
import { tenant, useGateways } from './helpers/gateway';
import { startDropProxy } from './helpers/drop-proxy';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, saveNew, syncBackend, syncOf } from './helpers/sync-backend';

const gateways = useGateways();
const tempProfile = useTempProfiles();

/** A real gateway (SQLite, port 0) whose simulated customs runs a day in well under a second, and one enrolled device. */
async function gatewayWithDevice(options: { rateLimitPerMinute?: number } = {}) {
  const running = await gateways.start('sqlite', { speed: 1_000_000, seed: 'sync-client', ...options });
  const { token } = await tenant(running.storage, { tier: 'advanced-certified' });
  return { ...running, token };
}

async function configured(backend: Backend, url: string, token: string): Promise<void> {
  await ok<SyncStatus>(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: url, deviceToken: token });
}

async function status(backend: Backend, id: string): Promise<string> {
  return (await ok<ClearwayDocument>(backend, 'documents.get', { id })).status;
}

/** Pulls receipts (long-poll) until the document reaches one of the given statuses. */
async function pullUntil(backend: Backend, id: string, wanted: string[]): Promise<string> {
  for (let round = 0; round < 100; round++) {
    const now = await status(backend, id);
    if (wanted.includes(now)) return now;
    await syncOf(backend).pullNow(1_000);
  }
  return status(backend, id);
}

describe('the sync engine against the real gateway', () => {
  it('sends a declaration once, pulls its receipts and shows it closed', async () => {
    const { url, token, storage } = await gatewayWithDevice();
    const backend = syncBackend(tempProfile());
    await configured(backend, url, token);
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });

    expect(await syncOf(backend).probeNow()).toBe(true);
    await syncOf(backend).sendDue();
    const sent = await ok<OutboxItemDetail>(backend, 'sync.item', { id: item.id });
    expect(sent).toMatchObject({ state: 'awaiting-receipt', attempts: 1 });
    expect(sent.seqNo).toMatch(/^I\d{17}$/);
    expect(sent.history.map((h) => h.outcome)).toEqual(['queued', 'sent']);
    expect(await status(backend, id)).toBe('submitted');

    expect(await pullUntil(backend, id, ['closed'])).toBe('closed');
    const receipts = await ok<StoredReceipt[]>(backend, 'receipts.forDocument', { documentId: id });
    expect(receipts[0]?.kind).toBe('import-response');
    expect(receipts.map((r) => r.channel).filter(Boolean)).toEqual(expect.arrayContaining(['7', 'L', 'J', 'P', 'R']));
    const done = await ok<OutboxItem>(backend, 'sync.item', { id: item.id });
    expect(done).toMatchObject({ state: 'accepted', receiptStatusEn: 'Closed' });
    const doc = await ok<ClearwayDocument>(backend, 'documents.get', { id });
    expect(doc.body.kind === 'declaration' && doc.body.data.head.entryId).toMatch(/^\d{18}$/);
    expect(await storage.listSubmissions()).toHaveLength(1);
    backend.close();
  });

  it('after an answer is lost, asks the gateway before resending: still one submission', async () => {
    const { url, token, storage } = await gatewayWithDevice();
    const proxy = await startDropProxy(url);
    const backend = syncBackend(tempProfile());
    try {
      await configured(backend, proxy.url, token);
      const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
      const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });

      proxy.mode = 'drop-answers';
      await syncOf(backend).sendDue();
      const unknown = await ok<OutboxItem>(backend, 'sync.item', { id: item.id });
      expect(unknown.state).toBe('failed-retryable');
      expect(proxy.dropped).toBe(1);
      expect(await storage.listSubmissions()).toHaveLength(1); // the gateway did take it

      proxy.mode = 'pass';
      await ok(backend, 'sync.sendNow');
      await syncOf(backend).probeNow();
      await syncOf(backend).sendDue();
      const detail = await ok<OutboxItemDetail>(backend, 'sync.item', { id: item.id });
      expect(detail.history.map((h) => h.outcome)).toEqual(['queued', 'unknown', 'status-query-found']);
      expect(detail.state).toBe('awaiting-receipt');
      expect(await status(backend, id)).toBe('submitted');
      expect(await storage.listSubmissions()).toHaveLength(1);
    } finally {
      backend.close();
      await proxy.close();
    }
  }, 90_000);
});

describe('automatic sync (the timers on)', () => {
  it('the cable is pulled while ten declarations go out: once back, each is on the gateway once and shows its receipts', async () => {
    const { url, token, storage } = await gatewayWithDevice();
    const proxy = await startDropProxy(url);
    const events: string[] = [];
    const backend = syncBackend(tempProfile(), {
      sync: { timers: true, probeOfflineMs: 100, probeOnlineMs: 300, receiptWaitMs: 300, backoff: { baseMs: 50, capMs: 400 }, changeDebounceMs: 50 },
    });
    backend.onEvent((event) => events.push(event));
    try {
      await configured(backend, proxy.url, token);
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
        await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
        ids.push(id);
        if (i === 4) proxy.mode = 'cut';
      }
      await new Promise((r) => setTimeout(r, 400));
      expect((await ok<SyncStatus>(backend, 'sync.status')).online).toBe(false);
      proxy.mode = 'pass';

      const finished = async () => (await Promise.all(ids.map((id) => status(backend, id)))).every((s) => s === 'closed');
      for (let waited = 0; waited < 240 && !(await finished()); waited++) {
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(await Promise.all(ids.map((id) => status(backend, id)))).toEqual(ids.map(() => 'closed'));
      expect(await storage.listSubmissions()).toHaveLength(10);
      const items = await ok<OutboxItem[]>(backend, 'sync.list', {});
      expect(items.map((i) => i.state)).toEqual(items.map(() => 'accepted'));
      const last = await ok<SyncStatus>(backend, 'sync.status');
      expect(last).toMatchObject({ online: true, problem: null });
      expect(events).toContain('receipts.arrived');
      expect(events).toContain('sync.changed');
    } finally {
      backend.close();
      await proxy.close();
    }
  }, 90_000);
});
