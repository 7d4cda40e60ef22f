import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The security gate (scripts/security-check.mjs, run by npm test) must bite: an app folder with
// the classic Electron mistakes fails it, and an inline exception covers only its own line.
const projectDir = resolve(__dirname, '..', '..');
const script = join(projectDir, 'scripts', 'security-check.mjs');
const work = mkdtempSync(join(tmpdir(), 'clearway-security-gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function gate(root: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [script, root], { cwd: projectDir, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ status, output: `${stdout}${stderr}` });
    });
  });
}

/** A small app folder shaped like ours (the real one is scanned by npm test's security step). */
function appWith(name: string, file: string, code: string): string {
  const root = join(work, name);
  mkdirSync(join(root, 'renderer', 'src'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>\n');
  writeFileSync(join(root, 'renderer', 'src', 'main.tsx'), 'export const app = 1;\n');
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), code);
  return root;
}

const unsafeWindow = [
  "import { BrowserWindow, shell } from 'electron';",
  'export function open(url: string): void {',
  '  const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
  '  void w.loadURL(url);',
  '  void shell.openExternal(url);',
  '}',
  '',
].join('\n');

/** Adds one more file to an app folder made by appWith. */
function plus(root: string, file: string, code: string): string {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), code);
  return root;
}

describe('the security gate', () => {
  it('fails on a window with Node and no isolation, on an unchecked openExternal, and on a file it cannot parse', async () => {
    const root = plus(appWith('unsafe', 'electron/main/unsafe.main.ts', unsafeWindow), 'electron/main/broken.main.ts', 'export const = ;\n');
    const result = await gate(root);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK electron\/main\/unsafe\.main\.ts:3/);
    expect(result.output).toMatch(/SANDBOX_JS_CHECK electron\/main\/unsafe\.main\.ts:3/);
    expect(result.output).toMatch(/LIMIT_NAVIGATION_GLOBAL_CHECK/); // no will-navigate guard in this app
    expect(result.output).toMatch(/OPEN_EXTERNAL_JS_CHECK electron\/main\/unsafe\.main\.ts:5/);
    expect(result.output).toMatch(/UNPARSED .*broken\.main\.ts/);
    expect(result.output).toMatch(/security: [1-9]\d* high\/medium findings, 1 unparsed files/);
  }, 120_000);

  it('accepts an inline exception only on its own line', async () => {
    const excepted = unsafeWindow.replace('void shell.openExternal(url);', 'void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK');
    const result = await gate(appWith('excepted', 'electron/main/unsafe.main.ts', excepted));
    expect(result.output).not.toMatch(/OPEN_EXTERNAL_JS_CHECK/);
    expect(result.output).toMatch(/CONTEXT_ISOLATION_JS_CHECK electron\/main\/unsafe\.main\.ts:3/);
    expect(result.status).toBe(1);
  }, 120_000);
});
