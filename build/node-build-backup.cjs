// Keeps the Node-ABI better-sqlite3 build (the one vitest and the browser host load) aside while
// the packaging hooks swap in an Electron-ABI build, and puts it back afterwards.
'use strict';

const { createHash } = require('node:crypto');
const { copyFileSync, existsSync, mkdirSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// Outside the project, so nothing here can end up in the package.
function backupDir(projectDir) {
  const id = createHash('sha256').update(path.resolve(projectDir)).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), 'clearway-native-backup', id);
}

function files(projectDir) {
  const build = path.join(projectDir, 'node_modules', 'better-sqlite3', 'build');
  return [path.join(build, 'Release', 'better_sqlite3.node'), path.join(build, 'config.gypi')];
}

function saveNodeBuild(projectDir) {
  const dir = backupDir(projectDir);
  mkdirSync(dir, { recursive: true });
  for (const file of files(projectDir)) if (existsSync(file)) copyFileSync(file, path.join(dir, path.basename(file)));
}

/** Returns true when a saved build was put back. */
function restoreNodeBuild(projectDir) {
  const dir = backupDir(projectDir);
  let restored = false;
  for (const file of files(projectDir)) {
    const saved = path.join(dir, path.basename(file));
    if (!existsSync(saved)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    copyFileSync(saved, file);
    restored = true;
  }
  rmSync(dir, { recursive: true, force: true });
  return restored;
}

module.exports = { backupDir, saveNodeBuild, restoreNodeBuild };
