import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupResult, DiagnosticsResult, RestoreResult } from '../../shared/support/schema';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { bundleCli, runCli, type CliRun } from './helpers/cli-bundle';
import { ok, saveNew, syncBackend } from './helpers/sync-backend';
import { DEVICE_TOKEN } from './helpers/support-profile';

const tempProfile = useTempProfiles();
const repo = process.cwd();
let root: string;
let bin: string;

beforeAll(async () => {
  ({ root, bin } = await bundleCli('clearway-cli-support-'));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const clearway = (args: string[], env: Record<string, string> = {}): CliRun => runCli(bin, args, { cwd: repo, env });

describe('clearway backup / restore / diagnostics (administrator commands)', () => {
  it('prints their help in both languages', () => {
    const main = clearway(['--lang', 'en', '--help']);
    expect(main.stdout).toContain('backup [--out folder]');
    expect(clearway(['--lang', 'zh', '--help']).stdout).toContain('从备份恢复资料');
    for (const command of ['backup', 'restore', 'diagnostics']) {
      expect(clearway(['--lang', 'en', command, '--help']).stdout).toContain(`Usage: clearway ${command}`);
      expect(clearway(['--lang', 'zh', command, '--help']).stdout).toContain(`用法：clearway ${command}`);
    }
    expect(clearway(['--lang', 'en', 'restore'])).toMatchObject({ status: 2 });
    expect(clearway(['--lang', 'en', 'restore']).stderr).toContain('Usage: clearway restore');
  }, 120_000);

  it('moves a profile to a new folder: backup, restore, and the drafts are there; a bad file changes nothing', async () => {
    const old = tempProfile();
    const backend = syncBackend(old);
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    await ok(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: 'http://127.0.0.1:9', deviceToken: DEVICE_TOKEN });
    backend.close();

    const out = join(tempProfile(), 'usb stick');
    const backup = clearway(['--profile', old, '--lang', 'en', 'backup', '--out', out]);
    expect(backup.status).toBe(0);
    // Progress goes to stderr, a line per phase and quarter, never one per page.
    const progress = backup.stderr.trim().split('\n');
    expect(progress[0]).toMatch(/^Copying the database \d+%$/);
    expect(progress).toContain('Checking the backup 0%');
    expect(progress.at(-1)).toBe('Packing 100%');
    expect(progress.length).toBeLessThanOrEqual(16);
    expect(backup.stdout).toMatch(/Backed up to .*usb stick\/clearway-backup-.*\.clearway-backup \(\d+\.\d MB, 1 document\(s\)\)\./);
    const file = join(out, readdirSync(out)[0] as string);

    const fresh = tempProfile();
    const restore = clearway(['--profile', fresh, '--lang', 'zh', 'restore', file]);
    expect(restore.status).toBe(0);
    // The restore's progress goes to stderr too: reading the zip, then the checks.
    const restoreLines = restore.stderr.trim().split('\n');
    expect(restoreLines[0]).toMatch(/^读取备份 \d+%$/);
    expect(restoreLines).toContain('读取备份 100%');
    expect(restoreLines.slice(-2)).toEqual(['检查备份 0%', '检查备份 100%']);
    expect(restore.stdout).toContain('共 1 份单据');
    const json = clearway(['--profile', fresh, 'restore', file, '--json']);
    const result = JSON.parse(json.stdout) as RestoreResult;
    expect(result.previousDatabase).toMatch(/before-restore-/);
    expect(existsSync(result.previousDatabase as string)).toBe(true);
    const check = syncBackend(fresh);
    expect((await ok<{ id: string }[]>(check, 'documents.list', {})).map((d) => d.id)).toEqual([id]);
    check.close();

    const junk = join(out, 'junk.clearway-backup');
    writeFileSync(junk, 'not a zip');
    const refused = clearway(['--profile', fresh, '--lang', 'en', 'restore', junk]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('not a readable backup zip');
    expect(refused.stderr).toContain('The current data was not changed');
    const again = syncBackend(fresh);
    expect((await ok<{ id: string }[]>(again, 'documents.list', {})).map((d) => d.id)).toEqual([id]);
    again.close();

    const json2 = JSON.parse(clearway(['--profile', old, 'backup', '--json']).stdout) as BackupResult;
    expect(json2.path.startsWith(join(old, 'backups'))).toBe(true);
  }, 120_000);

  it('exports diagnostics, also for an unreadable database, and the CLI run itself is logged without the token', async () => {
    const profile = tempProfile();
    const backend = syncBackend(profile);
    await ok(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: 'http://127.0.0.1:9', deviceToken: DEVICE_TOKEN });
    backend.close();
    const run = clearway(['--profile', profile, '--lang', 'en', 'diagnostics']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Diagnostics saved: .*clearway-diagnostics-.*\.zip \(\d+ files; no keys/);
    const path = /saved: (.*\.zip)/.exec(run.stdout)?.[1] as string;
    const files = unzipSync(readFileSync(path));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['versions.json', 'database.json', 'logs/backend.log']));
    for (const bytes of Object.values(files)) expect(strFromU8(bytes)).not.toContain(DEVICE_TOKEN);

    const broken = tempProfile();
    writeFileSync(join(broken, 'clearway.db'), 'garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage');
    const out = join(tempProfile(), 'diag');
    const brokenRun = clearway(['--profile', broken, 'diagnostics', '--out', out, '--json']);
    expect(brokenRun.status).toBe(0);
    expect((JSON.parse(brokenRun.stdout) as DiagnosticsResult).path.startsWith(out)).toBe(true);
  }, 60_000);
});
