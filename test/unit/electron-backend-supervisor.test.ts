import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { serveBackend } from '../../electron/backend/utility-entry.node';
import type { InitMessage, PortLike } from '../../electron/backend/utility-protocol';
import { BackendSupervisor, type LaunchedBackend } from '../../electron/main/backend-supervisor';
import { nextRestart } from '../../electron/main/restart-policy';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();

function nodePort(port: MessagePort): PortLike {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => void port.on('message', listener),
    onClose: (listener) => void port.on('close', listener),
    close: () => port.close(),
  };
}

/**
 * A stand-in for the utilityProcess at the true edge (process spawning): a real Backend served
 * over a real MessageChannel in this process. `crash()` ends it the way a dead process would.
 */
class InProcessLauncher {
  readonly inits: InitMessage[] = [];
  readonly processes: Array<{ crash(code?: number): void; exited: boolean; shutdownAsked: boolean; killed: boolean }> = [];
  /** When false, shutdown is ignored (a hung backend) so the kill timeout has to act. */
  obeyShutdown = true;

  launch = (init: InitMessage): LaunchedBackend => {
    this.inits.push(init);
    const backend = new Backend({ profileDir: init.profileDir, version: init.version });
    const { port1, port2 } = new MessageChannel();
    const stop = serveBackend(nodePort(port2), backend);
    const exitListeners: Array<(code: number) => void> = [];
    const proc = {
      exited: false,
      shutdownAsked: false,
      killed: false,
      crash(code = 1) {
        if (proc.exited) return;
        proc.exited = true;
        stop();
        port2.close();
        backend.close();
        for (const listener of exitListeners) listener(code);
      },
    };
    this.processes.push(proc);
    cleanups.push(() => {
      proc.crash(0);
      port1.close();
    });
    return {
      port: nodePort(port1),
      shutdown: () => {
        proc.shutdownAsked = true;
        if (this.obeyShutdown) queueMicrotask(() => proc.crash(0));
      },
      kill: () => {
        proc.killed = true;
        proc.crash(137);
      },
      onExit: (listener) => void exitListeners.push(listener),
    };
  };
}

