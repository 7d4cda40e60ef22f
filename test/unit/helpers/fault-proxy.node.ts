import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { mulberry32 } from '../../../server/simulator/random';

/**
 * A real TCP proxy on 127.0.0.1 between HTTP clients and a server, injecting network faults.
 *
 * Faults are decided per exchange (one request and its response). HTTP/1.1 clients do not
 * pipeline, so on one connection the bytes alternate: request bytes from the client, then response
 * bytes from the server, then the next request. A client chunk after response bytes starts a new
 * exchange. That is enough to fault every request on a kept-alive connection, not only the first.
 *
 *   pass            forward both ways untouched
 *   reset-before    reset the client's connection before any byte of the request reaches the server
 *   reset-after     forward the request, wait for the server's first response byte (so the server has
 *                   finished, e.g. committed), then reset the client's connection: it never hears
 *   drop-response   forward the request, swallow the response, hold the connection `ms`, then close it
 *   delay           hold the response (or the request, with side: 'request') `ms`, then pass
 */
export type FaultPlan =
  | { kind: 'pass' }
  | { kind: 'reset-before' }
  | { kind: 'reset-after' }
  | { kind: 'drop-response'; ms: number }
  | { kind: 'delay'; ms: number; side?: 'request' | 'response' };
export type FaultKind = FaultPlan['kind'];

export interface ExchangeInfo {
  /** 0-based index of the connection on this proxy. */
  connection: number;
  /** 0-based index of the exchange on its connection. */
  exchangeOnConnection: number;
  /** 0-based index of the exchange on this proxy. */
  exchange: number;
  /** The request line (`POST /v1/submissions HTTP/1.1`) when the first chunk holds it, else ''. */
  requestLine: string;
}

export interface RandomFaults {
  seed: number;
  /** Relative weights; kinds left out never happen. */
  weights: Partial<Record<FaultKind, number>>;
  /** Range of `ms` for delay and drop-response. */
  delayMs?: [number, number];
  dropHoldMs?: [number, number];
  /** Which exchanges may be faulted (default all); the others pass. */
  applies?: (exchange: ExchangeInfo) => boolean;
}

export type FaultSource = FaultPlan[] | RandomFaults | ((exchange: ExchangeInfo) => FaultPlan);

export interface FaultProxyOptions {
  target: { host?: string; port: number };
  /** A script consumed in order (then pass), a seeded random mix, or a function. Default: pass. */
  faults?: FaultSource;
  /** Listen on this port (default 0: any free port). */
  port?: number;
}

export type FaultCounts = Record<FaultKind, number> & {
  connections: number;
  exchanges: number;
  /** Connections the proxy could not open to the target (server down): the client was reset. */
  upstreamRefused: number;
  /** Client connections cut because the proxy was offline (open ones when it went offline, new ones while it was). */
  offlineCuts: number;
};

