// Helpers for the packaging hooks: which ABI a native module was built for, which ABI the
// target Electron needs, and a loud failure when they differ. A wrong-ABI better-sqlite3 gets
// packaged silently otherwise and only fails on the customer's machine (environment.md §5).
'use strict';

const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const SQLITE_MODULE = ['node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];

function sqliteModulePath(projectDir) {
  return path.join(projectDir, ...SQLITE_MODULE);
}

/** NODE_MODULE_VERSION the given Electron needs: the installed package's abi_version when it is that version, else node-abi. */
function expectedElectronAbi(projectDir, electronVersion) {
  const electronDir = path.join(projectDir, 'node_modules', 'electron');
  try {
    const installed = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
    const abiFile = path.join(electronDir, 'abi_version');
    if (installed === electronVersion && existsSync(abiFile)) return readFileSync(abiFile, 'utf8').trim();
  } catch {
    // Fall through to node-abi.
  }
  return String(require('node-abi').getAbi(electronVersion, 'electron'));
}

/** The module's ABI from Node's refusal message ("compiled against ... NODE_MODULE_VERSION 145. This version ... requires ... 115"). */
function abiFromLoadError(message) {
  const match = /NODE_MODULE_VERSION (\d+)/.exec(message);
  return match ? match[1] : null;
}

/** The `node_module_version` node-gyp recorded in build/config.gypi, i.e. the headers it compiled against. */
function abiFromConfigGypi(modulePath) {
  const gypi = path.join(path.dirname(modulePath), '..', 'config.gypi');
  if (!existsSync(gypi)) return null;
  const match = /"node_module_version":\s*(\d+)/.exec(readFileSync(gypi, 'utf8'));
  return match ? match[1] : null;
}

/**
 * The ABI `modulePath` was built for. Loading it in a child Node either succeeds (it is this
 * Node's ABI) or fails naming the module's ABI. A module for another CPU cannot be loaded at
 * all; then node-gyp's record of the headers it used is the evidence.
 */
function moduleAbi(modulePath) {
  if (!existsSync(modulePath)) return { abi: null, evidence: `${modulePath} does not exist` };
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', modulePath], { encoding: 'utf8' });
  if (probe.status === 0) return { abi: process.versions.modules, evidence: `loads in Node ${process.version}` };
  const fromError = abiFromLoadError(probe.stderr);
  if (fromError) return { abi: fromError, evidence: 'Node load error' };
  const fromGypi = abiFromConfigGypi(modulePath);
  if (fromGypi) return { abi: fromGypi, evidence: 'build/config.gypi' };
  return { abi: null, evidence: probe.stderr.trim().split('\n').slice(0, 3).join(' ') };
}

/** Throws, with what to do, unless `modulePath` is built for `expectedAbi`. */
function assertModuleAbi(modulePath, expectedAbi, target) {
  const { abi, evidence } = moduleAbi(modulePath);
  if (abi === expectedAbi) return abi;
  const found = abi === null ? 'an unknown ABI' : `NODE_MODULE_VERSION ${abi}`;
  throw new Error(
    [
      `better-sqlite3 is built for ${found} (${evidence}), but ${target} needs NODE_MODULE_VERSION ${expectedAbi}.`,
      'The packaged app would fail to open its database. Refusing to package.',
      'Check that Electron headers can be downloaded (www.electronjs.org/headers, or a mirror in ELECTRON_REBUILD_DIST_URL) and that no',
      'nodedir setting points node-gyp at the Node headers; then run the build again.',
    ].join('\n'),
  );
}

module.exports = { sqliteModulePath, expectedElectronAbi, abiFromLoadError, abiFromConfigGypi, moduleAbi, assertModuleAbi };
