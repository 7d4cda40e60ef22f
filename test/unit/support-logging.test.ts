import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { createBackendLog } from '../../electron/backend/logging/backend-log.node';
import { fileLogSettings, generationPath, LOG_MAX_BYTES, logFilePath, rotateLogFile } from '../../electron/backend/logging/log-files.node';
import { REDACTED, redactText, redactValue } from '../../electron/backend/logging/redact';
import { useTempProfiles } from './helpers/temp-profile';
import { ok, saveNew, syncBackend, syncOf } from './helpers/sync-backend';
import { validImport } from '../fixtures/declarations';

const tempProfile = useTempProfiles();
const PEM = '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI\n-----END ENCRYPTED PRIVATE KEY-----';

describe('redaction of secrets before they are logged', () => {
  it('removes Authorization headers, bearer tokens, named secrets, URL credentials and PEM private keys', () => {
    const cases: [string, string][] = [
      ['Authorization: Bearer dev-tok-SECRET123', 'dev-tok-SECRET123'],
      ['{"authorization":"Bearer dev-tok-SECRET123"}', 'dev-tok-SECRET123'],
      ['headers authorization=Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz'],
      ['sent with Bearer abcdEFGH1234.x_y', 'abcdEFGH1234.x_y'],
      ['deviceToken=tok_987654321 next', 'tok_987654321'],
      ['{"deviceToken": "tok 98 76", "gatewayUrl": "https://gw"}', 'tok 98 76'],
      ["passphrase: 'correct horse'", 'correct horse'],
      ['password=hunter2&user=a', 'hunter2'],
      ['proxy http://alice:s3cret@proxy.local:8080', 's3cret'],
      [`key follows\n${PEM}\nafter`, 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI'],
    ];
    for (const [text, secret] of cases) {
      const out = redactText(text);
      expect(out, text).not.toContain(secret);
      expect(out).toMatch(/redacted/);
    }
    expect(redactText(PEM)).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
    // Ordinary text stays readable.
    expect(redactText('saved document D-12 revision 3 in /home/a/Clearway')).toBe('saved document D-12 revision 3 in /home/a/Clearway');
    expect(redactText('https://gw.example.cn/api/v1?x=1')).toBe('https://gw.example.cn/api/v1?x=1');
  });

  it('replaces secret-named properties of objects and errors, deeply', () => {
    const error = new Error('refused Authorization: Bearer tok-ERR-1');
    const out = redactValue({ deviceToken: 'tok-1', nested: { passphrase: 'pp', p12Base64: 'AAAA', url: 'https://gw' }, list: [{ password: 'x' }], error, key: new Uint8Array(32) }) as Record<string, unknown>;
    const text = JSON.stringify(out) + String((out.error as Error).message) + String((out.error as Error).stack);
    for (const secret of ['tok-1', '"pp"', 'AAAA', '"x"', 'tok-ERR-1']) expect(text).not.toContain(secret);
    expect(out.deviceToken).toBe(REDACTED);
    expect((out.nested as Record<string, unknown>).url).toBe('https://gw');
    expect(out.key).toBe('[32 bytes]');
  });
});

describe('log files: place and rotation', () => {
  it('puts logs in <profile>/logs and rotates backend.log -> .1 -> .2 -> .3, dropping the oldest', () => {
    const dir = tempProfile();
    const settings = fileLogSettings(dir, 'backend.log');
    expect(settings.path).toBe(join(dir, 'logs', 'backend.log'));
    expect(settings.maxSize).toBe(LOG_MAX_BYTES);
    mkdirSync(join(dir, 'logs'));
    for (let i = 1; i <= 5; i++) {
      writeFileSync(settings.path, `generation ${i}\n`);
      rotateLogFile(settings.path, 3);
    }
    expect(existsSync(settings.path)).toBe(false);
    expect(readFileSync(generationPath(settings.path, 1), 'utf8')).toBe('generation 5\n');
    expect(readFileSync(generationPath(settings.path, 2), 'utf8')).toBe('generation 4\n');
    expect(readFileSync(generationPath(settings.path, 3), 'utf8')).toBe('generation 3\n');
    expect(existsSync(generationPath(settings.path, 4))).toBe(false);
  });

  it('electron-log writes through the rotation when the file passes its size, redacting every line', () => {
    const dir = tempProfile();
    const log = createBackendLog(() => dir, 'backend.log', 2000);
    for (let i = 0; i < 60; i++) log.info(`line ${i} Authorization: Bearer tok-ROT-${i}`, { deviceToken: `tok-OBJ-${i}` });
    const current = logFilePath(dir, 'backend.log');
    const previous = generationPath(current, 1);
    expect(existsSync(previous)).toBe(true);
    const all = readFileSync(current, 'utf8') + readFileSync(previous, 'utf8');
    expect(all).toContain('line 59');
    expect(all).not.toMatch(/tok-(ROT|OBJ)-/);
    expect(readFileSync(current, 'utf8').length).toBeLessThan(4000);
  });
});

describe('the backend log', () => {
  it('logs start, a refused database and unexpected errors to <profile>/logs/backend.log, and follows profile.useFolder', async () => {
    const first = tempProfile();
    const backend = new Backend({ profileDir: first, version: '9.9.9-test', seedsDir: null, log: 'profile' });
    const text = () => readFileSync(logFilePath(first, 'backend.log'), 'utf8');
    expect(text()).toContain('Clearway 9.9.9-test backend started');
    expect(text()).toContain(first);

    const second = tempProfile();
    writeFileSync(join(second, 'clearway.db'), 'this is not a database, it is just text long enough to be read as a header........');
    const status = await backend.call('profile.useFolder', { dir: second });
    expect(status).toMatchObject({ ok: true, value: { state: 'recovery' } });
    const secondLog = readFileSync(logFilePath(second, 'backend.log'), 'utf8');
    expect(secondLog).toContain('using this profile folder');
    expect(secondLog).toContain('could not be opened');
    expect(secondLog).toContain('DATABASE_UNREADABLE');
    expect(text()).toContain('switching profile folder');
    backend.close();
  });

  it('logs an unexpected error at the contract door with the call name, and the UI still gets a typed INTERNAL', async () => {
    const dir = tempProfile();
    const backend = new Backend({ profileDir: dir, version: 'test', seedsDir: null, log: 'profile' });
    // Something outside the app broke the schema: the next query fails inside a service.
    const other = new Database(join(dir, 'clearway.db'));
    other.exec('DROP TABLE templates');
    other.close();
    const result = await backend.call('templates.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    backend.close();
    const log = readFileSync(logFilePath(dir, 'backend.log'), 'utf8');
    expect(log).toMatch(/\[error\].*unexpected error in templates\.list/);
    expect(log).toContain('no such table: templates');
  });

  it('logs a sync problem once when it appears, without the device token', async () => {
    const dir = tempProfile();
    const backend = syncBackend(dir, { log: 'profile' });
    await ok(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: 'http://127.0.0.1:9', deviceToken: 'dev-tok-LOGCHECK-123456' });
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    await ok(backend, 'sync.enqueue', { documentId: id });
    const offline = new Promise<void>((resolve) => {
      backend.onEvent((event, payload) => {
        if (event === 'sync.changed' && (payload as { online: boolean | null }).online === false) resolve();
      });
    });
    await syncOf(backend).probeNow();
    await offline;
    await syncOf(backend).probeNow();
    backend.close();
    const log = readFileSync(logFilePath(dir, 'backend.log'), 'utf8');
    expect(log.match(/sync problem/g)?.length).toBe(1);
    expect(log).not.toContain('dev-tok-LOGCHECK-123456');
  }, 60_000);
});
