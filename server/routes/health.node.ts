import type { FastifyInstance } from 'fastify';
import type { Health } from '../../shared/gateway/api';
import type { RouteContext } from './context';

export function healthRoute(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/v1/health', { config: { rateLimit: false } }, async (): Promise<Health> => ({
    ok: true,
    service: 'clearway-gateway',
    version: ctx.version,
    time: new Date(ctx.realNow()).toISOString(),
  }));
}
