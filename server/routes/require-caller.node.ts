import type { FastifyReply, FastifyRequest } from 'fastify';
import { callerOf } from '../auth.node';
import { errorBody, sendError } from '../errors.node';
import type { Caller } from '../storage/storage';
import type { RouteContext } from './context';

/** The device behind the bearer token, or a 401 already sent (and audited). */
export async function requireCaller(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply): Promise<Caller | null> {
  const caller = await callerOf(ctx.storage, request);
  if (caller) return caller;
  await ctx.storage.audit({ actor: `ip:${request.ip}`, action: `${request.method} ${request.routeOptions.url ?? request.url}`, outcome: 'unauthorized' }, new Date(ctx.realNow()).toISOString());
  sendError(reply, 401, errorBody('UNAUTHORIZED', '缺少或无效的设备令牌。', 'Missing or invalid device token.'));
  return null;
}
