import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGateways } from './helpers/gateway';
import { installerBytes } from './helpers/fake-release';

const gateways = useGateways();
const USCC = '91310000MA1FL0XX1X';

/** A gateway whose updates folder holds one enterprise's latest.yml and a 100 kB installer. */
async function gatewayWithFiles(options: { rateLimitPerMinute?: number } = {}) {
  const updatesDir = join(gateways.tempDir(), 'updates');
  const folder = join(updatesDir, USCC);
  mkdirSync(folder, { recursive: true });
  const installer = installerBytes('route', 100_000);
  writeFileSync(join(folder, 'Clearway-1.1.0-win-x64.exe'), installer);
  writeFileSync(join(folder, 'latest.yml'), 'version: 1.1.0\n');
  writeFileSync(join(folder, '.Clearway-1.2.0-win-x64.exe.abc.tmp'), 'half copied');
  writeFileSync(join(updatesDir, 'secret.txt'), 'not for download');
  const { url } = await gateways.start('sqlite', { updatesDir, ...options });
  return { url, base: `${url}/v1/updates/${USCC}`, installer, folder };
}

/** A raw GET with the path exactly as given (fetch would normalise `..` away). */
function rawGet(base: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    const req = httpRequest({ hostname: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /v1/updates/:enterprise/:file', () => {
  it('serves the channel file without a device token, with type, length, ETag and no-cache', async () => {
    const { base } = await gatewayWithFiles();
    const res = await fetch(`${base}/latest.yml`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('version: 1.1.0\n');
    expect(res.headers.get('content-type')).toBe('text/yaml; charset=utf-8');
    expect(res.headers.get('content-length')).toBe('15');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toMatch(/^"f-[0-9a-f]+"$/);
  });

  it('serves an installer whole, byte for byte', async () => {
    const { base, installer } = await gatewayWithFiles();
    const res = await fetch(`${base}/Clearway-1.1.0-win-x64.exe`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.microsoft.portable-executable');
    expect(res.headers.get('content-length')).toBe('100000');
    expect(Buffer.from(await res.arrayBuffer()).equals(installer)).toBe(true);
  });

  it('answers single byte ranges with 206 and the exact bytes', async () => {
    const { base, installer } = await gatewayWithFiles();
    const url = `${base}/Clearway-1.1.0-win-x64.exe`;
    const cases: Array<[string, number, number]> = [
      ['bytes=0-9', 0, 9],
      ['bytes=50000-50999', 50_000, 50_999],
      ['bytes=99990-', 99_990, 99_999],
      ['bytes=-25', 99_975, 99_999],
      ['bytes=99000-200000', 99_000, 99_999],
    ];
    for (const [range, start, end] of cases) {
      const res = await fetch(url, { headers: { range } });
      expect(res.status, range).toBe(206);
      expect(res.headers.get('content-range'), range).toBe(`bytes ${start}-${end}/100000`);
      expect(res.headers.get('content-length'), range).toBe(String(end - start + 1));
      expect(Buffer.from(await res.arrayBuffer()).equals(installer.subarray(start, end + 1)), range).toBe(true);
    }
  });

  it('refuses a range past the end with 416, and answers several ranges or a stale If-Range with the whole file', async () => {
    const { base } = await gatewayWithFiles();
    const url = `${base}/Clearway-1.1.0-win-x64.exe`;
    const past = await fetch(url, { headers: { range: 'bytes=100000-' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */100000');
    const several = await fetch(url, { headers: { range: 'bytes=0-9,20-29' } });
    expect(several.status).toBe(200);
    expect((await several.arrayBuffer()).byteLength).toBe(100_000);
    const stale = await fetch(url, { headers: { range: 'bytes=0-9', 'if-range': '"other"' } });
    expect(stale.status).toBe(200);
    const etag = stale.headers.get('etag') ?? '';
    const fresh = await fetch(url, { headers: { range: 'bytes=0-9', 'if-range': etag } });
    expect(fresh.status).toBe(206);
  });

  it('answers 304 to a matching If-None-Match and HEAD with headers only', async () => {
    const { base } = await gatewayWithFiles();
    const url = `${base}/Clearway-1.1.0-win-x64.exe`;
    const etag = (await fetch(url, { method: 'HEAD' })).headers.get('etag') ?? '';
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('100000');
    expect(await head.text()).toBe('');
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('serves nothing outside the enterprise folder: no traversal, no hidden or half-copied files, no links', async () => {
    const { url, base, folder } = await gatewayWithFiles();
    symlinkSync('/etc/hostname', join(folder, 'linked.yml'));
    for (const path of [
      `${base}/missing.yml`,
      `${base}/.Clearway-1.2.0-win-x64.exe.abc.tmp`,
      `${base}/linked.yml`,
      `${url}/v1/updates/91000000000000000X/latest.yml`,
      `${url}/v1/updates/${USCC}/..%2Fsecret.txt`,
      `${url}/v1/updates/${USCC}/..%5Csecret.txt`,
      `${url}/v1/updates/..%2F${USCC}/latest.yml`,
      `${url}/v1/updates/../secret.txt`,
      `${url}/v1/updates/${USCC}/%2E%2E`,
      `${url}/v1/updates/${USCC}/`,
    ]) {
      const res = await fetch(path);
      expect(res.status, path).toBe(404);
    }
    expect(await rawGet(url, `/v1/updates/${USCC}/../secret.txt`)).toBe(404);
    expect(await rawGet(url, `/v1/updates/%2E%2E/secret.txt`)).toBe(404);
    const body = (await (await fetch(`${base}/missing.yml`)).json()) as { error: { code: string; messageZh: string; messageEn: string } };
    expect(body.error).toEqual({ code: 'NOT_FOUND', messageZh: `没有更新文件 ${USCC}/missing.yml。`, messageEn: `No update file ${USCC}/missing.yml.` });
  });

  it('is not rate limited: a differential download asks many ranges', async () => {
    const { base } = await gatewayWithFiles({ rateLimitPerMinute: 5 });
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push((await fetch(`${base}/Clearway-1.1.0-win-x64.exe`, { headers: { range: `bytes=${i * 10}-${i * 10 + 9}` } })).status);
    expect(statuses.every((s) => s === 206)).toBe(true);
  });

  it('finds nothing when the gateway has no updates folder configured', async () => {
    const { url } = await gateways.start('sqlite');
    expect((await fetch(`${url}/v1/updates/${USCC}/latest.yml`)).status).toBe(404);
  });
});
