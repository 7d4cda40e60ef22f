import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP relay in front of a real server that can lose answers: in `drop-answers` mode every
 * request reaches the server, but the connection is cut as soon as the answer starts, so the
 * client never learns what happened (the server did commit). The true network edge, nothing faked.
 */
export interface DropProxy {
  url: string;
  /** cut: the cable is pulled (every connection, open or new, is reset at once). */
  mode: 'pass' | 'drop-answers' | 'cut';
  /** Answers cut so far. */
  dropped: number;
  close(): Promise<void>;
}

export async function startDropProxy(target: string): Promise<DropProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const proxy: DropProxy = {
    url: '',
    mode: 'pass',
    dropped: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((client) => {
    if (proxy.mode === 'cut') {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      if (proxy.mode === 'cut') client.destroy();
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (proxy.mode === 'cut') {
        client.destroy();
        return;
      }
      if (proxy.mode === 'drop-answers') {
        proxy.dropped++;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
