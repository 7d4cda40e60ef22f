import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const projectDir = resolve(__dirname, '..', '..');
const require = createRequire(import.meta.url);
const abi = require('../../build/native-abi.cjs') as {
  sqliteModulePath(projectDir: string): string;
  expectedElectronAbi(projectDir: string, electronVersion: string): string;
  abiFromLoadError(message: string): string | null;
  moduleAbi(path: string): { abi: string | null; evidence: string };
  assertModuleAbi(path: string, expected: string, target: string): string;
};
interface PackContext {
  packager: { projectDir: string; config: { electronVersion: string; electronDist?: string } };
  electronPlatformName: string;
  arch: number;
}
const { withoutNodedir, beforePack, SKIP_ABI } = require('../../build/before-pack.cjs') as {
  withoutNodedir(env: Record<string, string>): Record<string, string>;
  beforePack(context: PackContext): Promise<void>;
  SKIP_ABI: string;
};
const x64 = 1; // builder-util's Arch.x64
const { backupDir } = require('../../build/node-build-backup.cjs') as { backupDir(projectDir: string): string };

const dir = mkdtempSync(join(tmpdir(), 'clearway-native-abi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('native module ABI check of the packaging hook', () => {
  const installed = abi.sqliteModulePath(projectDir);

  it('knows the ABI Electron 41.7.1 needs', () => {
    expect(abi.expectedElectronAbi(projectDir, '41.7.1')).toBe('145');
  });

  it('reads the ABI of the installed better-sqlite3 (built for this Node, for the tests)', () => {
    expect(existsSync(installed)).toBe(true);
    expect(abi.moduleAbi(installed).abi).toBe(process.versions.modules);
  });

  it('refuses loudly to package a Node-ABI build for Electron', () => {
    expect(() => abi.assertModuleAbi(installed, '145', 'Electron 41.7.1 (linux-x64)')).toThrow(
      new RegExp(`built for NODE_MODULE_VERSION ${process.versions.modules}.*needs NODE_MODULE_VERSION 145[\\s\\S]*Refusing to package`),
    );
    expect(abi.assertModuleAbi(installed, process.versions.modules, 'this Node')).toBe(process.versions.modules);
  });

  it('refuses a file it cannot identify, and a missing one', () => {
    const garbage = join(dir, 'garbage.node');
    writeFileSync(garbage, 'not a shared object');
    expect(() => abi.assertModuleAbi(garbage, '145', 'Electron')).toThrow(/unknown ABI/);
    expect(() => abi.assertModuleAbi(join(dir, 'absent.node'), '145', 'Electron')).toThrow(/does not exist/);
  });

  it('reads the module ABI from Node’s refusal message', () => {
    const message =
      "The module '/x/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 145. This version of Node.js requires\nNODE_MODULE_VERSION 115.";
    expect(abi.abiFromLoadError(message)).toBe('145');
    expect(abi.abiFromLoadError('invalid ELF header')).toBeNull();
  });

  it('keeps node-gyp away from the Node headers a global npmrc points at', () => {
    expect(withoutNodedir({ npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });

  it('the real hook, when no Electron build can be made, ends in an error and puts the Node build back', async () => {
    // A throwaway project holding this Node's better-sqlite3 build, so the shared node_modules is
    // never rebuilt. No Electron headers can be had here and no sources are copied: whichever
    // step gives up first, `npm run dist` must end in an error, never in a package.
    const project = mkdtempSync(join(tmpdir(), 'clearway-before-pack-'));
    const moduleDir = join(project, 'node_modules', 'better-sqlite3');
    const built = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
    mkdirSync(dirname(built), { recursive: true });
    copyFileSync(join(projectDir, 'node_modules', 'better-sqlite3', 'package.json'), join(moduleDir, 'package.json'));
    copyFileSync(join(projectDir, 'node_modules', 'better-sqlite3', 'binding.gyp'), join(moduleDir, 'binding.gyp'));
    copyFileSync(installed, built);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'throwaway', version: '1.0.0', dependencies: { 'better-sqlite3': '^12.11.1' } }));
    const before = readFileSync(built);
    // As the global npmrc here sets it; the hook strips it from the rebuild's environment.
    const savedNodedir = process.env.npm_config_nodedir;
    process.env.npm_config_nodedir = '/usr';
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(
        beforePack({ packager: { projectDir: project, config: { electronVersion: '41.7.1' } }, electronPlatformName: process.platform, arch: x64 }),
      ).rejects.toThrow(/better-sqlite3/);
      expect(log.mock.calls.flat().join('\n')).toContain('rebuilding better-sqlite3 for Electron 41.7.1');
      expect(readFileSync(built).equals(before)).toBe(true);
      expect(abi.moduleAbi(built).abi).toBe(process.versions.modules);
      expect(existsSync(backupDir(project))).toBe(false);
    } finally {
      if (savedNodedir === undefined) Reflect.deleteProperty(process.env, 'npm_config_nodedir');
      else process.env.npm_config_nodedir = savedNodedir;
      log.mockRestore();
      rmSync(project, { recursive: true, force: true });
    }
  }, 120_000);

  describe('the skip switch for the packaged-file-list check', () => {
    const md5 = () => createHash('md5').update(readFileSync(installed)).digest('hex');
    const context = (electronDist?: string): PackContext => ({
      packager: { projectDir, config: { electronVersion: '41.7.1', ...(electronDist ? { electronDist } : {}) } },
      electronPlatformName: process.platform,
      arch: x64,
    });
    afterEach(() => {
      Reflect.deleteProperty(process.env, SKIP_ABI);
      vi.restoreAllMocks();
    });

    it('is refused in a real build (no stand-in Electron), before anything is touched', async () => {
      const before = md5();
      process.env[SKIP_ABI] = '1';
      await expect(beforePack(context())).rejects.toThrow(/CLEARWAY_PACK_SKIP_ABI=1 is only for scripts\/pack-dir-check\.mjs.*Unset it to build a release/);
      expect(md5()).toBe(before);
    });

    it('with a stand-in Electron skips only the rebuild, says so loudly, and leaves the Node build alone', async () => {
      const before = md5();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      process.env[SKIP_ABI] = '1';
      await beforePack(context(dir));
      expect(warn.mock.calls.flat().join('\n')).toMatch(/NOT rebuilt for \S+-x64[\s\S]*WILL NOT OPEN ITS DATABASE[\s\S]*never set this for a release/);
      expect(md5()).toBe(before);
    });

    it('counts only the exact value 1', async () => {
      process.env[SKIP_ABI] = 'yes';
      // Not skipped: the real path runs and refuses a cross-platform target before rebuilding.
      await expect(beforePack({ ...context(dir), electronPlatformName: process.platform === 'win32' ? 'darwin' : 'win32' })).rejects.toThrow(/cannot be cross-compiled/);
    });
  });
});