export function faultPicker(source: FaultSource | undefined): (exchange: ExchangeInfo) => FaultPlan {
  if (source === undefined) return () => ({ kind: 'pass' });
  if (typeof source === 'function') return source;
  if (Array.isArray(source)) {
    const script = [...source];
    return () => script.shift() ?? { kind: 'pass' };
  }
  const random = mulberry32(source.seed);
  const entries = Object.entries(source.weights).filter(([, w]) => (w ?? 0) > 0) as [FaultKind, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const between = ([min, max]: [number, number]) => Math.round(min + random() * (max - min));
  return (exchange) => {
    if (source.applies && !source.applies(exchange)) return { kind: 'pass' };
    let roll = random() * total;
    let kind: FaultKind = 'pass';
    for (const [k, w] of entries) {
      roll -= w;
      if (roll < 0) {
        kind = k;
        break;
      }
    }
    if (kind === 'delay') return { kind, ms: between(source.delayMs ?? [50, 300]) };
    if (kind === 'drop-response') return { kind, ms: between(source.dropHoldMs ?? [50, 300]) };
    return { kind };
  };
}

function requestLineOf(chunk: Buffer): string {
  const head = chunk.subarray(0, 200).toString('latin1');
  const end = head.indexOf('\r\n');
  return end > 0 ? head.slice(0, end) : '';
}

export class FaultProxy {
  readonly counts: FaultCounts = {
    pass: 0,
    'reset-before': 0,
    'reset-after': 0,
    'drop-response': 0,
    delay: 0,
    connections: 0,
    exchanges: 0,
    upstreamRefused: 0,
    offlineCuts: 0,
  };
  /** Every decision in order, for a failing run's report. */
  readonly log: { exchange: ExchangeInfo; plan: FaultPlan }[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  /** The client side of each open connection (a subset of `sockets`): what offlineCuts counts. */
  private readonly clients = new Set<Socket>();
  private pick: (exchange: ExchangeInfo) => FaultPlan;
  private offline = false;
  private exchangeCount = 0;

  private constructor(private readonly options: FaultProxyOptions) {
    this.pick = faultPicker(options.faults);
    this.server = createServer((client) => this.handle(client));
  }

  static async start(options: FaultProxyOptions): Promise<FaultProxy> {
    const proxy = new FaultProxy(options);
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Replaces the fault source (e.g. a calm phase after a stormy one). */
  setFaults(source: FaultSource | undefined): void {
    this.pick = faultPicker(source);
  }

  /** The network cable: offline cuts every open connection and resets every new one. */
  setOffline(offline: boolean): void {
    this.offline = offline;
    if (offline) {
      // Counted per client connection, not per socket: whether the upstream half is still open at
      // this instant is a race, and the count must not depend on it.
      for (const client of this.clients) if (!client.destroyed) this.counts.offlineCuts++;
      for (const socket of this.sockets) socket.resetAndDestroy();
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    // A reset peer is the point of this proxy; the error must not crash the test process.
    socket.on('error', () => {});
  }

  private handle(client: Socket): void {
    const connection = this.counts.connections++;
    this.track(client);
    this.clients.add(client);
    client.on('close', () => this.clients.delete(client));
    if (this.offline) {
      this.counts.offlineCuts++;
      client.resetAndDestroy();
      return;
    }
    let upstream: Socket | null = null;
    let exchangeOnConnection = 0;
    let plan: FaultPlan = { kind: 'pass' };
    /** Whether the server has sent bytes since the client last did: the next client chunk starts an exchange. */
    let responding = true;
    let responseStarted = false;
    let requestHold: Buffer[] | null = null;
    let responseHold: Buffer[] | null = null;
    let dropping = false;
    let upstreamClosed = false;

    const cut = (reset: boolean) => {
      if (reset) client.resetAndDestroy();
      else client.destroy();
      upstream?.destroy();
    };

    const openUpstream = (): Socket => {
      const socket = createConnection({ host: this.options.target.host ?? '127.0.0.1', port: this.options.target.port });
      this.track(socket);
      let connected = false;
      socket.on('connect', () => (connected = true));
      socket.on('error', () => {
        if (!connected) this.counts.upstreamRefused++;
        if (!client.destroyed) client.resetAndDestroy();
      });
      socket.on('close', () => {
        upstreamClosed = true;
        if (!client.destroyed && !dropping && !responseHold) client.end();
      });
      socket.on('data', (chunk: Buffer) => onResponse(chunk));
      return socket;
    };

    const onResponse = (chunk: Buffer) => {
      responding = true;
      const first = !responseStarted;
      responseStarted = true;
      if (plan.kind === 'reset-after') {
        cut(true);
        return;
      }
      if (dropping) return;
      if (responseHold) {
        responseHold.push(chunk);
        return;
      }
      if (first && plan.kind === 'delay' && (plan.side ?? 'response') === 'response') {
        responseHold = [chunk];
        setTimeout(() => {
          const held = responseHold ?? [];
          responseHold = null;
          if (client.destroyed) return;
          for (const c of held) client.write(c);
          if (upstreamClosed) client.end();
        }, plan.ms);
        return;
      }
      client.write(chunk);
    };

    client.on('data', (chunk: Buffer) => {
      if (responding) {
        responding = false;
        responseStarted = false;
        const exchange: ExchangeInfo = {
          connection,
          exchangeOnConnection: exchangeOnConnection++,
          exchange: this.exchangeCount++,
          requestLine: requestLineOf(chunk),
        };
        plan = this.pick(exchange);
        this.counts.exchanges++;
        this.counts[plan.kind]++;
        this.log.push({ exchange, plan });
        if (plan.kind === 'reset-before') {
          cut(true);
          return;
        }
        if (plan.kind === 'drop-response') {
          dropping = true;
          const hold = plan.ms;
          setTimeout(() => cut(false), hold);
        }
        if (plan.kind === 'delay' && plan.side === 'request') {
          requestHold = [];
          setTimeout(() => {
            const held = requestHold ?? [];
            requestHold = null;
            if (!upstream?.destroyed) for (const c of held) upstream?.write(c);
          }, plan.ms);
        }
      }
      upstream ??= openUpstream();
      if (requestHold) requestHold.push(chunk);
      else upstream.write(chunk);
    });
    client.on('end', () => {
      if (!requestHold) upstream?.end();
    });
    client.on('close', () => upstream?.destroy());
  }
}
