import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectDir = resolve(__dirname, '..', '..');
const script = join(projectDir, 'scripts', 'start.mjs');
const dir = mkdtempSync(join(tmpdir(), 'clearway-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal: NodeJS.Signals) => void;
}

function start(args: string[], env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, [script, ...args], { cwd: projectDir, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    output: () => output,
    exited: new Promise((done) => child.on('exit', (code, signal) => done({ code, signal }))),
    kill: (signal) => child.kill(signal),
  };
}

describe.skipIf(process.platform === 'win32')('npm start script', () => {
  it('runs the Electron binary on the project with our arguments and returns its exit code', async () => {
    // ELECTRON_OVERRIDE_DIST_PATH is electron's own switch for a binary outside node_modules.
    const dist = mkdtempSync(join(dir, 'electron-dist-'));
    const fake = join(dist, 'electron');
    writeFileSync(fake, '#!/bin/sh\necho "ARGS:$*"\necho "RUN_AS_NODE:${ELECTRON_RUN_AS_NODE:-unset}"\necho "BINDING:$CLEARWAY_SQLITE_BINDING"\nexit 3\n');
    chmodSync(fake, 0o755);

    // A ready Electron-ABI build of better-sqlite3 is named, so the script does not compile one.
    const binding = join(dist, 'better_sqlite3.node');
    const run = start(['--profile', '/tmp/some profile'], {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: dist,
      ELECTRON_RUN_AS_NODE: '1',
      CLEARWAY_SQLITE_BINDING: binding,
    });
    expect(await run.exited).toEqual({ code: 3, signal: null });
    expect(run.output()).toContain(`ARGS:${projectDir} --profile /tmp/some profile`);
    expect(run.output()).toContain('RUN_AS_NODE:unset');
    expect(run.output()).toContain(`BINDING:${binding}`);
    expect(run.output()).not.toContain('Electron runtime not found');
  });

  it.skipIf(!existsSync(join(projectDir, 'dist', 'host', 'host.cjs')))(
    'falls back to the browser mode with one bilingual line, and stops cleanly on SIGTERM',
    async () => {
      // An empty PATH: the host's "open a browser" finds no launcher on any machine.
      const bin = join(dir, 'empty-bin');
      mkdirSync(bin, { recursive: true });
      const profile = mkdtempSync(join(dir, 'profile-'));
      const run = start(['--profile', profile, '--port', '0'], {
        PATH: bin,
        HOME: dir,
        ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron-here'),
      });
      await expect.poll(run.output, { timeout: 15_000 }).toMatch(/browser mode: http:\/\/127\.0\.0\.1:\d+\//);
      // The profile line is printed right after the URL line and may arrive in a later chunk.
      await expect.poll(run.output, { timeout: 5_000 }).toContain(profile);
      const lines = run.output().split('\n');
      expect(lines[0]).toBe(
        '未找到 Electron 运行时，改用浏览器模式（中国大陆用户可设置 ELECTRON_MIRROR 后重新 npm install）/ Electron runtime not found; starting the browser mode instead.',
      );
      expect(run.output()).toContain(profile);
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(run.output())?.[1] ?? '';
      expect((await fetch(url)).status).toBeLessThan(500);

      // The host installs its signal handlers just after printing; give it that moment.
      await new Promise((done) => setTimeout(done, 300));
      run.kill('SIGTERM');
      expect(await run.exited).toEqual({ code: 0, signal: null });
      await expect(fetch(url)).rejects.toThrow(); // the forwarded signal really stopped the host
    },
  );
});
