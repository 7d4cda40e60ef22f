#!/usr/bin/env node
// The `clearway-gateway` command (package.json "bin"): runs the built gateway bundle, which `npm run build` makes.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'server', 'gateway.cjs');
if (!existsSync(built)) {
  process.stderr.write('清关通沙箱网关尚未构建，请先运行 npm run build / The Clearway gateway is not built yet: run npm run build\n');
  process.exit(2);
}
require(built);
