import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildDecMessage } from '../../shared/messages/dec-message';
import type { ClearwayDocument } from '../../shared/model/documents';
import type { OutboxItem, OutboxItemDetail, StoredReceipt } from '../../shared/sync/schema';
import { applyReceipts, type IncomingReceipt } from '../../electron/backend/sync/apply-receipts.node';
import { rejectionField } from '../../electron/backend/sync/rejection-field.node';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { validImport } from '../fixtures/declarations';
import { decResult, importResponse } from './helpers/dec-result';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, saveNew, syncBackend } from './helpers/sync-backend';
import type { Backend } from '../../electron/backend/backend.node';

const tempProfile = useTempProfiles();
const SEQ = 'I20260000971587171';
const ENTRY = '224820261000000762';

/** A queued declaration, and a second connection to the profile's database to apply receipts on, as the feed does. */
async function queued(): Promise<{ backend: Backend; db: Database.Database; item: OutboxItem; apply: (r: IncomingReceipt[]) => void }> {
  const profile = tempProfile();
  const backend = syncBackend(profile);
  const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
  const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
  const db = new Database(join(profile, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  const apply = (receipts: IncomingReceipt[]) => db.transaction(() => applyReceipts(db, receipts, new Date()))();
  return { backend, db, item, apply };
}

const on = (key: string) => (xml: string): IncomingReceipt => ({ xml, idempotencyKey: key });

describe('receipts are appended, deduplicated and the status derived from all of them', () => {
  it('takes receipts in any order to the right final status, and records the EntryId from J', async () => {
    const { backend, db, item, apply } = await queued();
    const k = on(item.idempotencyKey);
    apply([k(importResponse({ clientSeqNo: item.clientSeqNo, seqNo: SEQ }))]);
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id: item.documentId })).status).toBe('submitted');

    apply([
      k(decResult({ seqNo: SEQ, channel: 'P', noticeDate: '2026-11-26T15:00:00' })),
      k(decResult({ seqNo: SEQ, channel: '7', noticeDate: '2026-11-26T10:00:00' })),
    ]);
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id: item.documentId })).status).toBe('released');

    apply([
      k(decResult({ seqNo: SEQ, channel: 'J', noticeDate: '2026-11-26T12:00:00', entryId: ENTRY })),
      k(decResult({ seqNo: SEQ, channel: 'L', noticeDate: '2026-11-26T11:00:00' })),
    ]);
    const released = await ok<ClearwayDocument>(backend, 'documents.get', { id: item.documentId });
    expect(released.status).toBe('released');
    expect(released.body.kind === 'declaration' && released.body.data.head.entryId).toBe(ENTRY);

    apply([k(decResult({ seqNo: SEQ, channel: 'R', noticeDate: '2026-11-26T15:00:00' }))]);
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id: item.documentId })).status).toBe('closed');
    const detail = await ok<OutboxItemDetail>(backend, 'sync.item', { id: item.id });
    expect(detail).toMatchObject({ state: 'accepted', seqNo: SEQ, receiptStatusZh: '已结关', receiptStatusEn: 'Closed' });
    expect(detail.receipts.map((r) => r.channel ?? r.kind)).toEqual(['import-response', 'P', '7', 'J', 'L', 'R']);
    const forDocument = await ok<StoredReceipt[]>(backend, 'receipts.forDocument', { documentId: item.documentId });
    expect(forDocument).toHaveLength(6);
    expect(forDocument.find((r) => r.channel === 'J')).toMatchObject({ entryId: ENTRY, meaningEn: 'Accepted by customs', revision: 2 });
    db.close();
    backend.close();
  });

  it('stores a receipt delivered twice only once (same bytes, or the same SeqNo + CHANNEL + NOTICE_DATE)', async () => {
    const { backend, db, item } = await queued();
    const k = on(item.idempotencyKey);
    const lodged = decResult({ seqNo: SEQ, channel: 'L', noticeDate: '2026-11-26T11:00:00', note: '入库成功！' });
    const first = db.transaction(() => applyReceipts(db, [k(lodged), k(lodged)], new Date()))();
    expect(first.stored).toBe(1);
    const again = db.transaction(() =>
      applyReceipts(db, [k(lodged), k(decResult({ seqNo: SEQ, channel: 'L', noticeDate: '2026-11-26T11:00:00', note: '入库成功' }))], new Date()),
    )();
    expect(again.stored).toBe(0);
    expect(await ok<StoredReceipt[]>(backend, 'receipts.forDocument', { documentId: item.documentId })).toHaveLength(1);
    db.close();
    backend.close();
  });

  it('a rejection shows its reason; the broker edits the declaration (a new revision, a new key) and late receipts leave the draft alone', async () => {
    const { backend, db, item, apply } = await queued();
    const k = on(item.idempotencyKey);
    apply([
      k(importResponse({ clientSeqNo: item.clientSeqNo, seqNo: SEQ })),
      k(decResult({ seqNo: SEQ, channel: 'E', noticeDate: '2026-11-26T11:00:00', note: 'DEC-H-012 申报人员姓名不符' })),
    ]);
    const rejected = await ok<OutboxItem>(backend, 'sync.item', { id: item.id });
    expect(rejected.state).toBe('rejected');
    expect(rejected.lastError?.messageZh).toContain('DEC-H-012 申报人员姓名不符');
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id: item.documentId })).status).toBe('rejected');

    const changed = validImport();
    changed.head.declareName = '李明';
    await ok(backend, 'documents.save', { id: item.documentId, baseRevision: 2, body: { kind: 'declaration', data: changed } });
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id: item.documentId })).status).toBe('draft');
    apply([k(decResult({ seqNo: SEQ, channel: 'Z', noticeDate: '2026-11-26T12:00:00', note: '退回修改' }))]);
    expect((await ok<ClearwayDocument>(backend, 'documents.get', { id: item.documentId })).status).toBe('draft');

    const second = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: item.documentId });
    expect(second).toMatchObject({ revision: 3, state: 'queued' });
    expect(second.idempotencyKey).not.toBe(item.idempotencyKey);
    expect(second.id).not.toBe(item.id);
    db.close();
    backend.close();
  });

  it('points a rejection that names a rule at the field that rule checks', async () => {
    const { backend, db } = await queued();
    const broken = validImport();
    delete broken.head.declareName;
    const xml = buildDecMessage(broken, { operType: 'C', clientSeqNo: 'CWTEST261126000001' });
    expect(rejectionField(db, xml, 'DEC-H-012 申报人员必填')).toBe('head.declareName');
    expect(rejectionField(db, xml, '入库失败')).toBeNull();
    expect(rejectionField(db, buildDecMessage(validImport(), { operType: 'C', clientSeqNo: 'CWTEST261126000001' }), 'DEC-H-012 x')).toBeNull();
    db.close();
    backend.close();
  });
});
