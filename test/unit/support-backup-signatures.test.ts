import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BackupResult, RestoreResult } from '../../shared/support/schema';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, saveNew, syncBackend } from './helpers/sync-backend';
import { addBulkRows, bulkRowsHash } from './helpers/support-profile';

const tempProfile = useTempProfiles();

/** The four-byte signatures that begin a zip's local header, data descriptor and central header. */
const ZIP_SIGNATURES = [Buffer.from('504b0304', 'hex'), Buffer.from('504b0708', 'hex'), Buffer.from('504b0102', 'hex')];

/**
 * Random (incompressible) bytes with the zip signatures planted every few kilobytes. Deflate keeps
 * incompressible data as stored blocks, so the signatures reach the backup's compressed bytes as
 * they are: the case a reader that looks for the next header in the data gets wrong.
 */
function blobWithSignatures(bytes: number): Buffer {
  const blob = randomBytes(bytes);
  for (let at = 1000; at + 4 < bytes; at += 4093) ZIP_SIGNATURES[at % 3]?.copy(blob, at);
  return blob;
}

describe('a profile backup whose database holds zip signature bytes', () => {
  it('restores whole: the backup is read by its central directory, not by looking for headers', async () => {
    const source = tempProfile();
    const backend = syncBackend(source);
    await saveNew(backend, { kind: 'declaration', data: validImport() });
    addBulkRows(source, Array.from({ length: 4 }, () => blobWithSignatures(512 * 1024)));
    const backup = await ok<BackupResult>(backend, 'profile.backup', {});
    backend.close();

    const target = tempProfile();
    const restoring = syncBackend(target);
    const restored = await ok<RestoreResult>(restoring, 'profile.restore', { path: backup.path });
    restoring.close();
    expect(restored.counts.bulk_test).toBe(4);
    expect(bulkRowsHash(target)).toBe(bulkRowsHash(source));
  }, 60_000);
});
