import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { setPriority, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';

const HOST_BUNDLE = resolve('dist/host/host.cjs');
const URL_LINE = /browser mode: (http:\/\/\S+)/;
const START_TIMEOUT_MS = 15_000;

/** A port that was free a moment ago; the host binds it right after. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export function freshProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'clearway-e2e-'));
}

/**
 * One browser host process on its own profile. `kill()` is SIGKILL: no shutdown handler runs,
 * which is the point of the durability tests. `restart()` brings it back on the same profile,
 * port and token, so the page's URL and stored token stay valid.
 */
export class HostProcess {
  private child: ChildProcess | null = null;
  private output = '';
  url = '';
  /** Set when the host died on its own (not by kill()): the test fails with its last output. */
  unexpectedExit: string | null = null;

  private constructor(
    readonly profileDir: string,
    readonly port: number,
    readonly token: string,
    /** Extra environment for the host (e.g. CLEARWAY_POLICY_FILE). */
    private readonly env: Readonly<Record<string, string>> = {},
  ) {}

  static async start(
    profileDir = freshProfileDir(),
    options: { env?: Readonly<Record<string, string>>; priority?: number } = {},
  ): Promise<HostProcess> {
    if (!existsSync(HOST_BUNDLE)) {
      throw new Error(`${HOST_BUNDLE} is missing: run "npm run build" before the end-to-end tests.`);
    }
    const host = new HostProcess(profileDir, await freePort(), `e2e-${Math.random().toString(36).slice(2)}`, options.env);
    const started = host.launch(); // spawns at once
    if (options.priority !== undefined) host.setPriority(options.priority);
    await started;
    return host;
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.launch();
  }

  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await exited;
  }

  /**
   * Scheduling priority of the host process (os.setPriority: 19 lowest, 0 normal). A spare host
   * boots at low priority so it does not slow the test that is running; it is raised when taken.
   * Raising needs the right to (root on CI); without it the host keeps running, only at low priority.
   */
  setPriority(priority: number): void {
    const pid = this.child?.pid;
    if (pid === undefined) return;
    try {
      setPriority(pid, priority);
    } catch {
      // Not allowed to raise it again here: harmless, the spare only runs a little slower.
    }
  }

  /** What the host printed since it last started (kept for a failed test's report). */
  recentOutput(): string {
    return this.output.slice(-8000);
  }

  /** Stops the process and removes its profile folder. */
  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.profileDir, { recursive: true, force: true });
  }

  private launch(): Promise<void> {
    this.output = '';
    this.url = '';
    const child = spawn(process.execPath, [HOST_BUNDLE, '--profile', this.profileDir, '--port', String(this.port)], {
      env: { ...process.env, ...this.env, CLEARWAY_HOST_TOKEN: this.token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    return new Promise((resolveStart, reject) => {
      const timer = setTimeout(() => fail(`no URL line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
      const fail = (why: string) => {
        clearTimeout(timer);
        reject(new Error(`browser host did not start (${why}). Output:\n${this.output}`));
      };
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString('utf8');
        const match = URL_LINE.exec(this.output);
        if (match?.[1]) {
          clearTimeout(timer);
          this.url = match[1];
          resolveStart();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        if (!this.url) fail(`exited with ${signal ?? code}`);
        else if (this.child === child) this.unexpectedExit = `browser host exited by itself (${signal ?? code}). Last output:\n${this.output.slice(-4000)}`;
      });
    });
  }
}

/**
 * Keeps one host started ahead: a fresh profile takes a host about 1.5 s to open (migrations,
 * seeds), which used to sit at the start of every test. The next test's host now starts while
 * the current test runs, on its own fresh profile, so no test shares a profile with another.
 */
class SpareHosts {
  private spare: Promise<HostProcess> | null = null;

  take(): Promise<HostProcess> {
    const next = (this.spare ?? HostProcess.start()).then((host) => {
      host.setPriority(0);
      return host;
    });
    this.spare = HostProcess.start(undefined, { priority: 10 });
    // Awaited by the next take(); until then a failed start must not count as an unhandled rejection.
    this.spare.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    const last = await this.spare?.catch(() => null);
    this.spare = null;
    await last?.dispose();
  }
}

/**
 * Each test gets its own host on a fresh profile (started ahead, see SpareHosts), removed
 * afterwards. Every page is watched for uncaught exceptions and Content-Security-Policy violations
 * (inline style or script would show up here first); either fails the test.
 */
export const test = base.extend<{ host: HostProcess; pageProblems: string[] }, { spareHosts: SpareHosts }>({
  spareHosts: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the pattern: no other fixtures needed.
    async ({}, use) => {
      const spares = new SpareHosts();
      await use(spares);
      await spares.close();
    },
    { scope: 'worker' },
  ],
  pageProblems: [
    async ({ context }, use, testInfo) => {
      const problems: string[] = [];
      const consoleLines: string[] = [];
      const watch = (page: import('@playwright/test').Page) => {
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
        page.on('console', (message) => {
          consoleLines.push(`${new Date().toISOString()} ${message.type()}: ${message.text()}`);
          if (/Content Security Policy|Refused to (apply|execute|load)/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(problems);
      // A failed test carries what the browser said (a WebSocket error shows up here), to find flakes' causes.
      if (testInfo.status !== testInfo.expectedStatus && consoleLines.length > 0) {
        await testInfo.attach('browser-console', { body: consoleLines.slice(-200).join('\n'), contentType: 'text/plain' });
      }
      expect(problems, 'page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  host: async ({ spareHosts }, use, testInfo) => {
    const host = await spareHosts.take();
    await use(host);
    if (testInfo.status !== testInfo.expectedStatus) {
      const output = host.recentOutput();
      await testInfo.attach('browser-host-output', { body: output || '(the host printed nothing)', contentType: 'text/plain' });
      console.error(`browser host output (last 2000 characters) for the failed test:\n${output.slice(-2000)}`);
    }
    await host.dispose();
    expect(host.unexpectedExit, 'the browser host must not die during a test').toBeNull();
  },
});

export { expect };
