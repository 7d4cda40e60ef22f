// electron-builder beforePack hook: rebuild better-sqlite3 for the target Electron and refuse
// to package unless the result really has Electron's ABI. electron-builder's own npmRebuild is
// off (see electron-builder.yml): it can report success while compiling against Node's headers.
'use strict';

const path = require('node:path');
const { Arch } = require('builder-util');
const { assertModuleAbi, expectedElectronAbi, sqliteModulePath } = require('./native-abi.cjs');
const { restoreNodeBuild, saveNodeBuild } = require('./node-build-backup.cjs');

function electronVersionOf(context) {
  const configured = context.packager.config.electronVersion;
  if (configured) return configured;
  return require(path.join(context.packager.projectDir, 'node_modules', 'electron', 'package.json')).version;
}

/** node-gyp takes `nodedir` from npm's environment (a global npmrc sets it to /usr here), which silently means Node's headers. */
function withoutNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_nodedir$/i.test(key)));
}

// Set only by scripts/pack-dir-check.mjs, which packages against a stand-in Electron to list the
// packaged files: there are no Electron headers to rebuild against here. A real release never
// sets it (.ci/run does not), and the package it produces is announced as unusable.
const SKIP_ABI = 'CLEARWAY_PACK_SKIP_ABI';

function skipWarning(target) {
  const bar = '!'.repeat(78);
  return [
    bar,
    `${SKIP_ABI}=1: better-sqlite3 NOT rebuilt for ${target}.`,
    'The package keeps the Node-ABI build and WILL NOT OPEN ITS DATABASE in Electron.',
    'This is for the packaged-file-list check only; never ship it, never set this for a release.',
    bar,
  ].join('\n');
}

async function beforePack(context) {
  const projectDir = context.packager.projectDir;
  const platform = context.electronPlatformName;
  const arch = Arch[context.arch];
  if (process.env[SKIP_ABI] === '1') {
    // Without a stand-in Electron (electronDist) this is a real build: refuse rather than skip.
    if (!context.packager.config.electronDist) {
      throw new Error(`${SKIP_ABI}=1 is only for scripts/pack-dir-check.mjs with a stand-in Electron (electronDist). Unset it to build a release.`);
    }
    console.warn(skipWarning(`${platform}-${arch}`));
    return;
  }
  if (platform !== process.platform) {
    throw new Error(`better-sqlite3 is a native module and cannot be cross-compiled: build the ${platform} package on ${platform}, not ${process.platform}.`);
  }
  const electronVersion = electronVersionOf(context);
  const expected = expectedElectronAbi(projectDir, electronVersion);
  const target = `Electron ${electronVersion} (${platform}-${arch})`;
  console.log(`  • rebuilding better-sqlite3 for ${target}, NODE_MODULE_VERSION ${expected}`);

  saveNodeBuild(projectDir);
  const savedEnv = process.env;
  process.env = withoutNodedir(savedEnv);
  try {
    const { rebuild } = await import('@electron/rebuild');
    // Headers from electronjs.org unless a mirror is named (the variable @electron/rebuild's own CLI reads).
    const headerURL = process.env.ELECTRON_REBUILD_DIST_URL || undefined;
    await rebuild({ buildPath: projectDir, electronVersion, arch, headerURL, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
    assertModuleAbi(sqliteModulePath(projectDir), expected, target);
    console.log(`  • better-sqlite3 verified for ${target}`);
  } catch (error) {
    restoreNodeBuild(projectDir);
    throw error;
  } finally {
    process.env = savedEnv;
  }
}

module.exports = { beforePack, withoutNodedir, SKIP_ABI };
