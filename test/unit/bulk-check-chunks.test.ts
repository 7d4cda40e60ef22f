import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { checkInChunks, type BulkCheck } from '../../renderer/src/areas/declarations/bulk-check';
import type { BundleReport } from '../../shared/rules/finding-schema';
import { validImport } from '../fixtures/declarations';
import { ok, saveNew } from './helpers/sync-backend';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();

async function drafts(backend: Backend, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await saveNew(backend, { kind: 'declaration', data: validImport() }));
  return ids;
}

describe('批量检查 in chunks (progress and cancel)', () => {
  it('checks every draft in order, a chunk per call, with progress after each', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test', seedsDir: null });
    const ids = await drafts(backend, 7);
    const calls: string[][] = [];
    const seen: BulkCheck[] = [];
    const result = await checkInChunks(
      ids,
      (chunk) => {
        calls.push(chunk);
        return ok<BundleReport[]>(backend, 'validation.bulk', { phase: 'declare', ids: chunk });
      },
      (check) => seen.push(check),
      () => false,
      3,
    );
    expect(calls.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(result.state).toBe('finished');
    expect(result.reports.map((r) => r.declaration.documentId)).toEqual(ids);
    expect(seen.map((s) => `${s.state} ${s.done}/${s.total}`)).toEqual(['running 0/7', 'running 3/7', 'running 6/7', 'running 7/7', 'finished 7/7']);
    // The same reports as one call for all of them.
    expect(result.reports).toEqual(await ok<BundleReport[]>(backend, 'validation.bulk', { phase: 'declare', ids }));
    backend.close();
  });

  it('a cancel stops before the next chunk and keeps what was checked', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test', seedsDir: null });
    const ids = await drafts(backend, 5);
    let cancel = false;
    let calls = 0;
    const result = await checkInChunks(
      ids,
      (chunk) => {
        calls++;
        cancel = true; // the broker presses 取消 while the first chunk is being checked
        return ok<BundleReport[]>(backend, 'validation.bulk', { phase: 'declare', ids: chunk });
      },
      () => undefined,
      () => cancel,
      2,
    );
    expect(calls).toBe(1);
    expect(result).toMatchObject({ state: 'cancelled', done: 2, total: 5 });
    expect(result.reports.map((r) => r.declaration.documentId)).toEqual(ids.slice(0, 2));
    backend.close();
  });
});
