// The packaged file list (issue 9, Installers): electron-builder's real `dir` target over the real
// `npm run build` output, against a stand-in Electron (scripts/pack-dir-check.mjs says why and which
// two steps are switched off for it). Needs `npm run build` first, as `npm test` does.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = resolve(__dirname, '..', '..');
const script = join(projectDir, 'scripts', 'pack-dir-check.mjs');
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  extractAll(archive: string, dest: string): void;
  createPackage(src: string, dest: string): Promise<unknown>;
};
const sqliteNode = join(projectDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

interface CheckResult {
  appDir: string;
  asar: string[];
  unpacked: string[];
  resources: string[];
  nativeAbi: string | null;
  electronAbi: string | null;
  problems: string[];
}

function runCheck(args: string[]): Promise<{ status: number | null; output: string; result: CheckResult | null }> {
  return new Promise((done) => {
    execFile(process.execPath, [script, '--json', ...args], { cwd: projectDir, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      const line = stdout.split('\n').find((l) => l.startsWith('PACK_DIR_CHECK_JSON '));
      const result = line ? (JSON.parse(line.slice('PACK_DIR_CHECK_JSON '.length)) as CheckResult) : null;
      done({ status, output: `${stdout}${stderr}`, result });
    });
  });
}

function md5(file: string): string {
  return createHash('md5').update(readFileSync(file)).digest('hex');
}

/**
 * devDependencies that only development needs, by npm's own mark in the lock file: a package such
 * as semver is a devDependency here (bundled into main.cjs) and also ships because better-sqlite3's
 * install tooling requires it.
 */
const lockPackages = (JSON.parse(readFileSync(join(projectDir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> }).packages;
const devDependencies = Object.keys((JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies).filter(
  (name) => lockPackages[`node_modules/${name}`]?.dev === true,
);

let packed: { status: number | null; output: string; result: CheckResult | null };
let sqliteBefore: string;
const cleanup: string[] = [];

beforeAll(async () => {
  for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(join(projectDir, built))) throw new Error(`${built} is missing: run \`npm run build\` before this test`);
  }
  sqliteBefore = md5(sqliteNode);
  packed = await runCheck(['--keep']);
  if (packed.result) cleanup.push(dirname(dirname(packed.result.appDir)));
}, 120_000);

afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('packaged file list (electron-builder --dir, linux-x64, stand-in Electron)', () => {
  it('packages, says loudly that the ABI rebuild was skipped, and finds no problem', () => {
    const appDir = packed.result?.appDir ?? '';
    expect(appDir).toMatch(/linux-unpacked$/);
    // electron-builder took the stand-in as the Electron distribution: renamed the executable to
    // linux.executableName and moved Electron's licence beside it.
    expect(existsSync(join(appDir, 'clearway'))).toBe(true);
    expect(existsSync(join(appDir, 'electron'))).toBe(false);
    expect(existsSync(join(appDir, 'LICENSE.electron.txt'))).toBe(true);
    expect(packed.output).toContain('CLEARWAY_PACK_SKIP_ABI=1: better-sqlite3 NOT rebuilt');
    expect(packed.result?.problems).toEqual([]);
    expect(packed.status).toBe(0);
  });

  it('leaves the shared Node build of better-sqlite3 untouched and loadable', () => {
    expect(md5(sqliteNode)).toBe(sqliteBefore);
    const Database = require('better-sqlite3') as new (file: string) => { prepare(sql: string): { get(): unknown }; close(): void };
    const db = new Database(':memory:');
    expect(db.prepare('select 1 as one').get()).toEqual({ one: 1 });
    db.close();
  });

  it('puts the bundles, the UI and the manifest into app.asar, and nothing of dist/ besides', () => {
    const files = packed.result?.asar ?? [];
    for (const needed of ['package.json', 'dist/electron/main.cjs', 'dist/electron/backend.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => /^dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    const dist = files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/renderer/'));
    expect(dist.sort()).toEqual(['dist/electron/backend.cjs', 'dist/electron/main.cjs', 'dist/electron/preload.cjs']);
    expect(new Set(files.map((f) => f.split('/')[0]))).toEqual(new Set(['package.json', 'dist', 'node_modules']));
  });

  it('unpacks the native module next to the archive', () => {
    expect(packed.result?.unpacked).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    // The stand-in run keeps this Node's build; the check reports it rather than pretending.
    expect(packed.result?.nativeAbi).toBe(process.versions.modules);
    expect(packed.result?.electronAbi).toBe('145');
  });

  it('ships every seed file and the two font weights with their licence as extra resources', () => {
    const resources = packed.result?.resources ?? [];
    const walk = (dir: string, prefix: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
    const seeds = walk(join(projectDir, 'seeds'), 'seeds/');
    expect(seeds.length).toBeGreaterThan(10);
    for (const seed of seeds) expect(resources).toContain(seed);
    expect(resources.filter((f) => f.startsWith('fonts/')).sort()).toEqual([
      'fonts/400Regular/NotoSansSC_400Regular.ttf',
      'fonts/700Bold/NotoSansSC_700Bold.ttf',
      'fonts/LICENSE_FONT',
    ]);
  });

  it('ships app-update.yml for electron-updater, generic provider, with a feed URL that can never resolve', () => {
    expect(packed.result?.resources).toContain('app-update.yml');
    const text = readFileSync(join(packed.result?.appDir ?? '', 'resources', 'app-update.yml'), 'utf8');
    expect(text).toContain('provider: generic');
    expect(text).toMatch(/^url: https:\/\/[a-z.]+\.invalid\/$/m);
  });

  it('ships no source maps, TypeScript, tests, secrets, Electron or development packages', () => {
    const r = packed.result;
    const all = [...(r?.asar ?? []), ...(r?.unpacked ?? []), ...(r?.resources ?? [])];
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => /\.map$|\.[cm]?tsx?$/.test(f))).toEqual([]);
    expect(all.filter((f) => /(^|\/)(test|tests|__tests__|e2e)\/|(^|\/)(tests?(-[\w-]+)?|[^/]+\.(test|spec))\.[cm]?[jt]sx?$/.test(f))).toEqual([]);
    expect(all.filter((f) => /(^|\/)\.env(\.|$)|\.(pem|key|p12|pfx)$|(^|\/)\.npmrc$/.test(f))).toEqual([]);
    const shippedPackages = new Set(all.flatMap((f) => [...f.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map((m) => m[1])));
    for (const name of ['electron', 'electron-builder', 'vitest', '@playwright/test', 'playwright', 'typescript', 'eslint', 'vite', 'esbuild', 'react', 'zod']) {
      expect(shippedPackages.has(name), name).toBe(false);
    }
    expect(devDependencies.filter((name) => shippedPackages.has(name))).toEqual([]);
    // The only runtime dependency: the native module and what it requires to find its binary.
    // electron-updater, electron-log and the rest are bundled into dist/electron/*.cjs
    // (devDependencies, checked just above); prebuild-install's tree is for installing only.
    expect([...shippedPackages].sort()).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path']);
  });

  it('the packaged better-sqlite3 opens a database with nothing but the packaged files', () => {
    const appDir = packed.result?.appDir;
    if (!appDir) throw new Error('the packaging run gave no app folder');
    // As Electron sees it: the archive's files, with the unpacked native module in its place.
    const tree = join(dirname(appDir), 'load-check');
    asar.extractAll(join(appDir, 'resources', 'app.asar'), tree);
    cpSync(join(appDir, 'resources', 'app.asar.unpacked'), tree, { recursive: true });
    const fromApp = createRequire(join(tree, 'package.json'));
    const Database = fromApp('better-sqlite3') as new (file: string) => { prepare(sql: string): { get(): unknown }; close(): void };
    expect(fromApp.resolve('better-sqlite3').startsWith(tree)).toBe(true);
    const db = new Database(':memory:');
    expect(db.prepare("select sqlite_version() >= '3.40' as recent").get()).toEqual({ recent: 1 });
    db.close();
  });

  it('names each planted mistake, and a Node-ABI module, when it inspects a tampered copy', async () => {
    const appDir = packed.result?.appDir;
    if (!appDir) throw new Error('the packaging run gave no app folder');
    const copy = join(dirname(appDir), 'tampered');
    cpSync(appDir, copy, { recursive: true });
    const archive = join(copy, 'resources', 'app.asar');
    const tree = join(dirname(appDir), 'tampered-tree');
    asar.extractAll(archive, tree);
    const plant = (file: string, text = 'x') => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    };
    plant(join(tree, 'dist', 'electron', 'main.cjs.map'));
    plant(join(tree, 'dist', 'electron', 'gateway.cjs'));
    plant(join(tree, 'test', 'unit', 'settings.test.ts'));
    plant(join(tree, 'node_modules', 'vitest', 'package.json'), '{}');
    plant(join(tree, 'node_modules', 'electron', 'index.js'));
    plant(join(tree, '.env'), 'CSC_KEY_PASSWORD=hunter2');
    rmSync(join(tree, 'dist', 'electron', 'preload.cjs'));
    const manifest = JSON.parse(readFileSync(join(tree, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(tree, 'package.json'), JSON.stringify({ ...manifest, main: 'dist/electron/missing.cjs', devDependencies: { vitest: '^4' } }));
    rmSync(archive);
    rmSync(`${archive}.unpacked`, { recursive: true, force: true });
    await asar.createPackage(tree, archive);
    cpSync(join(appDir, 'resources', 'app.asar.unpacked'), `${archive}.unpacked`, { recursive: true });
    plant(join(copy, 'resources', 'seeds', 'codesign.p12'));
    rmSync(join(copy, 'resources', 'fonts', 'LICENSE_FONT'));

    const inspected = await runCheck(['--inspect', copy]);
    expect(inspected.status).toBe(1);
    const problems = inspected.result?.problems ?? [];
    for (const expected of [
      'missing from app.asar: dist/electron/preload.cjs',
      'missing from resources: fonts/LICENSE_FONT',
      'package.json main "dist/electron/missing.cjs" is not in app.asar',
      'package.json in app.asar still has devDependencies',
      'source map shipped: app.asar/dist/electron/main.cjs.map',
      'unexpected in app.asar: dist/electron/gateway.cjs',
      'unexpected in app.asar: test/unit/settings.test.ts',
      'TypeScript source shipped: app.asar/test/unit/settings.test.ts',
      'test file shipped: app.asar/test/unit/settings.test.ts',
      'development-only package shipped: app.asar/node_modules/vitest/package.json',
      'Electron itself shipped: app.asar/node_modules/electron/index.js',
      'environment file shipped: app.asar/.env',
      'key or certificate shipped: resources/seeds/codesign.p12',
      `node_modules/better-sqlite3/build/Release/better_sqlite3.node is built for NODE_MODULE_VERSION ${process.versions.modules}, Electron 41.7.1 needs 145: this package cannot open its database`,
    ]) {
      expect(problems).toContain(expected);
    }
  }, 60_000);
});
