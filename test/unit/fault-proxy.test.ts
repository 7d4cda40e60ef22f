import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultProxy, faultPicker, type FaultKind, type FaultPlan } from './helpers/fault-proxy.node';

/**
 * The fault proxy is what the sync fault tests trust to have done what it says. Each fault is
 * proven here against a plain node:http server that counts the requests it finished handling
 * (the stand-in for "the gateway committed").
 */

interface Outcome {
  status?: number;
  body?: string;
  error?: string;
}

let server: Server;
let handled: { method: string; url: string; bodyHash: string }[];
let proxy: FaultProxy | null = null;
const agents: Agent[] = [];

function send(port: number, method: string, path: string, body?: Buffer, agent?: Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent: agent ?? false, headers: body ? { 'content-length': body.length } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(body);
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
}

const serverPort = () => (server.address() as AddressInfo).port;

beforeEach(async () => {
  handled = [];
  server = createServer((req, res) => {
    const hash = createHash('sha256');
    req.on('data', (c: Buffer) => hash.update(c));
    req.on('end', () => {
      const bodyHash = hash.digest('hex');
      handled.push({ method: req.method ?? '', url: req.url ?? '', bodyHash });
      res.setHeader('content-type', 'text/plain');
      res.end(`handled ${handled.length} ${bodyHash}`);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});

afterEach(async () => {
  for (const agent of agents.splice(0)) agent.destroy();
  await proxy?.close();
  proxy = null;
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

async function proxyWith(faults: FaultPlan[]): Promise<FaultProxy> {
  proxy = await FaultProxy.start({ target: { port: serverPort() }, faults });
  return proxy;
}

describe('the fault-injecting proxy', () => {
  it('passes requests and a 1 MB body through intact', async () => {
    const p = await proxyWith([]);
    const body = randomBytes(1024 * 1024);
    const outcome = await send(p.port, 'POST', '/v1/submissions', body);
    const sent = createHash('sha256').update(body).digest('hex');
    expect(outcome).toEqual({ status: 200, body: `handled 1 ${sent}` });
    expect(handled).toEqual([{ method: 'POST', url: '/v1/submissions', bodyHash: sent }]);
    expect(p.counts.pass).toBe(1);
    expect(p.counts.exchanges).toBe(1);
  });

  it('reset before: the client sees a reset and the server never sees the request', async () => {
    const p = await proxyWith([{ kind: 'reset-before' }]);
    const outcome = await send(p.port, 'POST', '/v1/submissions', Buffer.from('{"a":1}'));
    expect(outcome.error).toBe('ECONNRESET');
    // The next request passes, and it is the first one the server ever handled.
    expect((await send(p.port, 'GET', '/after')).body).toMatch(/^handled 1 /);
    expect(handled.map((h) => h.url)).toEqual(['/after']);
    expect(p.counts['reset-before']).toBe(1);
  });

  it('reset after: the server finished the request, the client only sees a reset', async () => {
    const p = await proxyWith([{ kind: 'reset-after' }]);
    const outcome = await send(p.port, 'POST', '/v1/submissions', Buffer.from('{"a":1}'));
    expect(outcome.error).toBe('ECONNRESET');
    expect(outcome.status).toBeUndefined();
    expect(handled.map((h) => h.url)).toEqual(['/v1/submissions']);
    expect(p.counts['reset-after']).toBe(1);
  });

  it('drop response: the server answered, the client gets no response, then a closed connection', async () => {
    const p = await proxyWith([{ kind: 'drop-response', ms: 300 }]);
    const outcome = await send(p.port, 'POST', '/v1/submissions', Buffer.from('x'));
    expect(outcome.status).toBeUndefined();
    expect(outcome.error).toMatch(/ECONNRESET|socket hang up/);
    expect(handled).toHaveLength(1);
    expect(p.counts['drop-response']).toBe(1);
  });

  it('delay on the response: the server has answered while the client still waits, then it arrives intact', async () => {
    const p = await proxyWith([{ kind: 'delay', ms: 1500 }]);
    let arrived = false;
    const pending = send(p.port, 'GET', '/slow').then((o) => {
      arrived = true;
      return o;
    });
    await until(() => handled.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(arrived).toBe(false);
    expect(await pending).toMatchObject({ status: 200, body: expect.stringMatching(/^handled 1 /) as unknown as string });
    expect(p.counts.delay).toBe(1);
  });

  it('delay on the request: the server sees nothing until the hold ends', async () => {
    const p = await proxyWith([{ kind: 'delay', ms: 1500, side: 'request' }]);
    const pending = send(p.port, 'POST', '/held', Buffer.from('payload'));
    await until(() => p.counts.exchanges === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(handled).toHaveLength(0);
    expect((await pending).status).toBe(200);
    expect(handled.map((h) => h.url)).toEqual(['/held']);
  });

  it('faults each request on a kept-alive connection, not only the first', async () => {
    const p = await proxyWith([{ kind: 'pass' }, { kind: 'pass' }, { kind: 'reset-after' }]);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    expect((await send(p.port, 'GET', '/one', undefined, agent)).status).toBe(200);
    expect((await send(p.port, 'POST', '/two', Buffer.from('2'), agent)).status).toBe(200);
    expect(p.counts.connections).toBe(1);
    const third = await send(p.port, 'POST', '/three', Buffer.from('3'), agent);
    expect(third.error).toBe('ECONNRESET');
    expect(handled.map((h) => h.url)).toEqual(['/one', '/two', '/three']);
    expect(p.log.map((l) => [l.exchange.connection, l.exchange.exchangeOnConnection, l.exchange.requestLine])).toEqual([
      [0, 0, 'GET /one HTTP/1.1'],
      [0, 1, 'POST /two HTTP/1.1'],
      [0, 2, 'POST /three HTTP/1.1'],
    ]);
  });

  it('resets the client when the server is down, and passes again once it is back', async () => {
    const port = serverPort();
    const p = await proxyWith([]);
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    expect((await send(p.port, 'GET', '/down')).error).toBe('ECONNRESET');
    expect(p.counts.upstreamRefused).toBe(1);
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    expect((await send(p.port, 'GET', '/up')).status).toBe(200);
  });

  it('offline cuts open connections and refuses new ones until it is back online', async () => {
    const p = await proxyWith([{ kind: 'delay', ms: 5000 }]);
    const inFlight = send(p.port, 'GET', '/in-flight');
    await until(() => handled.length === 1);
    p.setOffline(true);
    expect((await inFlight).error).toBe('ECONNRESET');
    expect((await send(p.port, 'GET', '/while-offline')).error).toBe('ECONNRESET');
    p.setOffline(false);
    expect((await send(p.port, 'GET', '/back')).status).toBe(200);
    expect(handled.map((h) => h.url)).toEqual(['/in-flight', '/back']);
    expect(p.counts.offlineCuts).toBe(2);
  });

  it('random faults: the same seed gives the same run, every weighted kind occurs, filtered requests pass', () => {
    const info = (i: number, line: string) => ({ connection: i, exchangeOnConnection: 0, exchange: i, requestLine: line });
    const options = {
      seed: 42,
      weights: { pass: 4, 'reset-before': 1, 'reset-after': 1, 'drop-response': 1, delay: 1 },
      applies: (e: { requestLine: string }) => e.requestLine.startsWith('POST /v1/submissions'),
    };
    const a = faultPicker(options);
    const b = faultPicker(options);
    const runA = Array.from({ length: 400 }, (_, i) => a(info(i, 'POST /v1/submissions HTTP/1.1')));
    const runB = Array.from({ length: 400 }, (_, i) => b(info(i, 'POST /v1/submissions HTTP/1.1')));
    expect(runA).toEqual(runB);
    const kinds = new Set<FaultKind>(runA.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['delay', 'drop-response', 'pass', 'reset-after', 'reset-before']);
    const other = faultPicker({ ...options, seed: 43 });
    expect(Array.from({ length: 400 }, (_, i) => other(info(i, 'POST /v1/submissions HTTP/1.1')))).not.toEqual(runA);
    expect(Array.from({ length: 50 }, (_, i) => a(info(i, 'GET /v1/health HTTP/1.1')).kind)).toEqual(Array(50).fill('pass'));
  });
});
