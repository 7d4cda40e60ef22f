import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseUpdateInfo } from 'electron-updater/out/providers/Provider';
import type { Enterprise } from '../storage/storage';
import { isChannelFile, isPlainFileName, UpdateInfoFileSchema, type ReleaseChannel } from '../updates/release-files';
import { UsageError } from './text';

export interface PublishResult {
  folder: string;
  /** Channel files, then installers and block maps, as copied (the channel files went last). */
  channelFiles: string[];
  files: string[];
  versions: string[];
}

/** The folder the update route serves an enterprise's files from. */
export function enterpriseUpdatesFolder(dataDir: string, enterprise: Enterprise): string {
  return join(resolve(dataDir), 'updates', enterprise.uscc);
}

async function sha512Of(path: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

interface Checked {
  channelFiles: Array<{ name: string; version: string }>;
  /** Installer name → its expected sha512. */
  installers: Map<string, string>;
  blockmaps: string[];
}

/** Reads every channel file of the channel and checks each file it names against its sha512 and size. */
async function checkRelease(dir: string, channel: ReleaseChannel): Promise<Checked> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new UsageError({ zh: `无法读取发布目录 ${dir}。`, en: `Cannot read the release folder ${dir}.` });
  }
  const channelNames = names.filter((n) => isChannelFile(n, channel)).sort();
  const base = channel === 'stable' ? 'latest' : 'beta';
  if (channelNames.length === 0) {
    throw new UsageError({
      zh: `发布目录 ${dir} 中没有 ${base}.yml（或 ${base}-mac.yml、${base}-linux.yml）。请指向 electron-builder 的输出目录（dist），并确认 electron-builder.yml 配置了 publish。`,
      en: `The release folder ${dir} has no ${base}.yml (nor ${base}-mac.yml, ${base}-linux.yml). Point --dir at electron-builder's output folder and check that electron-builder.yml configures publish.`,
    });
  }
  const checked: Checked = { channelFiles: [], installers: new Map(), blockmaps: [] };
  for (const name of channelNames) {
    const raw = await readFile(join(dir, name), 'utf8');
    let parsed: ReturnType<typeof UpdateInfoFileSchema.safeParse>;
    try {
      // The parser electron-updater itself uses on the client.
      parsed = UpdateInfoFileSchema.safeParse(parseUpdateInfo(raw, name, pathToFileURL(join(dir, name))));
    } catch {
      throw new UsageError({ zh: `${name} 不是有效的 YAML。`, en: `${name} is not valid YAML.` });
    }
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') ?? '';
      throw new UsageError({ zh: `${name} 不是有效的更新信息：字段 ${where} 无效。`, en: `${name} is not valid update information: field ${where} is invalid.` });
    }
    const info = parsed.data;
    const named = info.files.map((f) => ({ url: f.url, sha512: f.sha512, size: f.size }));
    if (info.path && info.sha512 && !named.some((f) => f.url === info.path)) named.push({ url: info.path, sha512: info.sha512, size: undefined });
    for (const file of named) {
      if (!isPlainFileName(file.url)) {
        throw new UsageError({ zh: `${name} 中的文件「${file.url}」不是发布目录中的文件名。`, en: `${name} names "${file.url}", which is not a file name in the release folder.` });
      }
      const path = join(dir, file.url);
      if (!(await isFile(path))) throw new UsageError({ zh: `${name} 中列出的文件 ${file.url} 不在发布目录中。`, en: `${file.url}, named in ${name}, is not in the release folder.` });
      const size = (await stat(path)).size;
      if (file.size !== undefined && file.size !== size) {
        throw new UsageError({ zh: `文件 ${file.url} 的大小为 ${size} 字节，与 ${name} 中的 ${file.size} 不符。`, en: `${file.url} is ${size} bytes; ${name} says ${file.size}.` });
      }
      const actual = await sha512Of(path);
      if (actual !== file.sha512) {
        throw new UsageError({
          zh: `文件 ${file.url} 的 SHA-512 与 ${name} 中的不一致（应为 ${file.sha512}，实为 ${actual}）。未发布任何文件。`,
          en: `The SHA-512 of ${file.url} does not match ${name} (expected ${file.sha512}, found ${actual}). Nothing was published.`,
        });
      }
      checked.installers.set(file.url, actual);
      if (await isFile(`${path}.blockmap`)) checked.blockmaps.push(`${file.url}.blockmap`);
    }
    checked.channelFiles.push({ name, version: info.version });
  }
  checked.blockmaps = [...new Set(checked.blockmaps)];
  return checked;
}

/** Copies to a hidden temporary name (the route never serves dotfiles), flushes, renames into place. */
async function placeFile(source: string, folder: string, name: string, expectedSha512?: string): Promise<void> {
  const temp = join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await copyFile(source, temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (expectedSha512 !== undefined && (await sha512Of(temp)) !== expectedSha512) {
      throw new UsageError({ zh: `复制 ${name} 时内容发生变化，未完成发布。`, en: `${name} changed while it was being copied; publishing stopped.` });
    }
    await rename(temp, join(folder, name));
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * publish-update: checks the whole release first (every file each channel file names exists
 * and matches its sha512), then copies installers and block maps, and the channel files last,
 * so a client never reads a channel file naming an installer that is not there yet.
 */
export async function publishUpdate(options: { dataDir: string; enterprise: Enterprise; releaseDir: string; channel: ReleaseChannel }): Promise<PublishResult> {
  const dir = resolve(options.releaseDir);
  const checked = await checkRelease(dir, options.channel);
  const folder = enterpriseUpdatesFolder(options.dataDir, options.enterprise);
  await mkdir(folder, { recursive: true });
  for (const [name, sha512] of checked.installers) await placeFile(join(dir, name), folder, name, sha512);
  for (const name of checked.blockmaps) await placeFile(join(dir, name), folder, name);
  for (const { name } of checked.channelFiles) await placeFile(join(dir, name), folder, name);
  return {
    folder,
    channelFiles: checked.channelFiles.map((c) => c.name),
    files: [...checked.installers.keys(), ...checked.blockmaps],
    versions: [...new Set(checked.channelFiles.map((c) => c.version))],
  };
}
