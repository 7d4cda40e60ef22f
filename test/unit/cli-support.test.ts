import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupResult, DiagnosticsResult, RestoreResult } from '../../shared/support/schema';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { bundleCli, cliEnv, runCli, type CliRun } from './helpers/cli-bundle';
import { ok, saveNew, syncBackend } from './helpers/sync-backend';
import { addBulkRows, DEVICE_TOKEN } from './helpers/support-profile';
import { Backend } from '../../electron/backend/backend.node';
import { IN_USE_FILE } from '../../electron/backend/profile-in-use.node';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';

const tempProfile = useTempProfiles();
const repo = process.cwd();
let root: string;
let bin: string;

beforeAll(async () => {
  ({ root, bin } = await bundleCli('clearway-cli-support-'));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const clearway = (args: string[], env: Record<string, string> = {}): CliRun => runCli(bin, args, { cwd: repo, env });

/** The CLI as a running process: Ctrl+C (SIGINT) is sent when `interruptOn` first shows on stderr. */
function clearwayInterrupted(args: string[], interruptOn: RegExp): Promise<CliRun & { interrupted: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repo, env: cliEnv() });
    let stdout = '';
    let stderr = '';
    let interrupted = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (!interrupted && interruptOn.test(stderr)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    child.on('close', (status) => done({ status, stdout, stderr, interrupted }));
  });
}

/** The profile's file names (but the log folder, which every CLI run writes to) and its database's hash. */
function profileState(dir: string): string {
  const names = readdirSync(dir).filter((name) => name !== 'logs');
  return `${names.sort().join('|')}#${createHash('sha256').update(readFileSync(join(dir, DATABASE_FILE))).digest('hex')}`;
}

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

  it('Ctrl+C cancels a backup and a restore: no partial file, no extracted copy, the profile as it was', async () => {
    const source = tempProfile();
    const backend = syncBackend(source);
    await saveNew(backend, { kind: 'declaration', data: validImport() });
    backend.close();
    addBulkRows(source, Array.from({ length: 40 }, () => randomBytes(1024 * 1024)));

    const out = join(tempProfile(), 'out');
    const backup = await clearwayInterrupted(['--profile', source, '--lang', 'en', 'backup', '--out', out], /Copying the database \d+%/);
    expect(backup.interrupted).toBe(true);
    expect(backup.status).toBe(2);
    expect(backup.stderr).toContain('Cancelling… (press Ctrl+C again to quit at once)');
    expect(backup.stderr).toContain('The backup was cancelled; no partial file was left behind.');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    const made = clearway(['--profile', source, 'backup', '--out', out, '--json']);
    expect(made.status).toBe(0);
    const file = (JSON.parse(made.stdout) as BackupResult).path;

    const target = tempProfile();
    const mine = syncBackend(target);
    await saveNew(mine, { kind: 'declaration', data: validImport() });
    mine.close();
    const before = profileState(target);
    const restore = await clearwayInterrupted(['--profile', target, '--lang', 'zh', 'restore', file], /读取备份 \d+%/);
    expect(restore.interrupted).toBe(true);
    expect(restore.status).toBe(2);
    expect(restore.stderr).toContain('正在取消…');
    expect(restore.stderr).toContain('恢复已取消，当前数据没有任何改动。');
    expect(profileState(target)).toBe(before);
    expect(readdirSync(target).filter((name) => name.startsWith('.restore'))).toEqual([]);
  }, 120_000);

  it('restore refuses while the app has the profile open, and goes ahead once it has closed or after a crash', async () => {
    const old = tempProfile();
    const seed = syncBackend(old);
    const id = await saveNew(seed, { kind: 'declaration', data: validImport() });
    seed.close();
    const file = (JSON.parse(clearway(['--profile', old, 'backup', '--json']).stdout) as BackupResult).path;

    // The app (here: a backend in this test's process, as the desktop app's backend runs in its own).
    const profile = tempProfile();
    const app = new Backend({ profileDir: profile, version: 'test', seedsDir: null, sync: { timers: false }, marksProfileInUse: true });
    expect(existsSync(join(profile, IN_USE_FILE))).toBe(true);
    const refused = clearway(['--profile', profile, '--lang', 'en', 'restore', file]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`Clearway has this profile folder open (process ${process.pid}`);
    expect(refused.stderr).toContain(IN_USE_FILE);
    expect((await ok<unknown[]>(app, 'documents.list', {})).length).toBe(0);
    app.close();
    expect(existsSync(join(profile, IN_USE_FILE))).toBe(false);
    expect(clearway(['--profile', profile, 'restore', file]).status).toBe(0);

    // A crashed app's mark names a process that is gone: the restore goes ahead.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(profile, IN_USE_FILE), JSON.stringify({ pid: Number(gone), since: '2026-11-27T00:00:00.000Z' }));
    expect(clearway(['--profile', profile, 'restore', file]).status).toBe(0);
    const check = syncBackend(profile);
    expect((await ok<{ id: string }[]>(check, 'documents.list', {})).map((d) => d.id)).toEqual([id]);
    check.close();
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
