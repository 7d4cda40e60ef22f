import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CancellationToken, type BlockMap, type UpdateInfo } from 'builder-util-runtime';
import type { AppUpdater } from 'electron-updater';
import { GenericDifferentialDownloader } from 'electron-updater/out/differentialDownloader/GenericDifferentialDownloader';
import { ElectronHttpExecutor } from 'electron-updater/out/electronHttpExecutor';
import { GenericProvider } from 'electron-updater/out/providers/GenericProvider';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyUpdateError } from '../../electron/main/updates/update-errors';
import { updateDecision } from '../../electron/main/updates/update-decision';
import { runGatewayCli } from '../../server/cli/run.node';
import { useGateways, tenant } from './helpers/gateway';
import { installerBytes, nextInstallerBytes, sha512Base64, writeRelease } from './helpers/fake-release';
import { FaultProxy } from './helpers/fault-proxy.node';

/**
 * The client side as far as it runs without Electron: electron-updater's own GenericProvider,
 * its download code (ElectronHttpExecutor.download with the SHA-512 check of builder-util-runtime)
 * and its differential downloader, against a real gateway serving what publish-update published.
 * Only the transport differs: Node's http.request stands in for Electron's net.request.
 */
class NodeTransport extends ElectronHttpExecutor {
  readonly ranges: string[] = [];
  override createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ReturnType<ElectronHttpExecutor['createRequest']> {
    const headers = options.headers;
    const range = headers && !Array.isArray(headers) ? (headers as Record<string, unknown>).range : undefined;
    if (typeof range === 'string') this.ranges.push(range);
    return httpRequest(options, callback) as unknown as ReturnType<ElectronHttpExecutor['createRequest']>;
  }
}

/** The two AppUpdater fields GenericProvider reads, as a real AppUpdater without request headers has them. */
const updaterFields = { channel: null, isAddNoCacheQuery: true } as unknown as AppUpdater;

const gateways = useGateways();
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-update-client-'));
  scratch.push(dir);
  return dir;
};

async function feedWithReleases() {
  const dataDir = gateways.tempDir();
  const { url, storage } = await gateways.start('sqlite', { dataDir, updatesDir: join(dataDir, 'updates') });
  const { enterprise } = await tenant(storage);
  const publish = async (dir: string, channel = 'stable'): Promise<void> => {
    const err: string[] = [];
    const code = await runGatewayCli(['publish-update', '--enterprise', enterprise.uscc, '--dir', dir, '--channel', channel, '--data', dataDir, '--lang', 'en'], {
      env: {},
      out: () => undefined,
      err: (text) => err.push(text),
      version: 'test',
    });
    expect(code, err.join('\n')).toBe(0);
  };
  const v1 = installerBytes('client', 400_000);
  const v2 = nextInstallerBytes(v1, 'client');
  const release1 = tempDir();
  await writeRelease(release1, { version: '1.0.0', bytes: v1 });
  await publish(release1);
  const release2 = tempDir();
  const made = await writeRelease(release2, { version: '1.1.0', bytes: v2 });
  await publish(release2);
  return { feed: `${url}/v1/updates/${enterprise.uscc}/`, dataDir, uscc: enterprise.uscc, v1, v2, made, release1, publish };
}

const provider = (feed: string, executor: NodeTransport, options: { channel?: string; platform?: 'win32' | 'darwin' | 'linux' } = {}) =>
  new GenericProvider({ provider: 'generic', url: feed, channel: options.channel ?? 'latest', useMultipleRangeRequest: false }, updaterFields, {
    isUseMultipleRangeRequest: false,
    platform: options.platform ?? 'win32',
    executor,
  });

