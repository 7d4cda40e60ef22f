import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { Backend } from '../backend/backend.node';
import { defaultProfileDir, resolveProfileDir } from '../backend/profile.node';
import { startHost } from './server.node';

declare const __CLEARWAY_VERSION__: string;

/** Opens the URL in the system browser; a headless machine simply has none, which is fine. */
function openInBrowser(url: string): void {
  const command =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : [process.platform === 'darwin' ? 'open' : 'xdg-open', [url]];
  try {
    const child = spawn(command[0] as string, command[1] as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher: the printed URL is enough.
  }
}

function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const profileDir = resolveProfileDir(process.argv.slice(2), process.env, defaultProfileDir());
  const backend = new Backend({ profileDir, version: __CLEARWAY_VERSION__, log: 'profile', warmUp: true, marksProfileInUse: true });
  // The token is random per run; tests may fix it through the environment to reconnect after a restart.
  const token = process.env.CLEARWAY_HOST_TOKEN ?? randomBytes(24).toString('base64url');
  const port = Number(argValue('--port') ?? process.env.CLEARWAY_HOST_PORT ?? 0);
  const staticDir = join(dirname(process.argv[1] ?? '.'), '..', 'renderer');
  // Signal handlers first: a Ctrl+C while the server starts still closes the database cleanly.
  let host: Awaited<ReturnType<typeof startHost>> | null = null;
  const stop = () => {
    void (host?.close() ?? Promise.resolve()).finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  host = await startHost({ backend, staticDir, token, port });

  console.log(`清关通 Clearway 浏览器模式 / browser mode: ${host.url}`);
  console.log(`资料文件夹 / profile: ${profileDir}`);
  if (process.argv.includes('--open')) openInBrowser(host.url);
}

main().catch((error: unknown) => {
  console.error(`清关通 Clearway 无法启动 / could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
