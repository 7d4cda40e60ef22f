import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Backend } from '../backend/backend.node';
import type { AppErrorValue } from '../../shared/ipc/errors';
import { contentSecurityPolicy, contentType, resolveStaticPath } from './static-files.node';

export interface HostOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  token: string;
  port?: number;
}

export interface RunningHost {
  port: number;
  /** Open this in a browser: the token travels in the fragment, which is never sent to a server log. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const CALL_PREFIX = '/api/call/';

function tokensMatch(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

function hostError(code: AppErrorValue['code'], messageZh: string, messageEn: string): { ok: false; error: AppErrorValue } {
  return { ok: false, error: { code, messageZh, messageEn } };
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser host: the same backend behind HTTP (one POST per contract call) and a WebSocket
 * (backend events), on 127.0.0.1 only, with a random per-run token. The Host header is checked
 * so a web page cannot reach us through DNS rebinding.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { backend, staticDir, token } = options;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, hostError('INTERNAL', '主机内部错误。', 'Internal host error.'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      res.writeHead(421).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith(CALL_PREFIX)) {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      const auth = req.headers.authorization;
      if (!tokensMatch(auth?.startsWith('Bearer ') ? auth.slice(7) : null, token)) {
        sendJson(res, 401, hostError('UNAUTHORIZED', '访问令牌无效，请使用启动时显示的地址打开。', 'Invalid access token; open the address printed at start-up.'));
        return;
      }
      const text = await readBody(req);
      if (text === null) {
        sendJson(res, 413, hostError('INVALID_INPUT', '请求过大。', 'Request too large.'));
        return;
      }
      let input: unknown;
      try {
        input = text ? (JSON.parse(text) as unknown) : {};
      } catch {
        sendJson(res, 400, hostError('INVALID_INPUT', '请求不是有效的 JSON。', 'The request is not valid JSON.'));
        return;
      }
      const name = decodeURIComponent(url.pathname.slice(CALL_PREFIX.length));
      sendJson(res, 200, await backend.call(name, input));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    await serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const target = resolveStaticPath(staticDir, pathname);
    if (!target) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer;
    let path = target;
    try {
      body = await readFile(target);
    } catch {
      // Client-side routes fall back to the app page; missing assets stay 404.
      if (pathname.startsWith('/assets/')) {
        res.writeHead(404).end();
        return;
      }
      path = resolveStaticPath(staticDir, '/index.html') as string;
      body = await readFile(path);
    }
    res.writeHead(200, {
      'content-type': contentType(path),
      'content-security-policy': contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(body);
  }

  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const originOk = origins().has(req.headers.origin ?? '');
    if (
      url.pathname !== '/api/events' ||
      !allowedHosts().has(req.headers.host ?? '') ||
      !originOk ||
      !tokensMatch(url.searchParams.get('token'), token)
    ) {
      socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const unsubscribe = backend.onEvent((event, payload) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event, payload }));
      });
      ws.on('close', (code, reason) => {
        unsubscribe();
        // 1000/1001/1005: the page went away or closed it; anything else is worth a line in the host's output.
        if (![1000, 1001, 1005].includes(code)) console.error(`event socket closed abnormally (${code}${reason.length ? `: ${reason.toString()}` : ''})`);
      });
      // Without a listener an 'error' (a reset connection, a bad frame) would be thrown and end the host.
      ws.on('error', (error) => console.error(`event socket error: ${error.message}`));
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
