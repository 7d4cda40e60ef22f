import { describe, expect, it } from 'vitest';
import type { Timeline, TrackingEvent } from '../../shared/model/tracking';
import { matchingPackingList, validImport } from '../fixtures/declarations';
import { decResult, importResponse } from './helpers/dec-result';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';
import { openProfileDb, queuedDeclaration, recordEvents } from './helpers/tracking-profile';
import { applyReceipts } from '../../electron/backend/sync/apply-receipts.node';
import { applyMilestones } from '../../electron/backend/tracking/milestone-events.node';

const tempProfile = useTempProfiles();
const SEQ = 'I20260000971587171';

const kindsOf = (events: TrackingEvent[]) => events.map((e) => `${e.kind}@${e.at}`);

describe('receipts become tracking events in the transaction that stores them', () => {
  it('takes receipts out of order to one event each at NOTICE_DATE read as China time, and rebuilds the chain', async () => {
    const q = await queuedDeclaration(tempProfile(), validImport());
    const documentId = q.item.documentId;
    // The import response is not a clearance step; P arrives before 7 and L.
    q.apply([importResponse({ clientSeqNo: q.item.clientSeqNo, seqNo: SEQ })]);
    const first = q.apply([
      decResult({ seqNo: SEQ, channel: 'P', noticeDate: '2026-11-26T15:30:00' }),
      decResult({ seqNo: SEQ, channel: '7', noticeDate: '2026-11-26T10:00:00' }),
    ]);
    expect(first.trackedDocumentIds).toEqual([documentId]);
    q.apply([decResult({ seqNo: SEQ, channel: 'L', noticeDate: '2026-11-26T11:15:00', note: '入库成功' })]);

    const timeline = await ok<Timeline>(q.backend, 'tracking.timeline', { documentId });
    // 10:00 in Shanghai is 02:00 UTC.
    expect(kindsOf(timeline.events)).toEqual([
      'declared@2026-11-26T02:00:00.000Z',
      'accepted@2026-11-26T03:15:00.000Z',
      'released@2026-11-26T07:30:00.000Z',
    ]);
    expect(timeline.events.every((e) => e.source === 'receipt' && !e.deletable)).toBe(true);
    expect(timeline.events.find((e) => e.kind === 'accepted')?.note).toBe('入库成功');
    const refs = q.db.prepare("SELECT source_ref FROM tracking_events WHERE source = 'receipt' ORDER BY at_ms").all() as { source_ref: string }[];
    const receiptIds = q.db.prepare("SELECT id FROM receipts WHERE channel IN ('7', 'L', 'P') ORDER BY notice_date").all() as { id: string }[];
    expect(refs.map((r) => r.source_ref)).toEqual(receiptIds.map((r) => r.id));

    const chain = q.db.prepare('SELECT declared_ms, accepted_ms, released_ms, arrival_ms FROM tracking_chains WHERE document_id = ?').get(documentId);
    expect(chain).toEqual({
      declared_ms: Date.parse('2026-11-26T02:00:00Z'),
      accepted_ms: Date.parse('2026-11-26T03:15:00Z'),
      released_ms: Date.parse('2026-11-26T07:30:00Z'),
      arrival_ms: null,
    });
    q.close();
  });

  it('adds nothing for a receipt delivered twice, nor for channels that are not a clearance step', async () => {
    const q = await queuedDeclaration(tempProfile(), validImport());
    q.apply([importResponse({ clientSeqNo: q.item.clientSeqNo, seqNo: SEQ })]);
    const lodged = decResult({ seqNo: SEQ, channel: 'L', noticeDate: '2026-11-26T11:00:00', note: '入库成功' });
    q.apply([lodged, lodged]);
    const again = q.apply([lodged, decResult({ seqNo: SEQ, channel: 'N', noticeDate: '2026-11-26T11:30:00', note: '其他' })]);
    expect(again.trackedDocumentIds).toEqual([]);
    const rows = q.db.prepare('SELECT kind FROM tracking_events').all();
    expect(rows).toEqual([{ kind: 'accepted' }]);
    expect(q.db.prepare('SELECT count(*) AS n FROM receipts').get()).toEqual({ n: 3 });
    q.close();
  });

  it('gives receipts that came before their import response (folder mode) their events once the response matches them', async () => {
    const q = await queuedDeclaration(tempProfile(), validImport());
    // Handed to the transfer client's folder: receipts are matched by SeqNo, known only from the import response.
    q.db.prepare("UPDATE outbox SET state = 'awaiting-receipt', channel = 'transfer-folder' WHERE id = ?").run(q.item.id);
    const folder = (xml: string) => ({ xml, idempotencyKey: null });
    const early = q.db.transaction(() => applyReceipts(q.db, [folder(decResult({ seqNo: SEQ, channel: 'L', noticeDate: '2026-11-26T11:00:00' }))], new Date()))();
    expect(early).toMatchObject({ stored: 1, trackedDocumentIds: [] });
    expect(q.db.prepare('SELECT count(*) AS n FROM tracking_events').get()).toEqual({ n: 0 });

    const matched = q.db.transaction(() => applyReceipts(q.db, [folder(importResponse({ clientSeqNo: q.item.clientSeqNo, seqNo: SEQ }))], new Date()))();
    expect(matched.trackedDocumentIds).toEqual([q.item.documentId]);
    const timeline = await ok<Timeline>(q.backend, 'tracking.timeline', { documentId: q.item.documentId });
    expect(kindsOf(timeline.events)).toEqual(['accepted@2026-11-26T03:00:00.000Z']);
    q.close();
  });

  it('gives receipts stored before tracking existed their events once, when the profile opens', async () => {
    const profile = tempProfile();
    const q = await queuedDeclaration(profile, validImport());
    q.apply([
      importResponse({ clientSeqNo: q.item.clientSeqNo, seqNo: SEQ }),
      decResult({ seqNo: SEQ, channel: '7', noticeDate: '2026-11-26T10:00:00' }),
      decResult({ seqNo: SEQ, channel: 'J', noticeDate: '2026-11-26T12:00:00' }),
    ]);
    // A profile from before migration 0010: receipts, but no event log, no chains, no catch-up mark.
    q.db.exec("DELETE FROM tracking_events; DELETE FROM tracking_chains; DELETE FROM meta WHERE key = 'tracking.receipts-caught-up';");
    q.close();

    for (let opening = 0; opening < 2; opening++) {
      const backend = syncBackend(profile);
      const timeline = await ok<Timeline>(backend, 'tracking.timeline', { documentId: q.item.documentId });
      expect(kindsOf(timeline.events)).toEqual(['declared@2026-11-26T02:00:00.000Z', 'assessed@2026-11-26T04:00:00.000Z']);
      backend.close();
    }
    const db = openProfileDb(profile);
    expect(db.prepare('SELECT count(*) AS n FROM tracking_events').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT declared_ms FROM tracking_chains').get()).toEqual({ declared_ms: Date.parse('2026-11-26T02:00:00Z') });
    db.close();
  });
});

describe('events entered by hand', () => {
  it('adds a checked event, tells the UI, and deletes it again; receipt events cannot be deleted', async () => {
    const q = await queuedDeclaration(tempProfile(), validImport());
    const documentId = q.item.documentId;
    q.apply([importResponse({ clientSeqNo: q.item.clientSeqNo, seqNo: SEQ }), decResult({ seqNo: SEQ, channel: 'P', noticeDate: '2026-11-26T15:00:00' })]);

    const gateOut = await ok<TrackingEvent>(q.backend, 'tracking.addEvent', {
      documentId,
      kind: 'gate-out',
      at: '2026-11-27T09:20:00+08:00',
      containerNo: 'CSQU3054383',
      note: '  司机王师傅  ',
    });
    expect(gateOut).toMatchObject({ kind: 'gate-out', at: '2026-11-27T01:20:00.000Z', source: 'manual', deletable: true, containerNo: 'CSQU3054383', note: '司机王师傅' });
    expect(q.emitted('tracking.changed')).toContainEqual({ documentIds: [documentId] });
    const chain = () => q.db.prepare('SELECT gate_out_ms FROM tracking_chains WHERE document_id = ?').get(documentId) as { gate_out_ms: number | null };
    expect(chain().gate_out_ms).toBe(Date.parse('2026-11-27T01:20:00Z'));

    const released = (await ok<Timeline>(q.backend, 'tracking.timeline', { documentId })).events.find((e) => e.kind === 'released');
    const refused = await failure(q.backend, 'tracking.deleteEvent', { id: released?.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.messageZh).toContain('海关回执');
    expect(refused.messageZh).toContain('海关放行');
    expect(refused.messageEn).toContain('customs receipt');

    await ok(q.backend, 'tracking.deleteEvent', { id: gateOut.id });
    const after = await ok<Timeline>(q.backend, 'tracking.timeline', { documentId });
    expect(after.events.map((e) => e.kind)).toEqual(['released']);
    expect(chain().gate_out_ms).toBeNull();
    expect((await failure(q.backend, 'tracking.deleteEvent', { id: gateOut.id })).code).toBe('NOT_FOUND');
    q.close();
  });

  it('refuses an unknown document, a packing list, a malformed container number and a time days ahead, naming the field', async () => {
    const profile = tempProfile();
    const backend = syncBackend(profile);
    const emitted = recordEvents(backend);
    const declaration = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const packing = await saveNew(backend, { kind: 'packing-list', data: matchingPackingList() });
    const base = { documentId: declaration, kind: 'vessel-arrival', at: new Date().toISOString() };

    const missing = await failure(backend, 'tracking.addEvent', { ...base, documentId: 'no-such-document' });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'documentId' });
    expect(missing.messageZh).toContain('找不到报关单');

    const notDeclaration = await failure(backend, 'tracking.addEvent', { ...base, documentId: packing });
    expect(notDeclaration).toMatchObject({ code: 'INVALID_INPUT', field: 'documentId' });
    expect(notDeclaration.messageEn).toContain('not a declaration');

    const container = await failure(backend, 'tracking.addEvent', { ...base, containerNo: 'CSQU305438' });
    expect(container).toMatchObject({ code: 'INVALID_INPUT', field: 'containerNo' });
    expect(container.messageZh).toContain('containerNo');
    expect(container.messageEn).toContain('containerNo');

    const ahead = await failure(backend, 'tracking.addEvent', { ...base, at: new Date(Date.now() + 26 * 3_600_000).toISOString() });
    expect(ahead).toMatchObject({ code: 'INVALID_INPUT', field: 'at' });
    expect(ahead.messageZh).toContain('一天以上');
    expect(ahead.messageEn).toContain('more than a day in the future');

    // Within the day's tolerance (a terminal's clock ahead of ours) it is taken.
    await ok(backend, 'tracking.addEvent', { ...base, at: new Date(Date.now() + 20 * 3_600_000).toISOString() });
    expect(emitted('tracking.changed')).toEqual([{ documentIds: [declaration] }]);
    const db = openProfileDb(profile);
    expect(db.prepare('SELECT count(*) AS n FROM tracking_events').get()).toEqual({ n: 1 });
    db.close();
    backend.close();
  });
});

