import { buildRawApi, unwrapApi, type ClearwayApi } from '../../../shared/ipc/api';
import { alwaysOnline, type ConnectionStatus } from './connection';
import { electronRawApi } from './electron-bridge';
import { HostEventSocket } from './host-events';
import { createHostInvoke, createHostUnloadFlush, type FlushOnUnload } from './host-invoke';
import { takeHostToken } from './host-token';

export type Transport =
  | { kind: 'electron'; api: ClearwayApi; connection: ConnectionStatus }
  | { kind: 'browser'; api: ClearwayApi; connection: ConnectionStatus; flushOnUnload: FlushOnUnload }
  | { kind: 'no-token' };

/** Electron when the preload exposed `window.clearway`; otherwise the browser host, if we hold its token. */
export function detectTransport(): Transport {
  const electron = electronRawApi();
  if (electron) return { kind: 'electron', api: unwrapApi(electron), connection: alwaysOnline };

  const token = takeHostToken();
  if (!token) return { kind: 'no-token' };
  const socket = new HostEventSocket(token);
  socket.start();
  const raw = buildRawApi(createHostInvoke(token), socket.subscribe);
  return {
    kind: 'browser',
    api: unwrapApi(raw),
    connection: { isOnline: () => socket.isOnline(), onChange: (listener) => socket.onConnectionChange(listener) },
    flushOnUnload: createHostUnloadFlush(token),
  };
}
