import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import type { GatewayErrorBody, GatewayErrorCode } from '../shared/gateway/api';

/** Every failure the gateway answers is a GatewayErrorBody with both languages. */
export function errorBody(code: GatewayErrorCode, messageZh: string, messageEn: string, field?: string): GatewayErrorBody {
  return { error: field ? { code, messageZh, messageEn, field } : { code, messageZh, messageEn } };
}

export function sendError(reply: FastifyReply, status: number, body: GatewayErrorBody): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function invalidRequest(error: ZodError): GatewayErrorBody {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || undefined;
  return errorBody('INVALID_REQUEST', `请求字段 ${field ?? ''} 无效：${issue?.message ?? ''}`, `Request field ${field ?? ''} is invalid: ${issue?.message ?? ''}`, field);
}

/** Fastify's own failures (body too large, bad JSON, rate limit) in the gateway's shape. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ZodError) return sendError(reply, 400, invalidRequest(error));
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 413) return sendError(reply, 413, errorBody('PAYLOAD_TOO_LARGE', '请求体过大。', 'The request body is too large.'));
  if (status === 429) return sendError(reply, 429, errorBody('RATE_LIMITED', '请求过于频繁，请稍后再试。', 'Too many requests; try again shortly.'));
  if (status >= 400 && status < 500) {
    return sendError(reply, status, errorBody('INVALID_REQUEST', `请求无效：${error.message}`, `Invalid request: ${error.message}`));
  }
  request.log.error({ err: error }, 'unhandled gateway error');
  return sendError(reply, 500, errorBody('INTERNAL', '网关内部错误。', 'Internal gateway error.'));
}
