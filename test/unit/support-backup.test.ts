import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BackupProgress, BackupResult, RestoreResult } from '../../shared/support/schema';
import type { ClearwayDocument } from '../../shared/model/documents';
import type { CertificateSummary } from '../../shared/signing/schema';
import type { OutboxItem, SyncStatus } from '../../shared/sync/schema';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';
import { useTestPki } from './helpers/test-pki';
import { samplePdf } from './helpers/signature-checks';
import { addBulkRows, bulkRowsHash, DATA_KEY_A, DEVICE_TOKEN, dumpTables, openProfileDb, PASSPHRASE, richProfile, type Backend } from './helpers/support-profile';

const tempProfile = useTempProfiles();
const pki = useTestPki();

function progressOf(backend: Backend): BackupProgress[] {
  const seen: BackupProgress[] = [];
  backend.onEvent((event, payload) => {
    if (event === 'profile.backupProgress') seen.push(payload as BackupProgress);
  });
  return seen;
}

/** sync_state rows as dumpTables gives them, with the device token taken out of the settings row. */
function withoutDeviceToken(rows: string[]): string[] {
  return rows
    .map((text) => {
      const row = JSON.parse(text) as { key: string; value: string };
      if (row.key !== 'settings') return text;
      const { deviceToken: _token, ...rest } = JSON.parse(row.value) as Record<string, unknown>;
      return JSON.stringify({ ...row, value: JSON.stringify(rest) });
    })
    .sort();
}

/** The profile folder's names and the database's bytes: a refused restore must leave both as they were. */
function fingerprint(dir: string): string {
  const names = readdirSync(dir).sort().join('|');
  return `${names}#${createHash('sha256').update(readFileSync(join(dir, DATABASE_FILE))).digest('hex')}`;
}

