// Packaged file list check (issue 9, Installers): what electron-builder really puts into the app,
// compared with what the app needs and with what must never ship.
//
//   node scripts/pack-dir-check.mjs                 packages linux-x64 with electron-builder's `dir`
//                                                   target against a stand-in Electron, then checks it
//   node scripts/pack-dir-check.mjs --inspect DIR   checks an unpacked app you built for real
//                                                   (release/win-unpacked, release/linux-unpacked,
//                                                   release/mac-arm64/Clearway.app)
//   --json   print the listing and the problems as JSON      --keep   keep the temporary output
//
// Needs `npm run build` first. Exit code 0 when nothing is missing and nothing forbidden shipped.
//
// The stand-in Electron (no runtime can be downloaded here) has the shape electron-builder's
// ElectronFramework copies and renames: an `electron` executable, LICENSE, LICENSES.chromium.html,
// resources/, locales/. Two steps need the real binary or Electron's headers and are switched off
// for this run only, in the open: the fuses (electronFuses: null; flipping them rewrites the real
// binary) and the better-sqlite3 rebuild in build/before-pack.cjs (CLEARWAY_PACK_SKIP_ABI=1, which
// the hook prints loudly and refuses without electronDist). The package made here is for listing
// only: it carries the Node-ABI better-sqlite3 and a fake executable.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SQLITE_NODE = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** Files below `dir`, relative, with forward slashes. */
function walk(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

/** A folder shaped like an Electron linux-x64 distribution, with a script where the binary goes. */
function makeStandInElectron(dir) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  writeFileSync(path.join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron for scripts/pack-dir-check.mjs: not runnable" >&2\nexit 1\n');
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'LICENSE'), 'stand-in for Electron’s MIT licence\n');
  writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<p>stand-in for Chromium’s licences</p>\n');
  writeFileSync(path.join(dir, 'version'), `${readBuilderElectronVersion()}\n`);
  for (const locale of ['en-US', 'zh-CN']) writeFileSync(path.join(dir, 'locales', `${locale}.pak`), '');
}

function readBuilderElectronVersion() {
  const match = /^electronVersion:\s*([\d.]+)/m.exec(readFileSync(path.join(projectDir, 'electron-builder.yml'), 'utf8'));
  if (!match) throw new Error('electron-builder.yml has no electronVersion');
  return match[1];
}

/** Runs electron-builder's `dir` target for linux-x64; returns the unpacked app folder. */
async function packDir(workDir) {
  if (process.platform !== 'linux') throw new Error('the stand-in Electron is a linux-x64 one; on Windows or macOS build for real and use --inspect');
  for (const needed of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(projectDir, needed))) throw new Error(`${needed} is missing: run \`npm run build\` first`);
  }
  const electronDist = path.join(workDir, 'electron-dist');
  const output = path.join(workDir, 'out');
  makeStandInElectron(electronDist);
  process.env.CLEARWAY_PACK_SKIP_ABI = '1';
  const builder = require('electron-builder');
  await builder.build({
    projectDir,
    targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
    publish: 'never',
    // Merged over electron-builder.yml, which stays the source of every other setting.
    config: { electronDist, electronFuses: null, directories: { output } },
  });
  return path.join(output, 'linux-unpacked');
}

/** resources/ of an unpacked app on any platform. */
function resourcesDirOf(appDir) {
  if (appDir.endsWith('.app')) return path.join(appDir, 'Contents', 'Resources');
  return path.join(appDir, 'resources');
}

function productionClosure() {
  const seen = new Set();
  const pending = Object.keys(JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')).dependencies ?? {});
  while (pending.length > 0) {
    const name = pending.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = path.join(projectDir, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    pending.push(...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {}));
  }
  return seen;
}

/** Package names that own a path (`node_modules/@scope/name/...` → `@scope/name`), outermost and nested. */
function packagesIn(file) {
  const parts = file.split('/');
  const names = [];
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== 'node_modules') continue;
    names.push(parts[i + 1].startsWith('@') ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1]);
  }
  return names;
}

const FORBIDDEN = [
  { why: 'source map', test: (f) => /\.map$/i.test(f) },
  { why: 'TypeScript source', test: (f) => /\.(c|m)?tsx?$/i.test(f) },
  {
    why: 'test file',
    test: (f) => /(^|\/)(test|tests|__tests__|e2e|spec)\//i.test(f) || /(^|\/)(tests?(-[\w-]+)?|[^/]+\.(test|spec))\.[cm]?[jt]sx?$/i.test(f),
  },
  { why: 'environment file', test: (f) => /(^|\/)\.env(\.|$)/i.test(f) },
  { why: 'key or certificate', test: (f) => /\.(pem|key|p12|pfx|crt|cer|der|csr)$/i.test(f) },
  { why: 'npm credentials', test: (f) => /(^|\/)\.npmrc$/i.test(f) },
];

/**
 * Lists the unpacked app and returns what is missing and what must not be there. With
 * `requireElectronAbi` the packaged better-sqlite3 must also be built for the configured
 * Electron (a real build); the stand-in run packages the Node build and only reports its ABI.
 */
