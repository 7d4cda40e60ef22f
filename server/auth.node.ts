import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Caller, GatewayStorage } from './storage/storage';

/**
 * Device tokens: 32 random bytes, shown once at enrolment; the database keeps only their
 * SHA-256, so a copied database does not leak working tokens.
 */
export function newDeviceToken(): string {
  return `cwg_${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

export async function callerOf(storage: GatewayStorage, request: FastifyRequest): Promise<Caller | null> {
  const token = bearerOf(request);
  return token ? storage.callerByTokenHash(tokenHash(token)) : null;
}
