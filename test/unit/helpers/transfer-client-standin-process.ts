import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { StandinEvent, StandinOptions } from './transfer-client-standin.node';

const repo = process.cwd();
let bundled: Promise<string> | undefined;

/** Bundles transfer-client-standin.node.ts once per test file into a temp folder. */
export function bundleTransferClientStandin(): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'clearway-standin-')), 'standin.cjs');
    await build({
      entryPoints: [join(repo, 'test/unit/helpers/transfer-client-standin.node.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'silent',
    });
    return outfile;
  })();
  return bundled;
}

/** The stand-in running as a real child process; `events` fills as it reports on stdout. */
export interface RunningStandin {
  events: StandinEvent[];
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startTransferClientStandin(options: StandinOptions): Promise<RunningStandin> {
  const script = await bundleTransferClientStandin();
  const child = spawn(process.execPath, [script, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const events: StandinEvent[] = [];
  let buffer = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      events.push(JSON.parse(buffer.slice(0, newline)) as StandinEvent);
      buffer = buffer.slice(newline + 1);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(() => events.some((e) => e.event === 'ready'), 'the stand-in to start');
  return {
    events,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls until `condition` holds (no timing is asserted; vitest's test timeout bounds it). */
export async function waitFor(condition: () => boolean, what: string, pollMs = 10): Promise<void> {
  for (let i = 0; ; i++) {
    if (condition()) return;
    if (i > 200_000 / pollMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
