import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { parseDecMessage } from '../../shared/messages/dec-message';
import { idempotencyKeyOf } from '../../shared/gateway/api';
import type { OutboxItem, OutboxItemDetail, SyncStatus } from '../../shared/sync/schema';
import type { ClearwayDocument } from '../../shared/model/documents';
import { matchingPackingList, validImport } from '../fixtures/declarations';
import { makeTestPki, P12_PASSWORD } from './helpers/test-pki';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';
import { findSignatureDictionaries } from '../../shared-node/signing/pdf-signatures.node';

const tempProfile = useTempProfiles();

describe('sync.enqueue freezes a declaration revision in the outbox', () => {
  it('queues a valid declaration once, with the exact DecMessage, and refuses edits while it is frozen', async () => {
    const backend = syncBackend(tempProfile());
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    const doc = await ok<ClearwayDocument>(backend, 'documents.get', { id });
    expect(item).toMatchObject({ documentId: id, state: 'queued', revision: 2, attempts: 0, channel: 'gateway' });
    expect(item.idempotencyKey).toBe(idempotencyKeyOf(doc.clientSeqNo, 2));
    expect(doc.status).toBe('queued');

    const again = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    expect(again.id).toBe(item.id);
    expect(await ok<OutboxItem[]>(backend, 'sync.list', {})).toHaveLength(1);

    const refused = await failure(backend, 'documents.save', { id, baseRevision: 2, body: { kind: 'declaration', data: validImport() } });
    expect(refused.code).toBe('CONFLICT');

    const status = await ok<SyncStatus>(backend, 'sync.status');
    expect(status.counts.queued).toBe(1);
    // Nothing is configured yet: the status says so in both languages, and the item waits.
    expect(status.problem?.field).toBe('gatewayUrl');
    expect(status.problem?.messageZh).toContain('网关');

    const detail = await ok<OutboxItemDetail>(backend, 'sync.item', { id: item.id });
    expect(detail.history.map((h) => h.outcome)).toEqual(['queued']);
    backend.close();
  });

  it('blocks a declaration with errors and names the rule and field', async () => {
    const backend = syncBackend(tempProfile());
    const broken = validImport();
    delete broken.head.tradeMode;
    const id = await saveNew(backend, { kind: 'declaration', data: broken });
    const error = await failure(backend, 'sync.enqueue', { documentId: id });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.field).toBe('head.tradeMode');
    expect(error.messageZh).toContain('DEC-H-018');
    expect(error.messageEn).toContain('DEC-H-018');
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id })).status).toBe('draft');
    expect(await ok<OutboxItem[]>(backend, 'sync.list', {})).toHaveLength(0);
    backend.close();
  });

  it('cancels only while queued: the document is a draft again, and re-sending the same revision reuses its key', async () => {
    const backend = syncBackend(tempProfile());
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    const cancelled = await ok<OutboxItem>(backend, 'sync.cancel', { id: item.id });
    expect(cancelled.state).toBe('cancelled');
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id })).status).toBe('draft');
    expect((await failure(backend, 'sync.cancel', { id: item.id })).code).toBe('CONFLICT');

    const requeued = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    expect(requeued).toMatchObject({ id: item.id, idempotencyKey: item.idempotencyKey, state: 'queued' });
    await ok(backend, 'sync.cancel', { id: item.id });

    // An edit after cancelling is a new revision, so a new key.
    await ok(backend, 'documents.save', { id, baseRevision: 2, body: { kind: 'declaration', data: { ...validImport(), head: { ...validImport().head, markNo: 'N/M 2' } } } });
    const edited = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    expect(edited.revision).toBe(3);
    expect(edited.idempotencyKey).not.toBe(item.idempotencyKey);
    backend.close();
  });
});

describe('sync.enqueue with a packing list', () => {
  it('asks for a certificate first, then freezes the signed packing list as an EdocRealation attachment', async () => {
    const profile = tempProfile();
    const backend = syncBackend(profile);
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    await saveNew(backend, { kind: 'packing-list', data: { ...matchingPackingList(), declarationId: id } });

    const noCertificate = await failure(backend, 'sync.enqueue', { documentId: id });
    expect(noCertificate.field).toBe('certificate');
    expect(noCertificate.messageZh).toContain('证书');
    expect(noCertificate.messageEn).toContain('certificate');
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id })).status).toBe('draft');

    const pki = makeTestPki();
    try {
      await ok(backend, 'keys.unlock', { passphrase: 'sync-outbox-test' });
      await ok(backend, 'certificates.import', { p12Base64: readFileSync(pki.p12.rsa).toString('base64'), password: P12_PASSWORD });
      const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
      const db = new Database(join(profile, DATABASE_FILE), { readonly: true });
      const row = db.prepare('SELECT dec_message_xml AS xml FROM outbox WHERE id = ?').get(item.id) as { xml: string };
      const files = db.prepare('SELECT edoc_id, edoc_code, pdf FROM outbox_attachments WHERE outbox_id = ?').all(item.id) as {
        edoc_id: string;
        edoc_code: string;
        pdf: Buffer;
      }[];
      expect(files).toHaveLength(1);
      const [file] = files;
      if (!file) throw new Error('no attachment');
      expect(file.edoc_id).toMatch(/^224800000002IM\d{18}\.pdf$/);
      expect(findSignatureDictionaries(new Uint8Array(file.pdf))).toHaveLength(1);
      const sent = parseDecMessage(row.xml).draft;
      expect(sent.attachedDocuments).toEqual([
        expect.objectContaining({ edocId: file.edoc_id, edocCode: '00000002', edocFomatType: 'US', edocSize: String(file.pdf.length) }),
      ]);
      db.close();
    } finally {
      pki.cleanup();
      backend.close();
    }
  }, 120_000);
});