describe('feed events whose declaration is not on this desktop', () => {
  it('are read from the start of another gateway\'s feed: a new gateway or token forgets the milestones cursor', async () => {
    const profile = tempProfile();
    const backend = syncBackend(profile);
    await ok(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: 'http://127.0.0.1:9', deviceToken: 'a'.repeat(40) });
    const db = openProfileDb(profile);
    const cursor = () => db.prepare("SELECT value FROM sync_state WHERE key = 'milestones:gateway'").get();
    db.prepare("INSERT INTO sync_state (key, value) VALUES ('milestones:gateway', '55')").run();
    await ok(backend, 'sync.configure', { autoSend: false });
    expect(cursor()).toEqual({ value: '55' });
    await ok(backend, 'sync.configure', { gatewayUrl: 'http://127.0.0.1:10' });
    expect(cursor()).toBeUndefined();
    db.close();
    backend.close();
  });

  it('wait while two declarations share their bill of lading, and join the one left when the other goes to the trash', async () => {
    const profile = tempProfile();
    const backend = syncBackend(profile);
    const first = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const second = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const db = openProfileDb(profile);
    const now = new Date();
    db.transaction(() =>
      applyMilestones(
        db,
        [{ cursor: '41', idempotencyKey: 'CWOTHERDESK0000001:2', clientSeqNo: 'CWOTHERDESK0000001', seqNo: SEQ, billNo: 'COSU6123456789', kind: 'discharge', at: '2026-11-03T13:05:00.000Z' }],
        now,
      ),
    )();
    const owner = () => db.prepare("SELECT document_id FROM tracking_events WHERE source = 'gateway'").get();
    expect(owner()).toEqual({ document_id: null });

    await ok(backend, 'documents.trash', { id: second });
    expect(db.transaction(() => applyMilestones(db, [], now))()).toEqual([first]);
    expect(owner()).toEqual({ document_id: first });
    const timeline = await ok<Timeline>(backend, 'tracking.timeline', { documentId: first });
    expect(timeline.steps.find((s) => s.kind === 'discharge')).toMatchObject({ state: 'done', at: '2026-11-03T13:05:00.000Z' });
    db.close();
    backend.close();
  });
});
