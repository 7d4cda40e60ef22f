import type { Invoke } from '../../../shared/ipc/api';
import type { CallInput, CallName } from '../../../shared/ipc/contract';
import { CallResultSchema, type CallResult } from '../../../shared/ipc/errors';
import { badHostResponse, hostUnreachable } from './transport-errors';

function callUrl(name: CallName): string {
  return `/api/call/${encodeURIComponent(name)}`;
}

function requestInit(token: string, input: unknown): RequestInit {
  return {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  };
}

/** One POST per contract call; network failures become error values, never rejections. */
export function createHostInvoke(token: string): Invoke {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(callUrl(name), requestInit(token, input));
    } catch {
      return { ok: false, error: hostUnreachable() };
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { ok: false, error: badHostResponse(response.status) };
    }
    const parsed = CallResultSchema.safeParse(json);
    if (!parsed.success) return { ok: false, error: badHostResponse(response.status) };
    return parsed.data as CallResult<unknown>;
  };
}

/** keepalive requests share a 64 KiB budget per page; stay safely under it. */
export const KEEPALIVE_BODY_LIMIT = 60 * 1024;

export type FlushOnUnload = <K extends CallName>(name: K, input: CallInput<K>) => boolean;

/**
 * Sends a call that must survive the page going away (fetch with keepalive). Returns false
 * when the body is too large for keepalive, so the caller can ask the browser to prompt.
 */
export function createHostUnloadFlush(token: string): FlushOnUnload {
  return (name, input) => {
    const init = requestInit(token, input);
    const size = new TextEncoder().encode(String(init.body)).length;
    if (size >= KEEPALIVE_BODY_LIMIT) return false;
    fetch(callUrl(name), { ...init, keepalive: true }).catch(() => undefined);
    return true;
  };
}
