import { buildRawApi, type EventSubscribe, type RawApi } from '../../shared/ipc/api';
import type { CallResult } from '../../shared/ipc/errors';
import { CALL_CHANNEL, EVENT_CHANNEL, type EventEnvelope } from './ipc-channels';

/** The part of Electron's renderer-side IPC the bridge uses (injected so this file stays testable). */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * `window.clearway`: one named function per contract call and `on` for events. There is no
 * generic invoke, the channel names never reach the page, and the IPC event object (which
 * carries the sender) is dropped before a handler sees anything.
 */
export function createBridge(ipc: RendererIpc): RawApi {
  const on: EventSubscribe = (event, handler) => {
    const listener = (_event: unknown, envelope: unknown): void => {
      const message = envelope as EventEnvelope | undefined;
      if (message && message.event === event) handler(message.payload as Parameters<typeof handler>[0]);
    };
    ipc.on(EVENT_CHANNEL, listener);
    return () => void ipc.removeListener(EVENT_CHANNEL, listener);
  };
  return buildRawApi((name, input) => ipc.invoke(CALL_CHANNEL, name, input) as Promise<CallResult<unknown>>, on);
}
