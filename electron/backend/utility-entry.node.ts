import { Backend } from './backend.node';
import {
  fromElectronPort,
  parseParentMessage,
  parseRequest,
  type ElectronPortLike,
  type EventMessage,
  type InitMessage,
  type PortLike,
  type ResponseMessage,
} from './utility-protocol';

/**
 * The backend side of the Electron utilityProcess (bundled to dist/electron/backend.cjs).
 * Everything here is plain Node so the tests run it against a real Backend over a
 * worker_threads MessageChannel; only the last lines touch `process.parentPort`.
 */

type ServedBackend = Pick<Backend, 'call' | 'onEvent'>;

/** Answers every request on `port` and pushes every backend event. Returns a stop function. */
export function serveBackend(port: PortLike, backend: ServedBackend): () => void {
  let open = true;
  const send = (message: ResponseMessage | EventMessage): void => {
    if (!open) return;
    try {
      port.postMessage(message);
    } catch {
      // The port is gone (main quit or restarted us): nobody is left to answer.
    }
  };
  const unsubscribe = backend.onEvent((event, payload) => send({ event, payload } as EventMessage));
  port.onMessage((data) => {
    const request = parseRequest(data);
    if (!request) {
      console.error('[clearway backend] ignored a malformed request');
      return;
    }
    // Backend.call never rejects: failures come back as typed error values.
    void backend.call(request.name, request.input).then((result) => send({ id: request.id, result }));
  });
  return () => {
    open = false;
    unsubscribe();
  };
}

export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown; ports: readonly ElectronPortLike[] }) => void): unknown;
}

export interface UtilityOptions {
  exit: (code: number) => void;
  createBackend?: (init: InitMessage) => Backend;
}

/**
 * Waits for `init` (carrying the request port), serves one Backend on it, and closes the
 * database cleanly on `shutdown` or when main's end of the port goes away.
 */
export function runUtilityProcess(parentPort: ParentPortLike, options: UtilityOptions): void {
  const createBackend =
    options.createBackend ??
    ((init) =>
      new Backend({ profileDir: init.profileDir, version: init.version, log: 'profile', warmUp: true, marksProfileInUse: true, dataKey: init.dataKey ? new Uint8Array(Buffer.from(init.dataKey, 'base64')) : null }));
  let backend: Backend | null = null;
  let stopServing = (): void => undefined;
  let finished = false;

  const finish = (code: number): void => {
    if (finished) return;
    finished = true;
    stopServing();
    backend?.close();
    backend = null;
    options.exit(code);
  };

  parentPort.on('message', ({ data, ports }) => {
    const message = parseParentMessage(data);
    if (!message) return;
    if (message.type === 'shutdown') return finish(0);
    if (backend || finished) return; // one init per process; main forks a new process to restart
    const raw = ports[0];
    if (!raw) return finish(1);
    const port = fromElectronPort(raw);
    backend = createBackend(message);
    stopServing = serveBackend(port, backend);
    port.onClose(() => finish(0));
    raw.start(); // MessagePortMain queues until started, so no request sent before this is lost
  });
}

// Inside Electron's utilityProcess `process.parentPort` exists; under plain Node (tests,
// bundling checks) it does not, and importing this file starts nothing.
const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (parentPort) runUtilityProcess(parentPort, { exit: (code) => process.exit(code) });
