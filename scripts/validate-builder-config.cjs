// Offline check of electron-builder.yml with electron-builder's own schema validator (the same
// one `electron-builder` runs before any download), plus the project's rules
// (scripts/builder-config-rules.cjs).
// Usage: node scripts/validate-builder-config.cjs [config-file]  (default: electron-builder.yml)
'use strict';

const path = require('node:path');
const { existsSync, readFileSync } = require('node:fs');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util/out/DebugLogger');
const { allRules } = require('./builder-config-rules.cjs');

const projectDir = path.resolve(__dirname, '..');
const configFile = path.resolve(process.argv[2] || path.join(projectDir, 'electron-builder.yml'));

async function main() {
  if (!existsSync(configFile)) throw new Error(`no such file: ${configFile}`);
  const config = await getConfig(projectDir, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
  const problems = allRules(config, readFileSync(configFile, 'utf8'), projectDir);
  if (problems.length > 0) throw new Error(`${path.basename(configFile)}:\n  ${problems.join('\n  ')}`);
  console.log(`electron-builder config OK: ${path.relative(process.cwd(), configFile) || configFile}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
