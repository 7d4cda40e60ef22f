// Offline check of electron-builder.yml with electron-builder's own schema validator (the same
// one `electron-builder` runs before any download), plus the few settings this project relies
// on. Usage: node scripts/validate-builder-config.cjs [config-file]  (default: electron-builder.yml)
'use strict';

const path = require('node:path');
const { existsSync } = require('node:fs');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util/out/DebugLogger');

const projectDir = path.resolve(__dirname, '..');
const configFile = path.resolve(process.argv[2] || path.join(projectDir, 'electron-builder.yml'));

/** Settings whose absence would not break the schema but would break the product. */
function projectRules(config) {
  const problems = [];
  if (config.npmRebuild !== false) problems.push('npmRebuild must be false (its rebuild compiles against Node headers; see electron-builder.yml)');
  for (const hook of ['beforePack', 'afterPack']) {
    // electron-builder resolves hook paths from the folder it runs in: the project folder.
    const file = typeof config[hook] === 'string' ? path.resolve(projectDir, config[hook]) : null;
    if (!file || !existsSync(file)) problems.push(`${hook} must name an existing hook file (got ${JSON.stringify(config[hook])})`);
  }
  const fuses = config.electronFuses || {};
  for (const [fuse, wanted] of Object.entries({ runAsNode: false, onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false })) {
    if (fuses[fuse] !== wanted) problems.push(`electronFuses.${fuse} must be ${wanted}`);
  }
  return problems;
}

async function main() {
  if (!existsSync(configFile)) throw new Error(`no such file: ${configFile}`);
  const config = await getConfig(projectDir, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
  const problems = projectRules(config);
  if (problems.length > 0) throw new Error(`${path.basename(configFile)}:\n  ${problems.join('\n  ')}`);
  console.log(`electron-builder config OK: ${path.relative(process.cwd(), configFile) || configFile}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
