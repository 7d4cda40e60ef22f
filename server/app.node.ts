import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { ReferenceData } from '../shared/rules/engine';
import { tokenHash, bearerOf } from './auth.node';
import { handleError, errorBody, sendError } from './errors.node';
import { FeedNotifier } from './notifier.node';
import { loadReferenceData, findSeedsDir } from './reference-data.node';
import type { RouteContext } from './routes/context';
import { feedRoutes } from './routes/feeds.node';
import { healthRoute } from './routes/health.node';
import { submissionRoutes } from './routes/submissions.node';
import { updateRoutes } from './routes/updates.node';
import { defaultSimulatorConfig, type SimulatorConfig } from './simulator/config';
import { Publisher } from './simulator/publisher.node';
import { SimClock } from './simulator/sim-clock.node';
import { checkAttachments } from './submissions/signatures.node';
import type { GatewayStorage } from './storage/storage';

/** 20 MB: a declaration with a few dozen signed one-page PDFs, base64-encoded, fits with room. */
export const DEFAULT_BODY_LIMIT = 20 * 1024 * 1024;
/** Per device token per minute; a desktop syncing a thousand declarations stays well inside. */
export const DEFAULT_RATE_LIMIT = 6000;

export interface GatewayOptions {
  storage: GatewayStorage;
  /** Simulator seed: the same seed and submissions give the same receipts. */
  seed?: string;
  /** Simulated ms per real ms; omitted keeps the stored clock (1 on first start). */
  speed?: number;
  simulator?: SimulatorConfig;
  /** Reference data for the rules; default: the seeds/ folder. */
  refs?: ReferenceData;
  realNow?: () => number;
  bodyLimit?: number;
  rateLimitPerMinute?: number;
  logger?: FastifyServerOptions['logger'];
  https?: { cert: Buffer; key: Buffer } | null;
  publishIntervalMs?: number;
  pollMs?: number;
  version?: string;
  /** Where publish-update puts each enterprise's update files (<data>/updates); null: the route finds nothing. */
  updatesDir?: string | null;
}

export interface Gateway {
  app: FastifyInstance;
  clock: SimClock;
  publisher: Publisher;
  /** Starts listening and the publisher; resolves to the base URL. */
  listen(port: number, host: string): Promise<string>;
  /** Stops the publisher, closes open requests and the storage (once; later calls wait for it). */
  close(): Promise<void>;
}

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const realNow = options.realNow ?? Date.now;
  const storage = options.storage;
  const clock = await SimClock.open(storage, realNow, options.speed);
  const notifier = new FeedNotifier();
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ...(options.https ? { https: options.https } : {}),
    // Long-polls and streams close promptly on shutdown.
    forceCloseConnections: true,
  }) as unknown as FastifyInstance;
  const ctx: RouteContext = {
    storage,
    notifier,
    realNow,
    version: options.version ?? '0.0.0',
    pollMs: options.pollMs ?? 250,
    submitDeps: {
      storage,
      refs: options.refs ?? loadReferenceData(findSeedsDir()),
      simulator: options.simulator ?? defaultSimulatorConfig,
      seed: options.seed ?? '1',
      clock,
      realNow,
      checkAttachments,
    },
  };
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, errorBody('NOT_FOUND', `没有这个接口：${request.method} ${request.url}`, `No such endpoint: ${request.method} ${request.url}`)));
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT,
    timeWindow: 60_000,
    // Per device token (hashed: the limiter's keys are not secrets); anonymous calls per address.
    keyGenerator: (request) => {
      const token = bearerOf(request);
      return token ? `t:${tokenHash(token)}` : `ip:${request.ip}`;
    },
  });
  healthRoute(app, ctx);
  submissionRoutes(app, ctx);
  feedRoutes(app, ctx);
  updateRoutes(app, options.updatesDir ?? null);

  let closing: Promise<void> | null = null;
  const publisher = new Publisher(storage, clock, notifier, realNow, app.log, options.publishIntervalMs ?? 100);
  return {
    app,
    clock,
    publisher,
    async listen(port, host) {
      await app.listen({ port, host });
      publisher.start();
      const address = app.server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      return `${options.https ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${bound}`;
    },
    close() {
      closing ??= (async () => {
        await publisher.stop();
        await app.close();
        await storage.close();
      })();
      return closing;
    },
  };
}
