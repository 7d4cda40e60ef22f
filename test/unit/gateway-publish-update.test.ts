import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleGatewayCli, runCli } from './helpers/cli-bundle';
import { channelYaml, installerBytes, nextInstallerBytes, sha512Base64, writeRelease } from './helpers/fake-release';

const USCC = '91310000MA1FL8XQ5T';
let root: string;
let bin: string;
let data: string;

/** bin/clearway-gateway.cjs beside a fresh bundle, as `npm run build` lays them out; one enterprise. */
beforeAll(async () => {
  ({ root, bin } = await bundleGatewayCli('clearway-publish-update-'));
  data = join(root, 'gateway-data');
  const created = gw('enterprise', 'create', '--name', '上海进出口贸易有限公司', '--uscc', USCC, '--customs-code', '3122240002', '--tier', 'regular', '--lang', 'en');
  expect(created.status, created.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const gw = (...args: string[]) => runCli(bin, [...args, '--data', data]);
const published = () => join(data, 'updates', USCC);
const listing = () => (existsSync(published()) ? readdirSync(published()).sort() : []);
let releases = 0;
const releaseDir = () => join(root, `release-${++releases}`);
const publish = (dir: string, ...extra: string[]) => gw('publish-update', '--enterprise', USCC, '--dir', dir, ...extra);

// Each command is a fresh Node process loading the bundle: a few seconds per test on a busy machine.
describe('clearway-gateway publish-update', { timeout: 60_000 }, () => {
  it('publishes installer, block map and latest.yml, keeps the previous release, and says where clients look', async () => {
    const v1 = installerBytes('publish', 150_000);
    const first = releaseDir();
    await writeRelease(first, { version: '1.0.0', bytes: v1 });
    const one = publish(first, '--lang', 'en');
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toContain(`Published version 1.0.0 for 上海进出口贸易有限公司 on the stable channel. The clients' update URL (policy updateUrl): <gateway URL>/v1/updates/${USCC}/`);
    expect(listing()).toEqual(['Clearway-1.0.0-win-x64.exe', 'Clearway-1.0.0-win-x64.exe.blockmap', 'latest.yml']);

    const second = releaseDir();
    const v2 = await writeRelease(second, { version: '1.1.0', bytes: nextInstallerBytes(v1, 'publish') });
    const two = publish(second, '--lang', 'zh');
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toContain('已为 上海进出口贸易有限公司 发布 1.1.0 版（正式版通道）');
    // The old block map stays: electron-updater fetches it to download only the changed blocks.
    expect(listing()).toEqual([
      'Clearway-1.0.0-win-x64.exe',
      'Clearway-1.0.0-win-x64.exe.blockmap',
      'Clearway-1.1.0-win-x64.exe',
      'Clearway-1.1.0-win-x64.exe.blockmap',
      'latest.yml',
    ]);
    expect(readFileSync(join(published(), 'latest.yml'), 'utf8')).toBe(readFileSync(join(second, 'latest.yml'), 'utf8'));
    expect(sha512Base64(readFileSync(join(published(), v2.installer)))).toBe(v2.sha512);
  });

  it('refuses an installer whose SHA-512 does not match, naming it, and publishes nothing', async () => {
    const before = listing();
    const dir = releaseDir();
    const { installer } = await writeRelease(dir, { version: '1.2.0', bytes: installerBytes('tampered', 50_000) });
    const bytes = readFileSync(join(dir, installer));
    bytes[1000] = (bytes[1000] ?? 0) ^ 0xff;
    writeFileSync(join(dir, installer), bytes);
    const zh = publish(dir, '--lang', 'zh');
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain(`文件 ${installer} 的 SHA-512 与 latest.yml 中的不一致`);
    expect(zh.stderr).toContain('未发布任何文件');
    const en = publish(dir, '--lang', 'en');
    expect(en.stderr).toContain(`The SHA-512 of ${installer} does not match latest.yml`);
    expect(en.stderr).toContain(`found ${sha512Base64(bytes)}`);
    expect(listing()).toEqual(before);
  });

  it('refuses a channel file naming a missing file, a file of the wrong size, or a path outside the folder', async () => {
    const before = listing();
    const missing = releaseDir();
    mkdirSync(missing);
    writeFileSync(join(missing, 'latest.yml'), channelYaml('1.3.0', [{ url: 'Clearway-1.3.0-win-x64.exe', sha512: sha512Base64(Buffer.from('x')) }]));
    expect(publish(missing, '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringContaining('Clearway-1.3.0-win-x64.exe, named in latest.yml, is not in the release folder.') });

    const size = releaseDir();
    const made = await writeRelease(size, { version: '1.3.0', bytes: installerBytes('size', 1000) });
    writeFileSync(join(size, 'latest.yml'), channelYaml('1.3.0', [{ url: made.installer, sha512: made.sha512, size: 999 }]));
    expect(publish(size, '--lang', 'zh')).toMatchObject({ status: 2, stderr: expect.stringContaining(`文件 ${made.installer} 的大小为 1000 字节，与 latest.yml 中的 999 不符。`) });

    const outside = releaseDir();
    mkdirSync(outside);
    writeFileSync(join(root, 'outside.exe'), 'x');
    writeFileSync(join(outside, 'latest.yml'), channelYaml('1.3.0', [{ url: '../outside.exe', sha512: sha512Base64(Buffer.from('x')) }]));
    expect(publish(outside, '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringContaining('latest.yml names "../outside.exe", which is not a file name in the release folder.') });
    expect(listing()).toEqual(before);
  });

  it('refuses a channel file that is not update information', async () => {
    const dir = releaseDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'latest.yml'), 'version: [1.0\n  files: {');
    expect(publish(dir, '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringContaining('latest.yml is not valid YAML.') });
    writeFileSync(join(dir, 'latest.yml'), 'version: 1.4.0\nfiles: []\n');
    expect(publish(dir, '--lang', 'zh')).toMatchObject({ status: 2, stderr: expect.stringContaining('latest.yml 不是有效的更新信息：字段 files 无效。') });
  });

  it('reads beta*.yml for --channel beta, and says which file it missed', async () => {
    const stableOnly = releaseDir();
    await writeRelease(stableOnly, { version: '1.5.0', bytes: installerBytes('stable-only', 1000) });
    expect(publish(stableOnly, '--channel', 'beta', '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringContaining(`has no beta.yml (nor beta-mac.yml, beta-linux.yml)`) });

    const beta = releaseDir();
    await writeRelease(beta, { version: '1.6.0-beta.1', bytes: installerBytes('beta', 2000), channelFile: 'beta.yml' });
    const latestBefore = readFileSync(join(published(), 'latest.yml'), 'utf8');
    const done = publish(beta, '--channel', 'beta', '--lang', 'en');
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain('Published version 1.6.0-beta.1');
    expect(listing()).toContain('beta.yml');
    expect(readFileSync(join(published(), 'latest.yml'), 'utf8')).toBe(latestBefore);
  });

  it('publishes every platform channel file of a release folder (Windows, macOS, Linux)', async () => {
    const dir = releaseDir();
    await writeRelease(dir, { version: '1.7.0', bytes: installerBytes('win', 3000) });
    await writeRelease(dir, { version: '1.7.0', bytes: installerBytes('mac', 3000), installer: 'Clearway-1.7.0-mac-arm64.zip', channelFile: 'latest-mac.yml' });
    await writeRelease(dir, { version: '1.7.0', bytes: installerBytes('linux', 3000), installer: 'Clearway-1.7.0-linux-x86_64.AppImage', channelFile: 'latest-linux.yml', blockmap: false });
    const done = publish(dir, '--lang', 'en');
    expect(done.status, done.stderr).toBe(0);
    for (const name of ['latest.yml', 'latest-mac.yml', 'latest-linux.yml', 'Clearway-1.7.0-mac-arm64.zip', 'Clearway-1.7.0-mac-arm64.zip.blockmap', 'Clearway-1.7.0-linux-x86_64.AppImage']) {
      expect(listing()).toContain(name);
    }
    expect(listing().filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('checks the enterprise and the options', () => {
    const dir = releaseDir();
    expect(gw('publish-update', '--enterprise', '91000000000000000X', '--dir', dir, '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringContaining('No enterprise 91000000000000000X') });
    expect(gw('publish-update', '--enterprise', USCC, '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringContaining('Missing option --dir.') });
    expect(gw('publish-update', '--enterprise', USCC, '--dir', dir, '--channel', 'alpha', '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringContaining('Invalid value "alpha" for --channel.') });
    expect(gw('publish-update', '--enterprise', USCC, '--dir', join(root, 'nowhere'), '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringContaining('Cannot read the release folder') });
    expect(gw('--help', '--lang', 'en').stdout).toContain('publish-update --enterprise E --dir RELEASE_DIR [--channel stable|beta]');
  });
});
