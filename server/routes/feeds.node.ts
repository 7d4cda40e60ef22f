import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FeedQuerySchema, type FeedMilestone, type FeedReceipt } from '../../shared/gateway/api';
import { invalidRequest, sendError } from '../errors.node';
import type { RouteContext } from './context';
import { requireCaller } from './require-caller.node';

/**
 * An AbortSignal that fires when the client goes away, so a waiting request stops at once. The
 * response's 'close' fires on a dropped connection (and, harmlessly, after the answer is sent).
 */
function closedSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => controller.abort());
  return controller.signal;
}

/** Long-poll: answer at once when there is something, else wait up to waitMs for the first item. */
async function longPoll<T>(ctx: RouteContext, read: () => Promise<T[]>, waitMs: number, signal: AbortSignal): Promise<T[]> {
  const deadline = ctx.realNow() + waitMs;
  for (;;) {
    const items = await read();
    const left = deadline - ctx.realNow();
    if (items.length > 0 || left <= 0 || signal.aborted) return items;
    await ctx.notifier.wait(Math.min(left, ctx.pollMs), signal);
  }
}

function lastCursor(items: { cursor: string }[], after: string): string {
  return items.length ? (items[items.length - 1]?.cursor ?? after) : after;
}

export function feedRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/v1/receipts', async (request, reply) => {
    const caller = await requireCaller(ctx, request, reply);
    if (!caller) return reply;
    const query = FeedQuerySchema.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, invalidRequest(query.error));
    const { after, limit, waitMs } = query.data;
    const receipts = await longPoll(ctx, () => ctx.storage.receiptsAfter(caller.enterprise.id, after, limit), waitMs, closedSignal(reply));
    return reply.send({ receipts, nextCursor: lastCursor(receipts, after) });
  });

  app.get('/v1/milestones', async (request, reply) => {
    const caller = await requireCaller(ctx, request, reply);
    if (!caller) return reply;
    const query = FeedQuerySchema.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, invalidRequest(query.error));
    const { after, limit, waitMs } = query.data;
    const milestones: FeedMilestone[] = await longPoll(ctx, () => ctx.storage.milestonesAfter(caller.enterprise.id, after, limit), waitMs, closedSignal(reply));
    return reply.send({ milestones, nextCursor: lastCursor(milestones, after) });
  });

  app.get('/v1/receipts/stream', async (request, reply) => {
    const caller = await requireCaller(ctx, request, reply);
    if (!caller) return reply;
    const lastEventId = request.headers['last-event-id'];
    const query = FeedQuerySchema.safeParse({ ...(request.query as object), ...(typeof lastEventId === 'string' && lastEventId ? { after: lastEventId } : {}) });
    if (!query.success) return sendError(reply, 400, invalidRequest(query.error));
    await stream(ctx, request, reply, (after) => ctx.storage.receiptsAfter(caller.enterprise.id, after, 200), query.data.after);
    return reply;
  });
}

/**
 * Server-sent events: `id:` is the cursor (the browser's EventSource resends it as
 * Last-Event-ID on reconnect), `event: receipt`, data one FeedReceipt. A comment line every 15 s
 * keeps proxies from closing an idle stream.
 */
async function stream(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, read: (after: string) => Promise<FeedReceipt[]>, from: string): Promise<void> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 2000\n\n');
  const signal = closedSignal(reply);
  let after = from;
  let lastWrite = ctx.realNow();
  while (!signal.aborted) {
    const receipts = await read(after).catch((error: unknown) => {
      request.log.warn({ err: error }, 'receipt stream read failed');
      return [];
    });
    for (const r of receipts) {
      raw.write(`id: ${r.cursor}\nevent: receipt\ndata: ${JSON.stringify(r)}\n\n`);
      after = r.cursor;
      lastWrite = ctx.realNow();
    }
    if (receipts.length > 0) continue;
    if (ctx.realNow() - lastWrite > 15_000) {
      raw.write(': keep-alive\n\n');
      lastWrite = ctx.realNow();
    }
    await ctx.notifier.wait(ctx.pollMs, signal);
  }
  raw.end();
}
