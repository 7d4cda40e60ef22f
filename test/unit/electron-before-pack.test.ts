import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectDir = resolve(__dirname, '..', '..');
const require = createRequire(import.meta.url);
const abi = require('../../build/native-abi.cjs') as {
  sqliteModulePath(projectDir: string): string;
  expectedElectronAbi(projectDir: string, electronVersion: string): string;
  abiFromLoadError(message: string): string | null;
  moduleAbi(path: string): { abi: string | null; evidence: string };
  assertModuleAbi(path: string, expected: string, target: string): string;
};
const { withoutNodedir } = require('../../build/before-pack.cjs') as { withoutNodedir(env: Record<string, string>): Record<string, string> };

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
});
