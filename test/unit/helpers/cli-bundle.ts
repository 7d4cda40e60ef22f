import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const repo = process.cwd();

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A copy of bin/clearway.cjs next to a freshly bundled dist/cli/clearway.cjs in a new temp
 * folder, as `npm run build` lays them out; returns the folder (remove it after) and the bin.
 */
export function bundleCli(prefix: string): Promise<{ root: string; bin: string }> {
  return bundleCommand(prefix, { bin: 'clearway.cjs', entry: 'electron/cli/clearway.node.ts', out: 'dist/cli/clearway.cjs', external: ['better-sqlite3', 'electron'] });
}

/** The same for the gateway: bin/clearway-gateway.cjs beside a fresh dist/server/gateway.cjs. */
export function bundleGatewayCli(prefix: string): Promise<{ root: string; bin: string }> {
  return bundleCommand(prefix, { bin: 'clearway-gateway.cjs', entry: 'server/gateway.node.ts', out: 'dist/server/gateway.cjs', external: ['better-sqlite3', 'pg-native'] });
}

async function bundleCommand(prefix: string, command: { bin: string; entry: string; out: string; external: string[] }): Promise<{ root: string; bin: string }> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'bin'));
  const bin = join(root, 'bin', command.bin);
  copyFileSync(join(repo, 'bin', command.bin), bin);
  await build({
    entryPoints: [join(repo, command.entry)],
    outfile: join(root, command.out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: command.external,
    define: { __CLEARWAY_VERSION__: '"test"' },
    logLevel: 'silent',
  });
  return { root, bin };
}

/** A user's shell for the bundled command: the repo's node_modules for the native module, a neutral locale unless `env` says otherwise. */
export function cliEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: join(repo, 'node_modules'), LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', CLEARWAY_PROFILE: '', ...env };
}

/** Runs the bundled command in cliEnv. `input` set means stdin is not a TTY. */
export function runCli(bin: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repo,
    encoding: 'utf8',
    input: options.input,
    env: cliEnv(options.env),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
