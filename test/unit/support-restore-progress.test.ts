import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupProgress, BackupResult, RestoreResult } from '../../shared/support/schema';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';
import { addBulkRows, type Backend } from './helpers/support-profile';

const tempProfile = useTempProfiles();

function progressOf(backend: Backend): BackupProgress[] {
  const seen: BackupProgress[] = [];
  backend.onEvent((event, payload) => {
    if (event === 'profile.backupProgress') seen.push(payload as BackupProgress);
  });
  return seen;
}

/** Every file under the profile folder with the SHA-256 of its bytes: a cancelled restore must leave them all as they were. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A backup of a profile with ~50 MB of incompressible rows, so the zip is read in many 1 MB chunks. */
async function bigBackup(): Promise<BackupResult> {
  const source = tempProfile();
  const backend = syncBackend(source);
  await saveNew(backend, { kind: 'declaration', data: validImport() });
  addBulkRows(source, Array.from({ length: 50 }, () => randomBytes(1024 * 1024)));
  const backup = await ok<BackupResult>(backend, 'profile.backup', { dir: join(source, 'out') });
  backend.close();
  expect(backup.bytes).toBeGreaterThan(50 * 1024 * 1024);
  return backup;
}

describe('profile.restore reports progress and can be cancelled while it reads the zip', () => {
  it('a cancel mid-unpack leaves the profile byte for byte as it was; a backup meanwhile is refused; then a whole restore reports unpack steps and verify', async () => {
    const backup = await bigBackup();

    const target = tempProfile();
    const first = syncBackend(target);
    const mine = await saveNew(first, { kind: 'declaration', data: validImport() });
    first.close();
    const before = filesOf(target);

    // Cancelled at the third chunk; meanwhile a backup and a second restore are refused.
    const backend = syncBackend(target);
    const seen = progressOf(backend);
    let cancelAt: BackupProgress | null = null;
    let refusals: Promise<[unknown, unknown]> | null = null;
    const stopper = backend.onEvent((event, payload) => {
      const p = payload as BackupProgress;
      if (event === 'profile.backupProgress' && p.phase === 'unpack' && seen.filter((s) => s.phase === 'unpack').length === 3 && !cancelAt) {
        cancelAt = p;
        refusals = Promise.all([failure(backend, 'profile.backup', {}), failure(backend, 'profile.restore', { path: backup.path })]);
        void backend.call('profile.cancelBackup', { jobId: p.jobId });
      }
    });
    const cancelled = await failure(backend, 'profile.restore', { path: backup.path, jobId: 'restore-cancel' });
    stopper();
    expect(cancelAt).toMatchObject({ jobId: 'restore-cancel', phase: 'unpack' });
    expect(cancelled.code).toBe('CANCELLED');
    expect(cancelled.messageZh).toBe('恢复已取消，当前数据没有任何改动。');
    expect(cancelled.messageEn).toBe('The restore was cancelled; the current data was not changed.');
    const [backupRefused, restoreRefused] = await (refusals as unknown as Promise<[unknown, unknown]>);
    expect(backupRefused).toMatchObject({ code: 'CONFLICT', messageEn: 'A restore is running; back up after it finishes or is cancelled.' });
    expect(restoreRefused).toMatchObject({ code: 'CONFLICT', field: 'path' });
    // It stopped in the zip, long before its end, and never got to the checks.
    const unpacked = seen.filter((p) => p.phase === 'unpack');
    expect((unpacked.at(-1) as BackupProgress).done).toBeLessThan((unpacked.at(-1) as BackupProgress).total / 2);
    expect(seen.some((p) => p.phase === 'verify')).toBe(false);
    expect(await ok(backend, 'profile.cancelBackup', { jobId: 'restore-cancel' })).toEqual({ cancelled: false });
    expect((await ok<{ id: string }[]>(backend, 'documents.list', {})).map((d) => d.id)).toEqual([mine]);
    // Once the restore is gone a backup runs again.
    await ok<BackupResult>(backend, 'profile.backup', { dir: join(tempProfile(), 'after-cancel') });
    backend.close();
    expect(filesOf(target)).toEqual(before);
    expect(readdirSync(target).filter((name) => name.startsWith('.restore-'))).toEqual([]);

    // Then the whole restore: several unpack steps up to the file's size, then verify, then the data is there.
    const again = syncBackend(target);
    const steps = progressOf(again);
    const answer = await again.call('profile.restore', { path: backup.path, jobId: 'restore-whole' });
    if (!answer.ok) throw new Error(`the whole restore failed: ${JSON.stringify(answer.error)}`);
    const restored = answer.value as RestoreResult;
    expect(restored.counts.bulk_test).toBe(50);
    expect(steps.every((p) => p.jobId === 'restore-whole')).toBe(true);
    const unpack = steps.filter((p) => p.phase === 'unpack');
    expect(unpack.length).toBeGreaterThanOrEqual(5);
    expect(unpack.map((p) => p.done)).toEqual([...unpack.map((p) => p.done)].sort((a, b) => a - b));
    expect(unpack.at(-1)).toMatchObject({ done: backup.bytes, total: backup.bytes });
    expect(steps.slice(unpack.length).map((p) => [p.phase, p.done])).toEqual([
      ['verify', 0],
      ['verify', 1],
    ]);
    expect(readdirSync(target).filter((name) => name.startsWith('.restore-'))).toEqual([]);
    again.close();
  }, 180_000);
});
