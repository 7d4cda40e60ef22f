import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { AppErrorValue, CallResult } from '../../shared/ipc/errors';
import type { InitMessage, PortLike } from '../backend/utility-protocol';
import { BackendClient, backendGoneError, type BackendEventListener } from './backend-client';
import { defaultRestartPolicy, nextRestart, type RestartPolicy } from './restart-policy';

/** One running backend process, as the Electron side (backend-process.main.ts) launches it. */
export interface LaunchedBackend {
  /** Main's end of the request channel; the other end went to the child with `init`. */
  port: PortLike;
  /** Ask the child to close the database and exit. */
  shutdown(): void;
  kill(): void;
  onExit(listener: (code: number) => void): void;
}

export type LaunchBackend = (init: InitMessage) => LaunchedBackend;

export interface SupervisorOptions {
  launch: LaunchBackend;
  init: InitMessage;
  policy?: RestartPolicy;
  now?: () => number;
  schedule?: (run: () => void, ms: number) => () => void;
  log?: (line: string) => void;
}

type State = 'idle' | 'running' | 'restarting' | 'failed' | 'stopping' | 'stopped';

interface Connection {
  launched: LaunchedBackend;
  client: BackendClient;
}

const cannotStart: AppErrorValue = {
  code: 'INTERNAL',
  messageZh: '后台服务多次启动失败，请关闭并重新打开清关通；如仍失败，请联系技术支持。',
  messageEn: 'The backend failed to start several times. Close and reopen Clearway; if it still fails, contact support.',
};

const closing: AppErrorValue = {
  code: 'INTERNAL',
  messageZh: '清关通正在退出，操作未执行。',
  messageEn: 'Clearway is closing; the operation was not carried out.',
};

const defaultSchedule = (run: () => void, ms: number): (() => void) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * Keeps one backend process alive for main: forwards calls to the current connection, queues
 * them while a crashed backend restarts, resolves in-flight calls of a dead one to INTERNAL,
 * and stops restarting after a crash loop. Pure (no Electron): launching is injected.
 */
export class BackendSupervisor {
  private state: State = 'idle';
  private current: Connection | null = null;
  private waiting: Array<{ name: string; input: unknown; resolve: (result: CallResult<unknown>) => void }> = [];
  private crashTimes: number[] = [];
  private cancelRestart: (() => void) | null = null;
  private stopped: (() => void) | null = null;
  private stopping: Promise<void> | null = null;
  private init: InitMessage;
  private readonly listeners = new Set<BackendEventListener>();
  private readonly schedule: NonNullable<SupervisorOptions['schedule']>;
  private readonly now: () => number;
  private readonly log: (line: string) => void;

  constructor(private readonly options: SupervisorOptions) {
    this.init = options.init;
    this.schedule = options.schedule ?? defaultSchedule;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((line) => console.error(line));
  }

  get status(): State {
    return this.state;
  }

  start(): void {
    if (this.state === 'idle') this.spawn();
  }

  /** The signing data key, sent with every (re)start's init; set before start(). */
  setDataKey(dataKey: string | undefined): void {
    this.init = dataKey ? { ...this.init, dataKey } : this.init;
  }

  call(name: string, input: unknown): Promise<CallResult<unknown>> {
    switch (this.state) {
      case 'running':
        return this.forward(name, input);
      case 'idle':
      case 'restarting':
        return new Promise((resolve) => this.waiting.push({ name, input, resolve }));
      case 'failed':
        return Promise.resolve({ ok: false, error: cannotStart });
      case 'stopping':
      case 'stopped':
        return Promise.resolve({ ok: false, error: closing });
    }
  }

  onEvent(listener: BackendEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Graceful stop for quitting: ask the child to close the database; kill it after `timeoutMs`. */
  stop(timeoutMs = 3_000): Promise<void> {
    this.stopping ??= this.stopNow(timeoutMs);
    return this.stopping;
  }

  private stopNow(timeoutMs: number): Promise<void> {
    this.cancelRestart?.();
    this.cancelRestart = null;
    this.failWaiting(closing);
    const connection = this.current;
    if (!connection || this.state === 'stopped') {
      this.state = 'stopped';
      return Promise.resolve();
    }
    this.state = 'stopping';
    return new Promise((resolve) => {
      let cancelTimer = this.schedule(() => {
        connection.launched.kill();
        // Quitting must never hang on a child whose exit is never reported.
        cancelTimer = this.schedule(() => this.exited(connection, -1), timeoutMs);
      }, timeoutMs);
      this.stopped = () => {
        cancelTimer();
        resolve();
      };
      connection.launched.shutdown();
    });
  }

  private async forward(name: string, input: unknown): Promise<CallResult<unknown>> {
    const connection = this.current as Connection;
    const result = await connection.client.call(name, input);
    // A restarted backend must reopen the folder the person switched to, not the start-up one.
    if (name === 'profile.useFolder' && result.ok) {
      const dir = (result.value as { profileDir?: unknown }).profileDir;
      if (typeof dir === 'string' && dir) this.init = { ...this.init, profileDir: dir };
    }
    return result;
  }

  private spawn(): void {
    let launched: LaunchedBackend;
    try {
      launched = this.options.launch(this.init);
    } catch (error) {
      this.log(`[clearway main] backend launch failed: ${error instanceof Error ? error.message : String(error)}`);
      this.crashed('launch failed');
      return;
    }
    const connection: Connection = { launched, client: new BackendClient(launched.port, (e, p) => this.emit(e, p)) };
    this.current = connection;
    this.state = 'running';
    launched.onExit((code) => this.exited(connection, code));
    const queued = this.waiting.splice(0);
    for (const { name, input, resolve } of queued) void this.forward(name, input).then(resolve);
  }

  private exited(connection: Connection, code: number): void {
    if (this.current !== connection) return;
    this.current = null;
    if (this.state === 'stopping' || this.state === 'stopped') {
      connection.client.failAll(closing);
      this.state = 'stopped';
      this.stopped?.();
      this.stopped = null;
      return;
    }
    this.log(`[clearway main] backend exited unexpectedly (code ${code})`);
    connection.client.failAll(backendGoneError(`exit code ${code}`));
    this.crashed(`exit code ${code}`);
  }

  private crashed(reason: string): void {
    const decision = nextRestart(this.crashTimes, this.now(), this.options.policy ?? defaultRestartPolicy);
    this.crashTimes = decision.recent;
    if (decision.delayMs === null) {
      this.log(`[clearway main] backend keeps failing (${reason}); not restarting`);
      this.state = 'failed';
      this.failWaiting(cannotStart);
      return;
    }
    this.state = 'restarting';
    this.cancelRestart = this.schedule(() => {
      this.cancelRestart = null;
      if (this.state === 'restarting') this.spawn();
    }, decision.delayMs);
  }

  private failWaiting(error: AppErrorValue): void {
    for (const { resolve } of this.waiting.splice(0)) resolve({ ok: false, error });
  }

  private emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        this.log(`[clearway main] event listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
