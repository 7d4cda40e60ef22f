import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { AppErrorValue, CallResult } from '../../shared/ipc/errors';
import { isResponse, parseChildMessage, type PortLike, type RequestMessage } from '../backend/utility-protocol';

export type BackendEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What a caller gets for a call that was in flight when the backend process died. */
export function backendGoneError(reason: string): AppErrorValue {
  return {
    code: 'INTERNAL',
    messageZh: '后台服务意外停止，本次操作可能未完成；服务正在重新启动，请稍后重试。',
    messageEn: 'The backend stopped unexpectedly and this operation may not have completed. It is restarting; please try again.',
    details: { reason },
  };
}

/**
 * Main's side of one backend connection: numbers each request, keeps a pending map by id,
 * resolves it from the matching response, and hands events to the listener. Never rejects:
 * a dead port resolves every pending call to an INTERNAL error value.
 */
export class BackendClient {
  private nextId = 1;
  private readonly pending = new Map<number, (result: CallResult<unknown>) => void>();
  private closed = false;

  constructor(
    private readonly port: PortLike,
    private readonly onEvent: BackendEventListener,
  ) {
    port.onMessage((data) => this.receive(data));
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  call(name: string, input: unknown): Promise<CallResult<unknown>> {
    if (this.closed) return Promise.resolve({ ok: false, error: backendGoneError('connection closed') });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const request: RequestMessage = { id, name, input };
      try {
        this.port.postMessage(request);
      } catch (error) {
        // Input that cannot be structured-cloned (a function, say) or a closed port.
        this.pending.delete(id);
        resolve({ ok: false, error: backendGoneError(error instanceof Error ? error.message : String(error)) });
      }
    });
  }

  /** Resolves every pending call with `error` and refuses new ones; the port is closed. */
  failAll(error: AppErrorValue): void {
    this.closed = true;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve({ ok: false, error });
    try {
      this.port.close();
    } catch {
      // Already closed.
    }
  }

  private receive(data: unknown): void {
    const message = parseChildMessage(data);
    if (!message) {
      console.error('[clearway main] ignored a malformed message from the backend');
      return;
    }
    if (isResponse(message)) {
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve?.(message.result);
      return;
    }
    this.onEvent(message.event, message.payload);
  }
}
