// `npm start` (after `npm run build`): the desktop app when the Electron runtime is installed,
// otherwise the same UI in the browser mode. Arguments (--profile <dir>, --port <n>) pass
// through; signals are forwarded and the child's exit code becomes ours.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

const electron = electronBinary();
if (electron) {
  // A leftover ELECTRON_RUN_AS_NODE would make Electron behave as plain Node.
  const { ELECTRON_RUN_AS_NODE: _unused, ...env } = process.env;
  run(electron, [projectDir, ...args], env);
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
