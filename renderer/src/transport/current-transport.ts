import type { ClearwayApi } from '../../../shared/ipc/api';
import type { Transport } from './detect-transport';

export type ReadyTransport = Exclude<Transport, { kind: 'no-token' }>;

let installed: ReadyTransport | null = null;

/** Set once at start-up; stores and views reach the backend through here, never directly. */
export function installTransport(transport: ReadyTransport): void {
  installed = transport;
}

export function currentTransport(): ReadyTransport {
  if (!installed) throw new Error('transport used before start-up installed it');
  return installed;
}

export function api(): ClearwayApi {
  return currentTransport().api;
}
