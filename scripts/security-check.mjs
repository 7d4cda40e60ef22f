// The security gate of `npm test` (issue 9): electronegativity over the Electron main,
// preload and renderer sources. Fails on any HIGH or MEDIUM finding that is not disabled by a
// justified inline `eng-disable` comment at the line itself, and on any file it cannot parse
// (an unparsed file is an unchecked file). Prints a plain `security: N findings` line.
//
//   node scripts/security-check.mjs [dir]     (default: this repository)
//
// The app is scanned as one: electron/ (main, preload, backend, host) and renderer/ are copied
// into a temporary folder first, because electronegativity's global checks (navigation limits,
// permission handler) look for the main-process code that covers the renderer.
//
// Checks excluded here, with the reason (each must stay true; the tests named prove it):
// - CSP_GLOBAL_CHECK: electronegativity looks for a CSP <meta> tag or a literal session header.
//   Ours is sent on every response of the app:// protocol (electron/main/app-protocol.ts) and of
//   the browser host; test/unit/electron-app-protocol.test.ts and host-server.test.ts check it.
// Electronegativity asks GitHub for Electron's release list; offline it says so and goes on.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');

export const ELECTRON_VERSION = '41.7.1';
const EXCLUDED = ['cspglobalcheck']; // CSP_GLOBAL_CHECK, by its class name as the runner wants it
const FAILING = new Set(['HIGH', 'MEDIUM']);

/** The parts of an app folder that ship in the Electron app: main, preload and renderer sources. */
const APP_PARTS = ['electron', 'renderer/src', 'renderer/index.html'];

/** Scans an app folder; resolves to the findings that fail the gate and the files it could not parse. */
export async function scan(root) {
  const staged = mkdtempSync(join(tmpdir(), 'clearway-security-'));
  try {
    for (const part of APP_PARTS) cpSync(join(root, part), join(staged, part), { recursive: true, errorOnExist: false, force: true });
    return await scanStaged(staged);
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}

async function scanStaged(dir) {
  const result = await run(
    {
      input: dir,
      isRelative: true,
      excludeFromScan: EXCLUDED,
      electronVersionOverride: ELECTRON_VERSION,
      // TypeScript sources: Babel's plugins for what they use beyond plain JS.
      parserPlugins: ['typescript', 'jsx'],
    },
    false,
  );
  const failing = result.issues
    .filter((issue) => FAILING.has(issue.severity.name))
    .map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      file: issue.file,
      line: issue.location.line,
      sample: String(issue.sample ?? '').trim().slice(0, 160),
    }));
  const unparsed = result.errors.filter((error) => !error.tolerable).map((error) => ({ file: error.file, message: error.message }));
  return { failing, unparsed, checks: result.atomicChecks + result.globalChecks, all: result.issues.length };
}

async function main() {
  const root = resolve(process.argv[2] ?? '.');
  const { failing, unparsed, checks, all } = await scan(root);
  console.log(`electronegativity ${root}: ${checks} checks, ${all} findings of any severity not disabled inline`);
  for (const f of failing) console.log(`  ${f.severity} ${f.id} ${f.file}:${f.line}  ${f.sample}`);
  for (const e of unparsed) console.log(`  UNPARSED ${e.file}: ${e.message}`);
  console.log(`security: ${failing.length} high/medium findings, ${unparsed.length} unparsed files`);
  process.exit(failing.length + unparsed.length === 0 ? 0 : 1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
