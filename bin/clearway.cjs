#!/usr/bin/env node
// The `clearway` command (package.json "bin"): runs the built CLI bundle, which `npm run build` makes.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'cli', 'clearway.cjs');
if (!existsSync(built)) {
  process.stderr.write('清关通命令行尚未构建，请先运行 npm run build / The Clearway CLI is not built yet: run npm run build\n');
  process.exit(2);
}
require(built);
