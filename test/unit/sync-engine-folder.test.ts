import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClearwayDocument } from '../../shared/model/documents';
import type { OutboxItem, OutboxItemDetail, SyncStatus } from '../../shared/sync/schema';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, saveNew, syncBackend, syncOf } from './helpers/sync-backend';
import { startTransferClientStandin, type RunningStandin } from './helpers/transfer-client-standin-process';

const tempDir = useTempProfiles();
const running: RunningStandin[] = [];
afterEach(async () => {
  for (const standin of running.splice(0)) await standin.stop();
});

describe('the sync engine through the transfer-client folder channel', () => {
  it('hands the declaration to the transfer client once and follows its receipts from InBox to closed', async () => {
    const root = tempDir();
    const impPath = join(root, 'ImpPath');
    mkdirSync(impPath);
    const standin = await startTransferClientStandin({ impPath, intervalMs: 15, channels: ['7', 'L', 'J', 'P', 'R'], twice: ['L'] });
    running.push(standin);
    const backend = syncBackend(join(root, 'profile'));
    try {
      const configured = await ok<SyncStatus>(backend, 'sync.configure', { channel: 'transfer-folder', impPath });
      expect(configured.problem).toBeNull();
      const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
      const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
      expect(item.channel).toBe('transfer-folder');
      expect(await syncOf(backend).probeNow()).toBe(true);
      await syncOf(backend).sendDue();
      expect((await ok<OutboxItem>(backend, 'sync.item', { id: item.id })).state).toBe('awaiting-receipt');

      const status = async () => (await ok<ClearwayDocument>(backend, 'documents.get', { id })).status;
      for (let round = 0; round < 60 && (await status()) !== 'closed'; round++) await syncOf(backend).pullNow(500);
      expect(await status()).toBe('closed');
      const detail = await ok<OutboxItemDetail>(backend, 'sync.item', { id: item.id });
      expect(detail.state).toBe('accepted');
      expect(detail.seqNo).toBeTruthy();
      expect(detail.receipts[0]?.kind).toBe('import-response');
      expect(detail.receipts.map((r) => r.channel).filter(Boolean)).toEqual(['7', 'L', 'J', 'P', 'R']);
      expect(standin.events.filter((e) => e.event === 'sent')).toHaveLength(1);
    } finally {
      backend.close();
    }
  }, 60_000);
});