/** Timers under the test's control. */
class ManualClock {
  now = 1_000_000;
  private tasks: Array<{ at: number; run: () => void; cancelled: boolean }> = [];
  schedule = (run: () => void, ms: number): (() => void) => {
    const task = { at: this.now + ms, run, cancelled: false };
    this.tasks.push(task);
    return () => {
      task.cancelled = true;
    };
  };
  advance(ms: number): void {
    this.now += ms;
    const due = this.tasks.filter((t) => !t.cancelled && t.at <= this.now);
    this.tasks = this.tasks.filter((t) => !due.includes(t));
    for (const task of due) task.run();
  }
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function setup(profileDir = tempProfile()) {
  const launcher = new InProcessLauncher();
  const clock = new ManualClock();
  const logs: string[] = [];
  const supervisor = new BackendSupervisor({
    launch: launcher.launch,
    init: { type: 'init', profileDir, version: '1.0.0' },
    now: () => clock.now,
    schedule: clock.schedule,
    log: (line) => logs.push(line),
  });
  return { launcher, clock, supervisor, logs, profileDir };
}

describe('restart policy', () => {
  it('backs off, then gives up after too many crashes inside the window', () => {
    let crashes: number[] = [];
    const delays: Array<number | null> = [];
    for (let i = 0; i < 4; i++) {
      const decision = nextRestart(crashes, 1_000 + i * 100);
      crashes = decision.recent;
      delays.push(decision.delayMs);
    }
    expect(delays).toEqual([250, 1_000, 4_000, null]);
  });

  it('forgets crashes older than the window', () => {
    const decision = nextRestart([0, 10, 20], 70_000);
    expect(decision).toEqual({ delayMs: 250, recent: [70_000] });
  });
});

describe('backend supervisor', () => {
  it('queues calls made before start and answers them once the backend runs', async () => {
    const { supervisor, launcher } = setup();
    const early = supervisor.call('app.status', {});
    supervisor.start();
    expect(await early).toMatchObject({ ok: true, value: { state: 'ready', version: '1.0.0' } });
    expect(launcher.inits).toHaveLength(1);
  });

  it('resolves an in-flight call to a bilingual INTERNAL error on a crash, restarts, and keeps the saved data', async () => {
    const { supervisor, launcher, clock, profileDir } = setup();
    supervisor.start();
    const created = await supervisor.call('documents.create', { kind: 'declaration' });
    if (!created.ok) throw new Error(created.error.messageEn);
    const { id } = created.value as { id: string };

    const inFlight = supervisor.call('documents.list', {});
    launcher.processes[0]?.crash(1);
    const lost = await inFlight;
    expect(lost).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!lost.ok) {
      expect(lost.error.messageZh).toMatch(/后台服务意外停止/);
      expect(lost.error.messageEn).toMatch(/stopped unexpectedly/);
    }
    expect(supervisor.status).toBe('restarting');

    // A call during the restart delay waits for the new process rather than failing.
    const during = supervisor.call('documents.get', { id });
    clock.advance(249);
    expect(launcher.inits).toHaveLength(1);
    clock.advance(1);
    expect(launcher.inits).toHaveLength(2);
    expect(launcher.inits[1]?.profileDir).toBe(profileDir);
    expect(await during).toMatchObject({ ok: true, value: { id } });
  });

  it('stops restarting after a crash loop and answers with a clear error', async () => {
    const { supervisor, launcher, clock, logs } = setup();
    supervisor.start();
    for (const delay of [250, 1_000, 4_000]) {
      launcher.processes.at(-1)?.crash(1);
      clock.advance(delay);
    }
    expect(launcher.inits).toHaveLength(4);
    launcher.processes.at(-1)?.crash(1);
    expect(supervisor.status).toBe('failed');
    expect(logs.at(-1)).toMatch(/not restarting/);
    const result = await supervisor.call('app.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', messageZh: expect.stringContaining('重新打开') } });
  });

  it('treats a launch that throws as a crash', async () => {
    const clock = new ManualClock();
    const launcher = new InProcessLauncher();
    let attempts = 0;
    const supervisor = new BackendSupervisor({
      launch: (init) => {
        attempts++;
        if (attempts === 1) throw new Error('spawn EACCES');
        return launcher.launch(init);
      },
      init: { type: 'init', profileDir: tempProfile(), version: '1' },
      now: () => clock.now,
      schedule: clock.schedule,
      log: () => undefined,
    });
    supervisor.start();
    const call = supervisor.call('app.status', {});
    clock.advance(250);
    expect(await call).toMatchObject({ ok: true });
  });

  it('reopens the folder the person switched to after a restart', async () => {
    const { supervisor, launcher, clock } = setup();
    supervisor.start();
    const other = tempProfile();
    expect(await supervisor.call('profile.useFolder', { dir: other })).toMatchObject({ ok: true, value: { profileDir: other } });
    launcher.processes[0]?.crash(1);
    clock.advance(250);
    expect(launcher.inits[1]?.profileDir).toBe(other);
    expect(await supervisor.call('app.status', {})).toMatchObject({ ok: true, value: { profileDir: other } });
  });

  it('forwards backend events to listeners, across a restart', async () => {
    const { supervisor, launcher, clock } = setup();
    const seen: string[] = [];
    supervisor.onEvent((event) => seen.push(event));
    supervisor.start();
    await supervisor.call('settings.update', { language: 'en' });
    launcher.processes[0]?.crash(1);
    clock.advance(250);
    await supervisor.call('settings.update', { language: 'zh-CN' });
    await expect.poll(() => seen.filter((event) => event === 'settings.changed')).toEqual(['settings.changed', 'settings.changed']);
  });

  it('stops gracefully: asks the backend to shut down, and refuses calls afterwards', async () => {
    const { supervisor, launcher } = setup();
    supervisor.start();
    await supervisor.call('app.status', {});
    await supervisor.stop();
    expect(launcher.processes[0]).toMatchObject({ shutdownAsked: true, killed: false, exited: true });
    expect(supervisor.status).toBe('stopped');
    expect(await supervisor.call('app.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', messageEn: expect.stringContaining('closing') } });
  });

  it('kills a backend that does not exit within the timeout, and does not restart it', async () => {
    const { supervisor, launcher, clock } = setup();
    launcher.obeyShutdown = false;
    supervisor.start();
    const stopped = supervisor.stop(3_000);
    expect(supervisor.stop()).toBe(stopped);
    clock.advance(3_000);
    await stopped;
    expect(launcher.processes[0]).toMatchObject({ shutdownAsked: true, killed: true });
    clock.advance(60_000);
    expect(launcher.inits).toHaveLength(1);
  });
});

describe('backend supervisor when the process will not die', () => {
  it('still finishes stopping after kill plus one more timeout', async () => {
    const launcher = new InProcessLauncher();
    launcher.obeyShutdown = false;
    const clock = new ManualClock();
    const supervisor = new BackendSupervisor({
      launch: (init) => {
        const launched = launcher.launch(init);
        return { ...launched, kill: () => undefined }; // the exit event never comes
      },
      init: { type: 'init', profileDir: tempProfile(), version: '1' },
      now: () => clock.now,
      schedule: clock.schedule,
      log: () => undefined,
    });
    supervisor.start();
    let done = false;
    const stopped = supervisor.stop(1_000).then(() => (done = true));
    clock.advance(1_000);
    await Promise.resolve();
    expect(done).toBe(false);
    clock.advance(1_000);
    await stopped;
    expect(supervisor.status).toBe('stopped');
  });
});
