import { describe, expect, it } from 'vitest';
import { Store } from '../../electron/backend/store/store.node';
import { REVISIONS_KEPT } from '../../electron/backend/store/documents.node';
import type { DocumentBody } from '../../shared/model/documents';
import { AppError } from '../../shared/ipc/errors';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();

/** A clock the test moves by hand, so ordering and date filters are exact. */
function manualClock(start = '2026-11-20T08:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

const decl = (head: Record<string, string>): DocumentBody => ({ kind: 'declaration', data: { head } });

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('documents', () => {
  it('writes the document and a revision row in one transaction per save', () => {
    const store = Store.open({ profileDir: tempProfile() });
    const doc = store.documents.create(decl({ ieFlag: 'I' }));
    store.documents.save(doc.id, 1, decl({ ieFlag: 'I', billNo: 'B1' }));
    store.documents.save(doc.id, 2, decl({ ieFlag: 'I', billNo: 'B12' }));
    expect(store.documents.get(doc.id)).toMatchObject({ revision: 3, title: 'B12', body: { data: { head: { billNo: 'B12' } } } });
    expect(store.documents.revisions(doc.id).map((r) => r.revision)).toEqual([3, 2, 1]);
    const stored = store.db.prepare('SELECT body FROM revisions WHERE document_id = ? AND revision = 2').get(doc.id) as { body: string };
    expect(JSON.parse(stored.body)).toEqual(decl({ ieFlag: 'I', billNo: 'B1' }));
    store.close();
  });

  it('refuses a save based on a stale revision and keeps the newer text', () => {
    const store = Store.open({ profileDir: tempProfile() });
    const doc = store.documents.create(decl({}));
    store.documents.save(doc.id, 1, decl({ noteS: 'from window A' }));
    expect(codeOf(() => store.documents.save(doc.id, 1, decl({ noteS: 'from window B' })))).toBe('CONFLICT');
    expect(store.documents.get(doc.id).body).toEqual(decl({ noteS: 'from window A' }));
    store.close();
  });

  it('rolls back the document row when the revision row cannot be written', () => {
    const store = Store.open({ profileDir: tempProfile() });
    const doc = store.documents.create(decl({ noteS: 'kept' }));
    // Plant the revision the next save will write, so its INSERT fails inside the transaction.
    store.db.prepare("INSERT INTO revisions (document_id, revision, body, saved_at) VALUES (?, 2, '{}', 'x')").run(doc.id);
    expect(() => store.documents.save(doc.id, 1, decl({ noteS: 'lost?' }))).toThrow(/UNIQUE/);
    expect(store.documents.get(doc.id)).toMatchObject({ revision: 1, body: decl({ noteS: 'kept' }) });
    store.close();
  });

  it('keeps a bounded history of autosave revisions', () => {
    const store = Store.open({ profileDir: tempProfile() });
    const doc = store.documents.create(decl({}));
    for (let r = 1; r <= REVISIONS_KEPT + 25; r++) store.documents.save(doc.id, r, decl({ noteS: `v${r}` }));
    const revisions = store.documents.revisions(doc.id);
    expect(revisions).toHaveLength(REVISIONS_KEPT);
    expect(revisions[0]?.revision).toBe(REVISIONS_KEPT + 26);
    store.close();
  });

  it('gives each declaration its own ClientSeqNo of at most 18 characters', () => {
    const store = Store.open({ profileDir: tempProfile() });
    const seqs = Array.from({ length: 5 }, () => store.documents.create(decl({})).clientSeqNo);
    expect(new Set(seqs).size).toBe(5);
    for (const s of seqs) expect(s.length).toBeLessThanOrEqual(18);
    expect(seqs.map((s) => s.slice(-6))).toEqual(['000001', '000002', '000003', '000004', '000005']);
    store.close();
  });

  it('moves drafts to the recycle bin and back without losing anything', () => {
    const store = Store.open({ profileDir: tempProfile() });
    const doc = store.documents.create(decl({}));
    store.documents.save(doc.id, 1, decl({ tradeName: '上海进出口有限公司' }));
    store.documents.trash(doc.id);
    expect(store.documents.list({})).toEqual([]);
    expect(store.documents.list({ trashed: true }).map((d) => d.id)).toEqual([doc.id]);
    expect(codeOf(() => store.documents.save(doc.id, 2, decl({ tradeName: 'x' })))).toBe('CONFLICT');
    store.documents.restore(doc.id);
    expect(store.documents.list({}).map((d) => d.id)).toEqual([doc.id]);
    expect(store.documents.get(doc.id).body).toEqual(decl({ tradeName: '上海进出口有限公司' }));
    store.close();
  });

  it('will not delete or edit a document that has been sent', () => {
    const store = Store.open({ profileDir: tempProfile() });
    const doc = store.documents.create(decl({}));
    store.db.prepare("UPDATE documents SET status = 'submitted' WHERE id = ?").run(doc.id);
    expect(codeOf(() => store.documents.trash(doc.id))).toBe('CONFLICT');
    expect(codeOf(() => store.documents.save(doc.id, 1, decl({ noteS: 'x' })))).toBe('CONFLICT');
    store.close();
  });

  it('lists by kind, status, text and date, newest first', () => {
    const clock = manualClock();
    const store = Store.open({ profileDir: tempProfile(), now: clock.now });
    const a = store.documents.create(decl({ billNo: 'COSU100%' }));
    clock.advance(60_000);
    const b = store.documents.create(decl({ tradeName: '宁波贸易' }));
    clock.advance(60_000);
    const c = store.documents.create(decl({ noteS: '冷冻虾仁' }));
    clock.advance(60_000);
    store.documents.save(a.id, 1, decl({ billNo: 'COSU100%' }));
    // a was edited last, so it comes first.
    expect(store.documents.list({}).map((d) => d.id)).toEqual([a.id, c.id, b.id]);
    expect(store.documents.list({ text: '虾仁' }).map((d) => d.id)).toEqual([c.id]);
    expect(store.documents.list({ text: '100%' }).map((d) => d.id)).toEqual([a.id]);
    expect(store.documents.list({ text: '%' }).map((d) => d.id)).toEqual([a.id]);
    expect(store.documents.list({ text: b.clientSeqNo }).map((d) => d.id)).toEqual([b.id]);
    expect(store.documents.list({ kind: 'packing-list' })).toEqual([]);
    expect(store.documents.list({ status: 'draft' })).toHaveLength(3);
    expect(store.documents.list({ updatedFrom: '2026-11-20T08:00:30.000Z', updatedTo: '2026-11-20T08:01:30.000Z' }).map((d) => d.id)).toEqual([b.id]);
    store.close();
  });
});
