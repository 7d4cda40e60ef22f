import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ClearwayDocument } from '../../shared/model/documents';
import type { OutboxItem, OutboxItemDetail, SyncStatus } from '../../shared/sync/schema';
import type { Backend } from '../../electron/backend/backend.node';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { matchingPackingList, validImport } from '../fixtures/declarations';
import { tenant, useGateways } from './helpers/gateway';
import { makeTestPki, P12_PASSWORD } from './helpers/test-pki';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, saveNew, syncBackend, syncOf } from './helpers/sync-backend';

const gateways = useGateways();
const tempProfile = useTempProfiles();

async function configured(backend: Backend, url: string, token: string): Promise<void> {
  await ok<SyncStatus>(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: url, deviceToken: token });
}

async function docStatus(backend: Backend, id: string): Promise<string> {
  return (await ok<ClearwayDocument>(backend, 'documents.get', { id })).status;
}

describe('backoff and failures', () => {
  it('waits out an exponential backoff with jitter (fake clock): not before the time, at the time', async () => {
    // A limit of 1 request a minute: the first answer is used up below, every send then gets 429.
    const { url, storage } = await gateways.start('sqlite', { speed: 1, rateLimitPerMinute: 1 });
    const { token } = await tenant(storage);
    let clock = Date.parse('2026-11-26T02:00:00.000Z');
    const backend = syncBackend(tempProfile(), { now: () => new Date(clock), sync: { random: () => 0.5, backoff: { baseMs: 2_000, capMs: 60_000 } } });
    await configured(backend, url, token);
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    await fetch(`${url}/v1/receipts`, { headers: { authorization: `Bearer ${token}` } });

    await syncOf(backend).sendDue();
    let now = await ok<OutboxItem>(backend, 'sync.item', { id: item.id });
    expect(now).toMatchObject({ state: 'failed-retryable', attempts: 1, nextAttemptAt: new Date(clock + 1_000).toISOString() });
    expect(now.lastError?.messageEn).toContain('429');

    clock += 999;
    await syncOf(backend).sendDue();
    expect((await ok<OutboxItem>(backend, 'sync.item', { id: item.id })).attempts).toBe(1);

    clock += 1;
    await syncOf(backend).sendDue();
    now = await ok<OutboxItem>(backend, 'sync.item', { id: item.id });
    // Second failure: half of 4 s.
    expect(now).toMatchObject({ state: 'failed-retryable', attempts: 2, nextAttemptAt: new Date(clock + 2_000).toISOString() });
    expect(await storage.listSubmissions()).toHaveLength(0);
    expect(await docStatus(backend, id)).toBe('queued');
    backend.close();
  });

  it('goes offline when the gateway cannot be reached, and a refused token is a settings problem that keeps items queued', async () => {
    const { url, storage, gateway } = await gateways.start('sqlite', { speed: 1 });
    const { token } = await tenant(storage);
    const backend = syncBackend(tempProfile());
    await configured(backend, url, 'not-a-real-device-token');
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    await syncOf(backend).sendDue();
    const refused = await ok<SyncStatus>(backend, 'sync.status');
    expect(refused.problem?.code).toBe('UNAUTHORIZED');
    expect(refused.problem?.messageZh).toContain('设备令牌');
    expect((await ok<OutboxItem>(backend, 'sync.item', { id: item.id })).state).toBe('queued');

    await configured(backend, url, token);
    expect((await ok<SyncStatus>(backend, 'sync.status')).problem).toBeNull();
    await gateway.close();
    expect(await syncOf(backend).probeNow()).toBe(false);
    const offline = await ok<SyncStatus>(backend, 'sync.status');
    expect(offline.online).toBe(false);
    expect(offline.problem?.code).toBe('BACKEND_UNREACHABLE');
    await syncOf(backend).sendDue(); // offline: nothing is tried
    expect((await ok<OutboxItem>(backend, 'sync.item', { id: item.id })).state).toBe('queued');
    backend.close();
  });
});

