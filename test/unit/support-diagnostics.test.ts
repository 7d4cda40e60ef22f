import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DiagnosticsResult } from '../../shared/support/schema';
import { createBackendLog } from '../../electron/backend/logging/backend-log.node';
import { migrations } from '../../electron/backend/store/migrations/index';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, syncBackend } from './helpers/sync-backend';
import { P12_PASSWORD, useTestPki } from './helpers/test-pki';
import { DEVICE_TOKEN, openProfileDb, PASSPHRASE, richProfile } from './helpers/support-profile';

const tempProfile = useTempProfiles();
const pki = useTestPki();

function unzipText(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path)))) out[name] = strFromU8(bytes);
  return out;
}

describe('support.exportDiagnostics', () => {
  it('writes logs, versions, settings, database checks and counts and the folder listing, and not one secret', async () => {
    const profile = tempProfile();
    await richProfile(profile, pki);
    const keyPem = readFileSync(join(pki.dir, 'rsa.key'), 'utf8');
    const keyLine = keyPem.split('\n').find((line) => /^[A-Za-z0-9+/]{60,}$/.test(line)) as string;
    expect(keyLine).toBeTruthy();

    // A careless line got logged through the logger (redacted as written)…
    createBackendLog(() => profile).warn('gateway refused', { headers: { Authorization: `Bearer ${DEVICE_TOKEN}` }, passphrase: PASSPHRASE });
    // …and another was written raw by something older: diagnostics must redact it on the way in.
    mkdirSync(join(profile, 'logs'), { recursive: true });
    appendFileSync(join(profile, 'logs', 'main.log'), `[old] POST /v1/declarations Authorization: Bearer ${DEVICE_TOKEN}\n[old] unlock passphrase=${PASSPHRASE} p12 password: ${P12_PASSWORD}\n${keyPem}\n`);
    writeFileSync(join(profile, 'window-state.json'), '{"width":1200}');

    const backend = syncBackend(profile, { log: 'profile' });
    const result = await ok<DiagnosticsResult>(backend, 'support.exportDiagnostics', {});
    backend.close();
    expect(result.path).toMatch(new RegExp(`^${profile}/diagnostics/clearway-diagnostics-.*\\.zip$`));
    const files = unzipText(result.path);
    expect(Object.keys(files).sort()).toEqual(result.files.slice().sort());
    expect(result.files).toEqual(expect.arrayContaining(['versions.json', 'settings.json', 'database.json', 'profile-files.json', 'logs/backend.log', 'logs/main.log']));

    // No secret anywhere, in any file of the zip.
    const secrets = [DEVICE_TOKEN, PASSPHRASE, keyLine, `password: ${P12_PASSWORD}`, '便携式自动数据处理设备'];
    for (const [name, text] of Object.entries(files)) {
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${name}`).toBe(false);
      expect(text, name).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    }
    expect(files['logs/main.log']).toContain('Authorization: [redacted]');

    // Real content.
    const versions = JSON.parse(files['versions.json'] as string) as Record<string, string>;
    expect(versions).toMatchObject({ app: 'test', node: process.versions.node, platform: process.platform, arch: process.arch });
    expect(versions.sqlite).toMatch(/^3\.\d+/);
    const database = JSON.parse(files['database.json'] as string) as { integrityCheck: string[]; quickCheck: string[]; migrations: { id: number }[]; counts: Record<string, number> };
    expect(database.integrityCheck).toEqual(['ok']);
    expect(database.quickCheck).toEqual(['ok']);
    expect(database.migrations.map((m) => m.id)).toEqual(migrations.map((m) => m.id).sort((a, b) => a - b));
    const db = openProfileDb(profile);
    for (const table of ['documents', 'revisions', 'outbox', 'receipts', 'certificates', 'fee_invoices']) {
      const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect(database.counts[table], table).toBe(n);
    }
    db.close();
    expect(database.counts.documents).toBe(3);
    const listing = JSON.parse(files['profile-files.json'] as string) as { path: string; bytes: number | null }[];
    expect(listing.find((f) => f.path === 'clearway.db')?.bytes).toBeGreaterThan(0);
    expect(listing.some((f) => f.path === 'logs/main.log')).toBe(true);
    // The overview is another helper's call: built or not, the file says what happened.
    const settings = JSON.parse(files['settings.json'] as string) as { ok: boolean };
    expect(typeof settings.ok).toBe('boolean');
    expect(files['logs/backend.log']).toContain('backend started');
  }, 120_000);

  it('still works on the recovery screen (unreadable database) and into a chosen folder', async () => {
    const profile = tempProfile();
    writeFileSync(join(profile, 'clearway.db'), 'not a database at all, just some text to make the header unreadable.....');
    const backend = syncBackend(profile, { log: 'profile' });
    const out = join(tempProfile(), 'for-support');
    const result = await ok<DiagnosticsResult>(backend, 'support.exportDiagnostics', { dir: out });
    backend.close();
    expect(result.path.startsWith(out)).toBe(true);
    const files = unzipText(result.path);
    expect(files['database.json']).toMatch(/"error"/);
    expect(files['logs/backend.log']).toContain('DATABASE_UNREADABLE');
  });
});
