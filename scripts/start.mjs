// `npm start` (after `npm run build`): the desktop app when the Electron runtime is installed,
// otherwise the same UI in the browser mode. Arguments (--profile <dir>, --port <n>) pass
// through; signals are forwarded and the child's exit code becomes ours.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** The Electron binary, or null. `require('electron')` returns its path, and throws when the download was skipped. */
function electronBinary() {
  try {
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

// Installed before anything is printed or spawned, so a Ctrl+C or SIGTERM at any moment either
// reaches the child or ends us; it is never lost in between.
const signals = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
let child = null;
const forward = (signal) => {
  if (!child) dieOf(signal);
  else if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of signals) process.on(signal, forward);

/** Die of the same signal as the child, so whoever started us sees what really happened. */
function dieOf(signal) {
  for (const s of signals) process.off(s, forward);
  process.kill(process.pid, signal);
}

function run(command, commandArgs, env) {
  child = spawn(command, commandArgs, { cwd: projectDir, env, stdio: 'inherit' });
  child.on('error', (error) => {
    console.error(`无法启动 / could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) dieOf(signal);
    else process.exit(code ?? 1);
  });
}

/**
 * node_modules holds better-sqlite3 built for Node (the tests need it), which Electron cannot
 * load. For the desktop app in development we keep a second copy built for Electron's ABI in
 * .electron-native/ and point the backend at its binary (CLEARWAY_SQLITE_BINDING, read by
 * open-database.node.ts). Packaged apps get theirs from build/before-pack.cjs instead.
 */
function electronSqliteBinding() {
  const require = createRequire(import.meta.url);
  const electronVersion = require('electron/package.json').version;
  const root = join(projectDir, '.electron-native');
  const moduleDir = join(root, 'node_modules', 'better-sqlite3');
  const binary = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  const stamp = join(root, 'electron-version');
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) return binary;

  console.log(`为 Electron ${electronVersion} 编译 better-sqlite3（仅首次，约两分钟）/ building better-sqlite3 for Electron ${electronVersion} (first start only, about two minutes)…`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  cpSync(join(projectDir, 'node_modules', 'better-sqlite3'), moduleDir, {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'clearway-electron-native', private: true, dependencies: { 'better-sqlite3': '*' } }));
  // A global npmrc nodedir (Node's headers) would silently build for Node's ABI: drop it.
  const { npm_config_nodedir: _nodedir, NPM_CONFIG_NODEDIR: _NODEDIR, ...env } = process.env;
  const rebuild = spawnSync(process.execPath, [require.resolve('@electron/rebuild/lib/cli.js'), '--version', electronVersion, '--module-dir', root, '--only', 'better-sqlite3', '--force'], { stdio: 'inherit', env });
  if (rebuild.status !== 0 || !existsSync(binary)) {
    console.error('better-sqlite3 未能为 Electron 编译，改用浏览器模式 / could not build better-sqlite3 for Electron; use npm run start:web meanwhile.');
    process.exit(1);
  }
  writeFileSync(stamp, electronVersion);
  return binary;
}

const electron = electronBinary();
if (electron) {
  // A leftover ELECTRON_RUN_AS_NODE would make Electron behave as plain Node.
  const { ELECTRON_RUN_AS_NODE: _unused, ...env } = process.env;
  // A binding named in the environment (a developer's own build) is used as it is.
  run(electron, [projectDir, ...args], { ...env, CLEARWAY_SQLITE_BINDING: env.CLEARWAY_SQLITE_BINDING || electronSqliteBinding() });
} else {
  console.log(
    '未找到 Electron 运行时，改用浏览器模式（中国大陆用户可设置 ELECTRON_MIRROR 后重新 npm install）/ Electron runtime not found; starting the browser mode instead.',
  );
  const host = join(projectDir, 'dist', 'host', 'host.cjs');
  if (!existsSync(host)) {
    console.error('未找到 dist/host/host.cjs，请先运行 npm run build / dist/host/host.cjs is missing; run npm run build first.');
    process.exit(1);
  }
  run(process.execPath, [host, ...(args.includes('--open') ? [] : ['--open']), ...args], process.env);
}
