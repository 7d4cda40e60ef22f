import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import { matchingPackingList, validImport } from '../fixtures/declarations';
import type { DocumentBody } from '../../shared/model/documents';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const seedsDir = join(process.cwd(), 'seeds');

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: { messageEn: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error?.messageEn);
  return result.value as T;
}

async function saveNew(backend: Backend, body: DocumentBody): Promise<string> {
  const created = await ok<{ id: string }>(backend.call('documents.create', { kind: body.kind }));
  await ok(backend.call('documents.save', { id: created.id, baseRevision: 1, body }));
  return created.id;
}

describe('validation through the contract, against the SQLite code tables', () => {
  it('finds nothing on a complete declaration with its packing list, and the X- rules when they disagree', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test', seedsDir });
    const declarationId = await saveNew(backend, { kind: 'declaration', data: validImport() });
    const listId = await saveNew(backend, { kind: 'packing-list', data: { ...matchingPackingList(), declarationId } });

    const clean = await ok<{ errors: number; warnings: number; packingLists: { documentId: string }[] }>(
      backend.call('validation.run', { id: declarationId, phase: 'declare' }),
    );
    expect(clean).toMatchObject({ errors: 0, warnings: 0 });
    expect(clean.packingLists.map((p) => p.documentId)).toEqual([listId]);

    const changed = validImport();
    changed.head.packNo = '21';
    changed.head.cutMode = '100';
    await ok(backend.call('documents.save', { id: declarationId, baseRevision: 2, body: { kind: 'declaration', data: changed } }));
    const report = await ok<{ errors: number; declaration: { findings: { ruleId: string }[] }; crossDocument: { ruleId: string; path: string }[] }>(
      backend.call('validation.run', { id: declarationId, phase: 'declare' }),
    );
    expect(report.declaration.findings.map((f) => f.ruleId)).toEqual(['DEC-H-200']);
    expect(report.crossDocument.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['X-001 head.packNo']);
    expect(report.errors).toBe(2);
    backend.close();
  });

  it('checks every draft in one bulk report', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test', seedsDir });
    await saveNew(backend, { kind: 'declaration', data: validImport() });
    const broken = validImport();
    delete broken.head.tradeMode;
    await saveNew(backend, { kind: 'declaration', data: broken });
    const reports = await ok<{ errors: number }[]>(backend.call('validation.bulk', { phase: 'declare' }));
    expect(reports.map((r) => r.errors).sort()).toEqual([0, 1]);
    backend.close();
  });
});
