import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import type { DeclarationDraft } from '../../shared/model/declaration';
import { ok } from '../fixtures/import/files';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const open = (profileDir = tempProfile()) => new Backend({ profileDir, version: 'test', seedsDir: null });

const draft = (billNo: string, items: number): DeclarationDraft => ({
  head: { ieFlag: 'E', tradeName: '宁波海天机械有限公司', billNo },
  items: Array.from({ length: items }, (_, i) => ({ gNo: i + 1, gName: `商品${i + 1}` })),
  ...(items > 1 ? { containers: [{ containerId: 'CSQU3054383' }] } : {}),
});

async function failure(backend: Backend, name: string, input: unknown) {
  const result = await backend.call(name, input);
  if (result.ok) throw new Error(`${name} should have failed`);
  return result.error;
}

describe('revision history and restore', () => {
  it('lists saved revisions newest first with their title and counts, and restores an old one as a NEW revision', async () => {
    const profile = tempProfile();
    const backend = open(profile);
    const doc = await ok(backend, 'documents.create', { kind: 'declaration', direction: 'E' });
    await ok(backend, 'documents.save', { id: doc.id, baseRevision: 1, body: { kind: 'declaration', data: draft('COSU1', 1) } });
    await ok(backend, 'documents.save', { id: doc.id, baseRevision: 2, body: { kind: 'declaration', data: draft('COSU2', 3) } });

    const history = await ok(backend, 'documents.revisionHistory', { id: doc.id });
    expect(history.map((r) => [r.revision, r.title, r.rows, r.containers])).toEqual([
      [3, '宁波海天机械有限公司 · COSU2', 3, 1],
      [2, '宁波海天机械有限公司 · COSU1', 1, 0],
      [1, '', 0, 0],
    ]);
    expect(history[0]?.byteLength).toBeGreaterThan(history[1]?.byteLength ?? 0);

    const restored = await ok(backend, 'documents.restoreRevision', { id: doc.id, revision: 2, baseRevision: 3 });
    expect(restored.revision).toBe(4);
    expect(restored.title).toBe('宁波海天机械有限公司 · COSU1');
    expect(restored.body).toEqual({ kind: 'declaration', data: draft('COSU1', 1) });
    // Nothing is lost: revision 3 is still there and can be restored in turn.
    const after = await ok(backend, 'documents.revisionHistory', { id: doc.id });
    expect(after.map((r) => r.revision)).toEqual([4, 3, 2, 1]);
    backend.close();

    // What the restore wrote is what a fresh process reads back.
    const reopened = open(profile);
    const stored = await ok(reopened, 'documents.get', { id: doc.id });
    expect(stored.revision).toBe(4);
    expect(stored.body).toEqual({ kind: 'declaration', data: draft('COSU1', 1) });
    reopened.close();
  });

  it('refuses a stale base revision, an unknown revision and a trashed document, changing nothing', async () => {
    const backend = open();
    const doc = await ok(backend, 'documents.create', { kind: 'declaration', direction: 'I' });
    await ok(backend, 'documents.save', { id: doc.id, baseRevision: 1, body: { kind: 'declaration', data: draft('COSU9', 2) } });

    expect((await failure(backend, 'documents.restoreRevision', { id: doc.id, revision: 1, baseRevision: 1 })).code).toBe('CONFLICT');
    const missing = await failure(backend, 'documents.restoreRevision', { id: doc.id, revision: 7, baseRevision: 2 });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'revision' });
    expect(missing.messageZh).toContain('版本 7');
    expect((await failure(backend, 'documents.restoreRevision', { id: 'no-such-id', revision: 1, baseRevision: 1 })).code).toBe('NOT_FOUND');
    expect((await failure(backend, 'documents.restoreRevision', { id: doc.id, revision: 0, baseRevision: 2 })).code).toBe('INVALID_INPUT');

    await ok(backend, 'documents.trash', { id: doc.id });
    expect((await failure(backend, 'documents.restoreRevision', { id: doc.id, revision: 1, baseRevision: 2 })).code).toBe('CONFLICT');
    const stored = await ok(backend, 'documents.get', { id: doc.id });
    expect(stored.revision).toBe(2);
    expect(stored.body).toEqual({ kind: 'declaration', data: draft('COSU9', 2) });
    backend.close();
  });

  it('summarises packing-list revisions by their lines without a title from the declaration fields', async () => {
    const backend = open();
    const list = await ok(backend, 'documents.create', { kind: 'packing-list' });
    await ok(backend, 'documents.save', {
      id: list.id,
      baseRevision: 1,
      body: { kind: 'packing-list', data: { header: { plNo: 'PL-7', buyerName: 'ACME' }, lines: [{ lineNo: 1 }, { lineNo: 2 }] } },
    });
    const history = await ok(backend, 'documents.revisionHistory', { id: list.id });
    expect(history[0]).toMatchObject({ revision: 2, title: 'PL-7 · ACME', rows: 2, containers: 0 });
    backend.close();
  });
});