describe('the queue keeps moving', () => {
  it('a rejected declaration (attachment signed by a certificate the gateway does not know) does not block the next', async () => {
    const { url, storage } = await gateways.start('sqlite', { speed: 1_000_000 });
    const { token } = await tenant(storage); // no certificate registered
    const pki = makeTestPki();
    const backend = syncBackend(tempProfile());
    try {
      await configured(backend, url, token);
      await ok(backend, 'keys.unlock', { passphrase: 'sync-engine-test' });
      await ok(backend, 'certificates.import', { p12Base64: readFileSync(pki.p12.rsa).toString('base64'), password: P12_PASSWORD });
      const first = await saveNew(backend, { kind: 'declaration', data: validImport() });
      await saveNew(backend, { kind: 'packing-list', data: { ...matchingPackingList(), declarationId: first } });
      const second = await saveNew(backend, { kind: 'declaration', data: validImport() });
      const a = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: first });
      const b = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: second });
      await syncOf(backend).sendDue();

      const rejected = await ok<OutboxItemDetail>(backend, 'sync.item', { id: a.id });
      expect(rejected.state).toBe('rejected');
      expect(rejected.lastError?.messageZh).toBeTruthy();
      expect(rejected.receipts[0]?.kind).toBe('import-response');
      expect(await docStatus(backend, first)).toBe('rejected');
      expect((await ok<OutboxItem>(backend, 'sync.item', { id: b.id })).state).toBe('awaiting-receipt');
      expect(await docStatus(backend, second)).toBe('submitted');
      const counts = (await ok<SyncStatus>(backend, 'sync.status')).counts;
      expect(counts).toMatchObject({ rejected: 1, awaitingReceipt: 1, queued: 0 });
    } finally {
      pki.cleanup();
      backend.close();
    }
  }, 120_000);
});

describe('restart', () => {
  it('resumes receipts from the saved cursor, and an item a crash left in flight is asked about, not resent', async () => {
    const { url, storage } = await gateways.start('sqlite', { speed: 1_000_000, seed: 'restart' });
    const { token } = await tenant(storage, { tier: 'advanced-certified' });
    const profile = tempProfile();
    let backend = syncBackend(profile);
    await configured(backend, url, token);
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    await syncOf(backend).sendDue();
    let received = 0;
    const first = await syncOf(backend).pullNow(2_000);
    received += first?.received ?? 0;
    expect(received).toBeGreaterThan(0);
    backend.close();

    backend = syncBackend(profile);
    for (let round = 0; round < 100 && (await docStatus(backend, id)) !== 'closed'; round++) received += (await syncOf(backend).pullNow(1_000))?.received ?? 0;
    expect(await docStatus(backend, id)).toBe('closed');
    // Every receipt the gateway has was handed over exactly once across the restart.
    const all = (await (await fetch(`${url}/v1/receipts?after=0&limit=1000`, { headers: { authorization: `Bearer ${token}` } })).json()) as { receipts: unknown[] };
    expect(received).toBe(all.receipts.length);

    // A second declaration: its attempt reached the gateway, then the desktop died before recording the answer.
    const second = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: second });
    backend.close();
    const db = new Database(join(profile, DATABASE_FILE));
    const row = db.prepare('SELECT client_seq_no, revision, dec_message_xml FROM outbox WHERE id = ?').get(item.id) as { client_seq_no: string; revision: number; dec_message_xml: string };
    const posted = await fetch(`${url}/v1/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ idempotencyKey: item.idempotencyKey, clientSeqNo: row.client_seq_no, revision: row.revision, decMessageXml: row.dec_message_xml, attachments: [] }),
    });
    expect(posted.status).toBe(201);
    db.prepare("UPDATE outbox SET state = 'sending', attempts = 1 WHERE id = ?").run(item.id);
    db.close();

    backend = syncBackend(profile);
    await syncOf(backend).sendDue();
    const detail = await ok<OutboxItemDetail>(backend, 'sync.item', { id: item.id });
    expect(detail.history.map((h) => h.outcome)).toEqual(['queued', 'status-query-found']);
    expect(detail.state).toBe('awaiting-receipt');
    expect(await storage.listSubmissions()).toHaveLength(2);
    backend.close();
  });
});
