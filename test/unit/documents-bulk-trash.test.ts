import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { openDatabase } from '../../electron/backend/store/open-database.node';
import type { DocumentSummary } from '../../shared/model/documents';
import { validImport } from '../fixtures/declarations';
import { failure, ok, saveNew } from './helpers/sync-backend';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();

describe('批量删除 and its undo through the contract (documents.trashMany / restoreMany)', () => {
  it('moves many drafts to the recycle bin and back, one event each way', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test', seedsDir: null });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await saveNew(backend, { kind: 'declaration', data: validImport() }));
    const events: string[][] = [];
    backend.onEvent((event, payload) => {
      if (event === 'documents.changed') events.push((payload as { ids: string[] }).ids);
    });
    const trashed = await ok<DocumentSummary[]>(backend, 'documents.trashMany', { ids });
    expect(trashed.map((d) => d.id)).toEqual(ids);
    expect(trashed.every((d) => d.deletedAt !== null)).toBe(true);
    expect(await ok<unknown[]>(backend, 'documents.list', {})).toEqual([]);
    expect((await ok<DocumentSummary[]>(backend, 'documents.list', { trashed: true })).map((d) => d.id).sort()).toEqual([...ids].sort());
    await ok(backend, 'documents.restoreMany', { ids });
    expect((await ok<DocumentSummary[]>(backend, 'documents.list', {})).map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(events).toEqual([ids, ids]);
    backend.close();
  });

  it('all or nothing: a sent declaration or an unknown id refuses the call, naming it, and nothing moves', async () => {
    const profile = tempProfile();
    const backend = new Backend({ profileDir: profile, version: 'test', seedsDir: null });
    const drafts = [await saveNew(backend, { kind: 'declaration', data: validImport() }), await saveNew(backend, { kind: 'declaration', data: validImport() })];
    const sent = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const db = openDatabase({ profileDir: profile });
    db.prepare("UPDATE documents SET status = 'submitted' WHERE id = ?").run(sent);
    db.close();

    const refused = await failure(backend, 'documents.trashMany', { ids: [drafts[0], sent, drafts[1]] });
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { id: sent } });
    expect(refused.messageZh).toContain('已发送的单据不能删除');
    expect((await failure(backend, 'documents.trashMany', { ids: [drafts[0], 'no-such-document'] })).code).toBe('NOT_FOUND');
    expect((await ok<DocumentSummary[]>(backend, 'documents.list', { trashed: true })).length).toBe(0);
    expect((await ok<DocumentSummary[]>(backend, 'documents.list', {})).length).toBe(3);
    expect((await failure(backend, 'documents.trashMany', { ids: [] })).code).toBe('INVALID_INPUT');
    backend.close();
  });
});
