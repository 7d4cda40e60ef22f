// electron-builder afterPack hook: the Electron-ABI better-sqlite3 is now inside the package, so
// put the Node-ABI build back for the tests and the browser host (see before-pack.cjs).
'use strict';

const { restoreNodeBuild } = require('./node-build-backup.cjs');

async function afterPack(context) {
  if (restoreNodeBuild(context.packager.projectDir)) console.log('  • restored the Node build of better-sqlite3');
}

module.exports = { afterPack };
