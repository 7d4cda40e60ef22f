import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

const repo = process.cwd();

/** Bundles test/unit/helpers/sync-client.node.ts into `outDir` (better-sqlite3 stays external). */
export async function bundleSyncClient(outDir: string): Promise<string> {
  const outfile = join(outDir, 'sync-client.cjs');
  await build({
    entryPoints: [join(repo, 'test/unit/helpers/sync-client.node.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    nodePaths: [join(repo, 'node_modules')],
    define: { __CLEARWAY_VERSION__: '"sync-client"' },
    logLevel: 'silent',
  });
  return outfile;
}

export interface ClientReport {
  items: {
    documentId: string;
    key: string;
    state: string;
    seqNo: string | null;
    receiptStatusEn: string | null;
    documentStatus: string | null;
    receipts: { kind: string; channel: string | null; seqNo: string | null; noticeDate: string | null; sha256: string }[];
  }[];
  status: { counts: Record<string, number>; online: boolean | null };
}

/**
 * One headless desktop process on a profile folder. `send` writes one command and resolves with its
 * reply; `kill` is SIGKILL, with no chance to tidy up; `enqueued` collects every acknowledged enqueue.
 */
export class SyncClientProcess {
  readonly enqueued = new Set<string>();
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private sent = 0;
  private buffered = '';
  private readonly exited: Promise<number | null>;
  private readyResolve: () => void = () => {};
  readonly ready: Promise<void>;
  stderr = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.ready = new Promise((r) => (this.readyResolve = r));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr.on('data', (c: Buffer) => (this.stderr = (this.stderr + c.toString()).slice(-4000)));
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk.toString()));
    void this.exited.then(() => {
      for (const w of this.waiting.values()) w.reject(new Error(`client exited; stderr: ${this.stderr}`));
      this.waiting.clear();
    });
  }

  static async start(bundle: string, profileDir: string, env: NodeJS.ProcessEnv = {}): Promise<SyncClientProcess> {
    const child = spawn(process.execPath, [bundle, profileDir, join(repo, 'seeds')], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(repo, 'node_modules'), ...env },
    });
    const client = new SyncClientProcess(child);
    await Promise.race([client.ready, client.exited.then(() => Promise.reject(new Error(`client exited at start: ${client.stderr}`)))]);
    return client;
  }

  private onData(text: string): void {
    this.buffered += text;
    const lines = this.buffered.split('\n');
    this.buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      const message = JSON.parse(line) as { reply?: number; ok?: boolean; value?: unknown; error?: string; enqueued?: string; ready?: boolean };
      if (message.ready) this.readyResolve();
      if (message.enqueued) this.enqueued.add(message.enqueued);
      if (message.reply !== undefined) {
        const waiter = this.waiting.get(message.reply);
        this.waiting.delete(message.reply);
        if (message.ok) waiter?.resolve(message.value);
        else waiter?.reject(new Error(message.error));
      }
    }
  }

  send<T = unknown>(command: Record<string, unknown>): Promise<T> {
    const id = this.sent++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.stdin.write(`${JSON.stringify(command)}\n`);
    });
  }

  report(): Promise<ClientReport> {
    return this.send<ClientReport>({ cmd: 'report' });
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.stdin.write(`${JSON.stringify({ cmd: 'exit' })}\n`);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}