export function inspect(appDir, { requireElectronAbi }) {
  const asar = require('@electron/asar');
  const { moduleAbi, expectedElectronAbi } = require('../build/native-abi.cjs');
  const resourcesDir = resourcesDirOf(appDir);
  const archive = path.join(resourcesDir, 'app.asar');
  if (!existsSync(archive)) return { appDir, asar: [], unpacked: [], resources: [], nativeAbi: null, electronAbi: null, problems: [`no app.asar in ${resourcesDir}`] };
  const inArchive = asar
    .listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
    .filter((entry) => {
      try {
        return !('files' in asar.statFile(archive, entry, false));
      } catch {
        return false;
      }
    })
    .sort();
  const unpacked = walk(`${archive}.unpacked`);
  const resources = walk(resourcesDir).filter((f) => f !== 'app.asar' && !f.startsWith('app.asar.unpacked/'));
  const problems = [];

  for (const needed of ['package.json', 'dist/electron/main.cjs', 'dist/electron/backend.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!inArchive.includes(needed)) problems.push(`missing from app.asar: ${needed}`);
  }
  if (inArchive.includes('package.json')) {
    // electron-builder rewrites the manifest: the entry point must be in the archive, and the
    // development sections (build scripts, devDependencies) must have been dropped.
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
    if (!inArchive.includes(String(manifest.main))) problems.push(`package.json main ${JSON.stringify(manifest.main)} is not in app.asar`);
    for (const key of ['devDependencies', 'scripts']) if (key in manifest) problems.push(`package.json in app.asar still has ${key}`);
  }
  if (!unpacked.includes(SQLITE_NODE)) problems.push(`missing from app.asar.unpacked: ${SQLITE_NODE} (a native module cannot load from inside the asar)`);
  const nativeAbi = moduleAbi(path.join(`${archive}.unpacked`, SQLITE_NODE)).abi;
  const electronAbi = expectedElectronAbi(projectDir, readBuilderElectronVersion());
  if (requireElectronAbi && nativeAbi !== electronAbi) {
    problems.push(`${SQLITE_NODE} is built for NODE_MODULE_VERSION ${nativeAbi ?? 'unknown'}, Electron ${readBuilderElectronVersion()} needs ${electronAbi}: this package cannot open its database`);
  }
  for (const seed of walk(path.join(projectDir, 'seeds'))) {
    if (!resources.includes(`seeds/${seed}`)) problems.push(`missing from resources: seeds/${seed}`);
  }
  for (const font of ['fonts/400Regular/NotoSansSC_400Regular.ttf', 'fonts/700Bold/NotoSansSC_700Bold.ttf', 'fonts/LICENSE_FONT']) {
    if (!resources.includes(font)) problems.push(`missing from resources: ${font}`);
  }

  // The archive holds the manifest, the bundles and the UI, and production node_modules only.
  const allowedTop = new Set(['package.json', 'dist', 'node_modules']);
  const allowedDist = /^dist\/(electron\/(main|backend|preload)\.cjs|renderer\/.+)$/;
  for (const file of inArchive) {
    const top = file.split('/')[0];
    if (!allowedTop.has(top)) problems.push(`unexpected in app.asar: ${file}`);
    else if (top === 'dist' && !allowedDist.test(file)) problems.push(`unexpected in app.asar: ${file}`);
  }
  const production = productionClosure();
  const devOnly = Object.keys(JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')).devDependencies ?? {}).filter((name) => !production.has(name));
  const all = [...inArchive.map((f) => `app.asar/${f}`), ...unpacked.map((f) => `app.asar.unpacked/${f}`), ...resources.map((f) => `resources/${f}`)];
  for (const file of all) {
    for (const rule of FORBIDDEN) if (rule.test(file)) problems.push(`${rule.why} shipped: ${file}`);
    const dev = packagesIn(file).find((name) => name === 'electron' || devOnly.includes(name) || !production.has(name));
    if (dev) problems.push(`${dev === 'electron' ? 'Electron itself' : 'development-only package'} shipped: ${file}`);
  }
  return { appDir, asar: inArchive, unpacked, resources, nativeAbi, electronAbi, problems };
}

async function main(argv) {
  const json = argv.includes('--json');
  const keep = argv.includes('--keep');
  const inspectAt = argv.indexOf('--inspect');
  let workDir = null;
  let appDir;
  if (inspectAt >= 0) {
    appDir = path.resolve(argv[inspectAt + 1] ?? '');
    if (!existsSync(appDir) || !statSync(appDir).isDirectory()) throw new Error(`--inspect needs an unpacked app folder, got ${argv[inspectAt + 1]}`);
  } else {
    workDir = mkdtempSync(path.join(tmpdir(), 'clearway-pack-dir-'));
    appDir = await packDir(workDir);
  }
  try {
    const result = inspect(appDir, { requireElectronAbi: inspectAt >= 0 });
    if (json) {
      console.log(`PACK_DIR_CHECK_JSON ${JSON.stringify(result)}`);
    } else {
      console.log(`${result.asar.length} files in app.asar, ${result.unpacked.length} in app.asar.unpacked, ${result.resources.length} in resources/ (${appDir})`);
      console.log(`better-sqlite3 packaged for NODE_MODULE_VERSION ${result.nativeAbi ?? 'unknown'} (Electron needs ${result.electronAbi})${inspectAt >= 0 ? '' : ': the stand-in run keeps the Node build on purpose'}`);
      for (const problem of result.problems) console.log(`  ✗ ${problem}`);
      console.log(result.problems.length === 0 ? 'packaged file list OK' : `packaged file list: ${result.problems.length} problem(s)`);
    }
    return result.problems.length === 0 ? 0 : 1;
  } finally {
    if (workDir && !keep) rmSync(workDir, { recursive: true, force: true });
    else if (workDir) console.log(`kept ${workDir}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    },
  );
}