describe('profile.backup and profile.restore move a whole profile', () => {
  it('restores every document, revision, receipt, outbox item, certificate and setting onto a fresh profile, with a write during the backup', async () => {
    const source = tempProfile();
    const { documents } = await richProfile(source, pki);
    const backend = syncBackend(source);
    const seen = progressOf(backend);

    // A save lands while the online backup is half way through copying pages: it must be in the backup.
    let saving: Promise<string> | null = null;
    let savedAt: BackupProgress | null = null;
    backend.onEvent((event, payload) => {
      const p = payload as BackupProgress;
      if (event === 'profile.backupProgress' && p.phase === 'database' && p.done > 0 && p.done < p.total && !saving) {
        savedAt = p;
        saving = saveNew(backend, { kind: 'declaration', data: validImport() });
      }
    });
    const result = await backend.call('profile.backup', { jobId: 'job-rich' });
    expect(savedAt).not.toBeNull();
    const during = await (saving as unknown as Promise<string>);
    if (!result.ok) throw new Error(result.error.messageEn);
    const backup = result.value as BackupResult;
    expect(backup.path.startsWith(join(source, 'backups', 'clearway-backup-'))).toBe(true);
    expect(backup.path.endsWith('.clearway-backup')).toBe(true);
    expect(statSync(backup.path).size).toBe(backup.bytes);
    expect(seen.map((p) => p.phase)).toEqual(expect.arrayContaining(['database', 'verify', 'files']));
    expect(seen.every((p) => p.jobId === 'job-rich')).toBe(true);
    expect(readdirSync(join(source, 'backups'))).toEqual([backup.path.split('/').pop()]);

    // The zip: manifest, database, its hash.
    const entries = unzipSync(readFileSync(backup.path));
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as { database: { sha256: string }; counts: Record<string, number>; keys: { os: number; passphrase: number }; migrations: unknown[] };
    expect(createHash('sha256').update(entries['database/clearway.db'] as Uint8Array).digest('hex')).toBe(manifest.database.sha256);
    expect(manifest.keys).toEqual({ os: 1, passphrase: 1 });
    expect(manifest.migrations.length).toBeGreaterThanOrEqual(11);
    expect(manifest.counts.documents).toBe(4);
    expect(Object.keys(entries).some((name) => /signing-key/.test(name))).toBe(false);
    backend.close();
    const before = dumpTables(source);
    // The device token stays on this PC: not in the backup's database, not even in its free bytes.
    expect(JSON.stringify(before.sync_state)).toContain(DEVICE_TOKEN);
    expect(Buffer.from(entries['database/clearway.db'] as Uint8Array).includes(DEVICE_TOKEN)).toBe(false);

    // Restore on a fresh profile of another PC (another OS data key).
    const target = tempProfile();
    const other = syncBackend(target, { dataKey: new Uint8Array(randomBytes(32)) });
    await saveNew(other, { kind: 'declaration', data: validImport() }); // the new PC's own test draft
    const restored = await ok<RestoreResult>(other, 'profile.restore', { path: backup.path });
    expect(restored.previousDatabase).toMatch(/clearway\.db\.before-restore-/);
    expect(existsSync(restored.previousDatabase as string)).toBe(true);
    expect(restored.counts.documents).toBe(4);
    expect(restored.keysToReimport).toBe(1);
    expect(restored.deviceTokenToReenter).toBe(true);

    const ids = (await ok<{ id: string }[]>(other, 'documents.list', {})).map((d) => d.id).sort();
    expect(ids).toEqual([...documents, during].sort());
    const draft = await ok<ClearwayDocument>(other, 'documents.get', { id: documents[2] as string });
    expect(draft.revision).toBe(5);
    expect((await ok<unknown[]>(other, 'documents.revisions', { id: documents[2] as string })).length).toBe(5);
    const items = await ok<OutboxItem[]>(other, 'sync.list', {});
    expect(items.map((i) => i.state).sort()).toEqual(['accepted', 'queued']);
    expect(await ok<unknown[]>(other, 'receipts.forDocument', { documentId: documents[0] as string })).toHaveLength(2);
    expect(await ok<{ language: string }>(other, 'settings.get', {})).toMatchObject({ language: 'en', enterpriseCode: '3120000001' });
    expect((await ok<CertificateSummary[]>(other, 'certificates.list', {})).length).toBe(2);
    expect((await ok<SyncStatus>(other, 'sync.status', {})).settings).toMatchObject({ channel: 'gateway', gatewayUrl: 'http://127.0.0.1:9', hasDeviceToken: false });
    other.close();
    // Row for row, every table, but for the device token.
    expect(dumpTables(target)).toEqual({ ...before, sync_state: withoutDeviceToken(before.sync_state ?? []) });

    // On this PC the OS-sealed key does not open: signing says to import the .p12 again; the passphrase key opens with the old passphrase.
    const again = syncBackend(target, { dataKey: new Uint8Array(randomBytes(32)) });
    const certs = await ok<CertificateSummary[]>(again, 'certificates.list', {});
    const pdfBase64 = Buffer.from(await (await samplePdf()).save()).toString('base64');
    const osCert = certs.find((c) => c.keyType === 'rsa') as CertificateSummary;
    const refused = await failure(again, 'signatures.sign', { pdfBase64, signer: { kind: 'certificate', certificateId: osCert.id } });
    expect(refused.code).toBe('KEYS_LOCKED');
    expect(refused.messageEn).toMatch(/import the \.p12 file again/);
    again.close();
    const host = syncBackend(target);
    await ok(host, 'keys.unlock', { passphrase: PASSPHRASE });
    const ecCert = certs.find((c) => c.keyType === 'ec') as CertificateSummary;
    expect(await ok<{ signatureCount: number }>(host, 'signatures.sign', { pdfBase64, signer: { kind: 'certificate', certificateId: ecCert.id } })).toMatchObject({ signatureCount: 1 });
    host.close();

    // Back on the first PC's data key, nothing needs re-importing.
    const samePc = tempProfile();
    const desk = syncBackend(samePc, { dataKey: DATA_KEY_A });
    expect((await ok<RestoreResult>(desk, 'profile.restore', { path: backup.path })).keysToReimport).toBe(0);
    desk.close();
  }, 120_000);

  it('refuses a damaged zip, a wrong SHA-256 and a newer schema, naming the check, and changes nothing', async () => {
    const source = tempProfile();
    const backend = syncBackend(source);
    await saveNew(backend, { kind: 'declaration', data: validImport() });
    const good = await ok<BackupResult>(backend, 'profile.backup', {});
    backend.close();
    const bytes = readFileSync(good.path);
    const entries = unzipSync(bytes);

    const damaged = join(source, 'damaged.clearway-backup');
    writeFileSync(damaged, bytes);
    truncateSync(damaged, Math.floor(bytes.length / 2));

    const wrongSha = join(source, 'wrong-sha.clearway-backup');
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as { database: { sha256: string } };
    manifest.database.sha256 = '0'.repeat(64);
    writeFileSync(wrongSha, zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) }));

    const noManifest = join(source, 'no-manifest.clearway-backup');
    writeFileSync(noManifest, zipSync({ 'database/clearway.db': entries['database/clearway.db'] as Uint8Array }));

    // A profile written by a newer app: one migration this app does not know.
    const newer = tempProfile();
    const newerBackend = syncBackend(newer);
    await saveNew(newerBackend, { kind: 'declaration', data: validImport() });
    const db = openProfileDb(newer);
    db.prepare("INSERT INTO schema_migrations (id, name, hash, applied_at) VALUES (9999, 'future-tables', 'abc', '2027-01-01')").run();
    db.close();
    const newerBackup = await ok<BackupResult>(newerBackend, 'profile.backup', {});
    newerBackend.close();

    const target = tempProfile();
    const live = syncBackend(target);
    const mine = await saveNew(live, { kind: 'declaration', data: validImport() });
    live.close();
    const before = fingerprint(target);
    const again = syncBackend(target);
    const cases: [string, string, RegExp, RegExp][] = [
      [damaged, 'zip', /不是可读取的备份压缩包/, /not a readable backup zip/],
      [wrongSha, 'sha256', /SHA-256/, /SHA-256 does not match/],
      [noManifest, 'manifest', /manifest\.json/, /no manifest\.json/],
      [newerBackup.path, 'schema', /迁移 9999/, /migration 9999 "future-tables" is unknown/],
    ];
    for (const [path, check, zh, en] of cases) {
      const error = await failure(again, 'profile.restore', { path });
      expect(error, check).toMatchObject({ code: 'INVALID_INPUT', field: 'path', details: { check } });
      expect(error.messageZh).toMatch(zh);
      expect(error.messageZh).toContain('当前数据没有任何改动');
      expect(error.messageEn).toMatch(en);
    }
    expect((await failure(again, 'profile.restore', { path: join(target, 'nope.clearway-backup') })).code).toBe('NOT_FOUND');
    expect((await ok<{ id: string }[]>(again, 'documents.list', {})).map((d) => d.id)).toEqual([mine]);
    again.close();
    expect(fingerprint(target)).toBe(before);
  }, 60_000);

  it('backs up a ~50 MB profile in several progress steps, and a cancel leaves no file behind', async () => {
    const source = tempProfile();
    const backend = syncBackend(source);
    await saveNew(backend, { kind: 'declaration', data: validImport() });
    addBulkRows(source, Array.from({ length: 50 }, () => randomBytes(1024 * 1024)));
    const seen = progressOf(backend);

    // Cancelled while the database is being copied.
    const out = join(source, 'out');
    let cancelAsked = false;
    const stopper = backend.onEvent((event, payload) => {
      const p = payload as BackupProgress;
      if (event === 'profile.backupProgress' && p.phase === 'database' && p.done > 0 && !cancelAsked) {
        cancelAsked = true;
        void backend.call('profile.cancelBackup', { jobId: p.jobId });
      }
    });
    const running = backend.call('profile.backup', { dir: out, jobId: 'cancel-db' });
    // A restore while the backup reads the database is refused, and changes nothing.
    const busy = await failure(backend, 'profile.restore', { path: join(source, 'whatever.clearway-backup') });
    expect(busy).toMatchObject({ code: 'CONFLICT', field: 'path' });
    const cancelledResult = await running;
    if (cancelledResult.ok) throw new Error('the backup was expected to be cancelled');
    const cancelled = cancelledResult.error;
    expect(cancelled.code).toBe('CANCELLED');
    expect(cancelled.messageEn).toMatch(/no partial file/);
    stopper();
    expect(readdirSync(out)).toEqual([]);

    // Cancelled while the zip is being written.
    let files = 0;
    const zipStopper = backend.onEvent((event, payload) => {
      const p = payload as BackupProgress;
      if (event === 'profile.backupProgress' && p.phase === 'files' && ++files === 3) void backend.call('profile.cancelBackup', { jobId: p.jobId });
    });
    expect((await failure(backend, 'profile.backup', { dir: out, jobId: 'cancel-zip' })).code).toBe('CANCELLED');
    zipStopper();
    expect(readdirSync(out)).toEqual([]);
    expect(await ok(backend, 'profile.cancelBackup', { jobId: 'cancel-zip' })).toEqual({ cancelled: false });

    // Then a whole one.
    seen.length = 0;
    const whole = await ok<BackupResult>(backend, 'profile.backup', { dir: out, jobId: 'whole' });
    expect(whole.bytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(whole.counts.bulk_test).toBe(50);
    const database = seen.filter((p) => p.phase === 'database');
    const zipping = seen.filter((p) => p.phase === 'files');
    expect(database.length).toBeGreaterThanOrEqual(5);
    expect(zipping.length).toBeGreaterThanOrEqual(5);
    expect(zipping.at(-1)).toMatchObject({ done: zipping.at(-1)?.total });
    expect(readdirSync(out)).toEqual([whole.path.split('/').pop()]);
    backend.close();

    // And it comes back whole (read in chunks, never all in memory), every blob byte for byte.
    const target = tempProfile();
    const restoring = syncBackend(target);
    expect((await ok<RestoreResult>(restoring, 'profile.restore', { path: whole.path })).counts.bulk_test).toBe(50);
    restoring.close();
    expect(bulkRowsHash(target)).toBe(bulkRowsHash(source));
  }, 180_000);
});