describe('electron-updater reading the gateway feed', () => {
  it('parses latest.yml from the route, resolves the installer and downloads it with the SHA-512 check', async () => {
    const { feed, v2, made } = await feedWithReleases();
    const executor = new NodeTransport();
    const generic = provider(feed, executor);
    const info: UpdateInfo = await generic.getLatestVersion();
    expect(info.version).toBe('1.1.0');
    expect(updateDecision('1.0.0', info.version, { pin: null, channel: 'latest' })).toEqual({ install: true, reason: 'newer' });
    const [file] = generic.resolveFiles(info);
    expect(file?.url.href).toBe(`${feed}${made.installer}`);
    const destination = join(tempDir(), 'installer.exe');
    await executor.download(file?.url ?? new URL(feed), destination, { sha512: file?.info.sha512 ?? '', cancellationToken: new CancellationToken() });
    expect(readFileSync(destination).equals(v2)).toBe(true);
  });

  it('downloads only the changed blocks with the published block maps, and the result is the new installer', async () => {
    const { feed, v1, v2, made, release1 } = await feedWithReleases();
    const executor = new NodeTransport();
    const generic = provider(feed, executor);
    const info = await generic.getLatestVersion();
    const [file] = generic.resolveFiles(info);
    if (!file) throw new Error('no file resolved');
    // The same URLs electron-updater derives: the new block map beside the installer, the old one by version.
    const [oldMapUrl, newMapUrl] = await generic.getBlockMapFiles(file.url, '1.0.0', info.version);
    expect(oldMapUrl?.href).toBe(`${feed}Clearway-1.0.0-win-x64.exe.blockmap`);
    const blockMap = async (url: URL | undefined): Promise<BlockMap> =>
      JSON.parse(gunzipSync(await executor.downloadToBuffer(url ?? new URL(feed), { cancellationToken: new CancellationToken(), headers: null })).toString()) as BlockMap;
    const [oldMap, newMap] = [await blockMap(oldMapUrl), await blockMap(newMapUrl)];

    const work = tempDir();
    const oldFile = join(work, 'installer.exe');
    writeFileSync(oldFile, readFileSync(join(release1, 'Clearway-1.0.0-win-x64.exe')));
    expect(readFileSync(oldFile).equals(v1)).toBe(true);
    const newFile = join(work, 'update.exe');
    const logged: string[] = [];
    const logger = { info: (m: unknown) => logged.push(String(m)), warn: (m: unknown) => logged.push(String(m)), error: (m: unknown) => logged.push(String(m)) };
    await new GenericDifferentialDownloader(file.info, executor, {
      newUrl: file.url,
      oldFile,
      newFile,
      logger,
      isUseMultipleRangeRequest: generic.isUseMultipleRangeRequest,
      requestHeaders: null,
      cancellationToken: new CancellationToken(),
    }).download(oldMap, newMap);

    expect(sha512Base64(readFileSync(newFile))).toBe(made.sha512);
    expect(readFileSync(newFile).equals(v2)).toBe(true);
    // Single ranges only (useMultipleRangeRequest: false), and far fewer bytes than the whole file.
    expect(executor.ranges.length).toBeGreaterThan(0);
    expect(executor.ranges.every((r) => /^bytes=\d+-\d+$/.test(r))).toBe(true);
    const fetched = executor.ranges.map((r) => r.slice(6).split('-').map(Number)).reduce((sum, [a = 0, b = 0]) => sum + b - a + 1, 0);
    expect(fetched).toBeLessThan(v2.length / 4);
    expect(logged.some((l) => l.startsWith('Full: ') && l.includes('To download:'))).toBe(true);
  });

  it('rejects a tampered installer on the server with a checksum error, classified for the dialog', async () => {
    const { feed, dataDir, uscc, made } = await feedWithReleases();
    const served = join(dataDir, 'updates', uscc, made.installer);
    const bytes = readFileSync(served);
    bytes[12345] = (bytes[12345] ?? 0) ^ 0x01;
    writeFileSync(served, bytes);
    const executor = new NodeTransport();
    const generic = provider(feed, executor);
    const [file] = generic.resolveFiles(await generic.getLatestVersion());
    const error = await executor
      .download(file?.url ?? new URL(feed), join(tempDir(), 'installer.exe'), { sha512: file?.info.sha512 ?? '', cancellationToken: new CancellationToken() })
      .then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_CHECKSUM_MISMATCH' });
    expect(classifyUpdateError(error)).toBe('checksum');
  });

  it('reads beta.yml on the beta channel and latest-linux.yml on Linux; a channel not published is "feed-missing"', async () => {
    const { feed, publish } = await feedWithReleases();
    const executor = new NodeTransport();
    const missing = await provider(feed, executor, { channel: 'beta' }).getLatestVersion().then(() => null, (e: unknown) => e);
    expect(missing).toMatchObject({ code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' });
    expect(classifyUpdateError(missing)).toBe('feed-missing');

    const beta = tempDir();
    await writeRelease(beta, { version: '1.2.0-beta.1', bytes: installerBytes('beta', 5000), channelFile: 'beta.yml' });
    await writeRelease(beta, { version: '1.2.0-beta.1', bytes: installerBytes('beta-linux', 5000), installer: 'Clearway-1.2.0-beta.1-linux-x86_64.AppImage', channelFile: 'beta-linux.yml' });
    await publish(beta, 'beta');
    const onBeta = await provider(feed, executor, { channel: 'beta' }).getLatestVersion();
    expect(onBeta.version).toBe('1.2.0-beta.1');
    expect(updateDecision('1.1.0', onBeta.version, { pin: null, channel: 'beta' }).install).toBe(true);
    const linux = provider(feed, executor, { channel: 'beta', platform: 'linux' });
    if (process.arch === 'x64') {
      const info = await linux.getLatestVersion();
      expect(linux.resolveFiles(info)[0]?.url.pathname).toMatch(/Clearway-1\.2\.0-beta\.1-linux-x86_64\.AppImage$/);
    }
    // Stable clients still see 1.1.0.
    expect((await provider(feed, executor).getLatestVersion()).version).toBe('1.1.0');
  });

  it('an installer download cut off mid-way fails as a network error, and the next attempt succeeds', async () => {
    const { feed, v2 } = await feedWithReleases();
    const gateway = new URL(feed);
    // The installer's response starts, then the connection is reset: an interrupted download.
    const proxy = await FaultProxy.start({ target: { port: Number(gateway.port) }, faults: (x) => (x.requestLine.includes('.exe ') ? { kind: 'reset-after' } : { kind: 'pass' }) });
    try {
      const executor = new NodeTransport();
      const generic = provider(`${proxy.url}${gateway.pathname}`, executor);
      const [file] = generic.resolveFiles(await generic.getLatestVersion());
      const destination = join(tempDir(), 'installer.exe');
      const download = () =>
        executor.download(file?.url ?? new URL(feed), destination, { sha512: file?.info.sha512 ?? '', cancellationToken: new CancellationToken() }).then(() => null, (e: unknown) => e);
      const error = await download();
      expect(error).not.toBeNull();
      expect(classifyUpdateError(error)).toBe('network');
      proxy.setFaults(undefined);
      expect(await download()).toBeNull();
      expect(readFileSync(destination).equals(v2)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('a feed that is down is a network error, not a crash', async () => {
    const executor = new NodeTransport();
    const error = await provider('http://127.0.0.1:9/v1/updates/x/', executor).getLatestVersion().then(() => null, (e: unknown) => e);
    expect(classifyUpdateError(error)).toBe('network');
  }, 30_000);
});
