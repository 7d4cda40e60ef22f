import type { FastifyInstance } from 'fastify';
import { IdempotencyKey, idempotencyKeyOf, SubmissionSchema } from '../../shared/gateway/api';
import { errorBody, invalidRequest, sendError } from '../errors.node';
import { resultOf, submit } from '../submissions/submit.node';
import type { RouteContext } from './context';
import { requireCaller } from './require-caller.node';

export function submissionRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post('/v1/submissions', async (request, reply) => {
    const caller = await requireCaller(ctx, request, reply);
    if (!caller) return reply;
    const parsed = SubmissionSchema.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, invalidRequest(parsed.error));
    const body = parsed.data;
    if (body.idempotencyKey !== idempotencyKeyOf(body.clientSeqNo, body.revision)) {
      return sendError(
        reply,
        400,
        errorBody('INVALID_REQUEST', '幂等键必须是 ClientSeqNo:版本号。', 'The idempotency key must be <ClientSeqNo>:<revision>.', 'idempotencyKey'),
      );
    }
    const outcome = await submit(ctx.submitDeps, caller, body);
    const what = outcome.status === 409 ? 'key-reused' : outcome.status === 200 ? 'replayed' : outcome.result.status;
    await ctx.storage.audit(
      { actor: `device:${caller.deviceId}`, action: 'submission.create', outcome: what, enterpriseId: caller.enterprise.id, deviceId: caller.deviceId, target: body.idempotencyKey },
      new Date(ctx.realNow()).toISOString(),
    );
    request.log.info({ key: body.idempotencyKey, enterprise: caller.enterprise.id, outcome: what }, 'submission');
    if (outcome.status === 409) return sendError(reply, 409, outcome.error);
    return reply.code(outcome.status).send(outcome.result);
  });

  app.get<{ Params: { key: string } }>('/v1/submissions/:key', async (request, reply) => {
    const caller = await requireCaller(ctx, request, reply);
    if (!caller) return reply;
    const key = IdempotencyKey.safeParse(request.params.key);
    if (!key.success) return sendError(reply, 400, invalidRequest(key.error));
    const stored = await ctx.storage.findSubmission(caller.enterprise.id, key.data);
    // Another enterprise's key is simply unknown here: 404, not 403, so keys cannot be probed.
    if (!stored) return sendError(reply, 404, errorBody('NOT_FOUND', `没有幂等键为 ${key.data} 的申报。`, `No submission with idempotency key ${key.data}.`, 'idempotencyKey'));
    return reply.send(resultOf(stored, true));
  });
}
