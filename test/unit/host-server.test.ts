import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { WebSocket } from 'ws';
import { Backend } from '../../electron/backend/backend.node';
import { startHost, type RunningHost } from '../../electron/host/server.node';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const TOKEN = 'test-token-0123456789';
let running: { host: RunningHost; backend: Backend } | null = null;

afterEach(async () => {
  await running?.host.close();
  running?.backend.close();
  running = null;
});

const SECRET = 'secret-outside-the-renderer-folder';

async function start() {
  const outside = tempProfile();
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  const staticDir = join(outside, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>清关通</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const backend = new Backend({ profileDir: tempProfile(), version: 'test' });
  const host = await startHost({ backend, staticDir, token: TOKEN });
  running = { host, backend };
  return host;
}

const call = (host: RunningHost, name: string, body: unknown, token = TOKEN) =>
  fetch(`http://127.0.0.1:${host.port}/api/call/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** fetch() normalises paths and will not forge a Host header, so this goes through node:http. */
function rawGet(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host', () => {
  it('serves the app page with the strict CSP and listens on loopback only', async () => {
    const host = await start();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${TOKEN}`);
    const res = await fetch(`http://127.0.0.1:${host.port}/declarations/some-id`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('清关通');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect((await fetch(`http://127.0.0.1:${host.port}/assets/missing.js`)).status).toBe(404);
  });

  it('keeps files outside the renderer folder out of reach', async () => {
    const host = await start();
    const attempts = ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00/../secret.txt'];
    for (const path of attempts) {
      const res = await rawGet(host.port, path, `127.0.0.1:${host.port}`);
      expect(res.body, path).not.toContain(SECRET);
    }
    expect((await rawGet(host.port, '/assets/..%2f..%2fsecret.txt', `127.0.0.1:${host.port}`)).status).toBe(404);
  });

  it('answers calls only with the per-run token and only under our own host name', async () => {
    const host = await start();
    const denied = await call(host, 'documents.list', {}, 'wrong');
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await rawGet(host.port, '/', `evil.example:${host.port}`)).status).toBe(421);
    const allowed = await call(host, 'documents.list', {});
    expect(await allowed.json()).toEqual({ ok: true, value: [] });
  });

  it('returns bilingual typed errors for bad input and bad JSON', async () => {
    const host = await start();
    const bad = await call(host, 'documents.get', { id: '' });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'id' } });
    const notJson = await fetch(`http://127.0.0.1:${host.port}/api/call/documents.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('pushes backend events over the WebSocket to an authorised page', async () => {
    const host = await start();
    const origin = `http://127.0.0.1:${host.port}`;
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api/events?token=${TOKEN}`, { origin });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const received = new Promise<unknown>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    const created = (await (await call(host, 'documents.create', { kind: 'declaration' })).json()) as { value: { id: string } };
    expect(await received).toEqual({ event: 'documents.changed', payload: { ids: [created.value.id] } });
    ws.close();

    const foreign = new WebSocket(`ws://127.0.0.1:${host.port}/api/events?token=${TOKEN}`, { origin: 'http://evil.example' });
    await expect(new Promise((resolve, reject) => {
      foreign.once('open', resolve);
      foreign.once('error', reject);
    })).rejects.toThrow(/401/);
  });
});
