import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBlockMap } from 'app-builder-lib/out/targets/blockmap/blockmap';

/** Reproducible bytes standing in for an installer: SHA-512 in counter mode from a seed. */
export function installerBytes(seed: string, size: number): Buffer {
  const out = Buffer.alloc(size);
  for (let offset = 0, i = 0; offset < size; i++) offset += createHash('sha512').update(`${seed}:${i}`).digest().copy(out, offset);
  return out;
}

/** The next version of an installer: most blocks unchanged, a region rewritten and a few bytes inserted. */
export function nextInstallerBytes(previous: Buffer, seed: string): Buffer {
  const middle = Math.floor(previous.length / 2);
  return Buffer.concat([previous.subarray(0, middle), installerBytes(`${seed}:changed`, 20_000), previous.subarray(middle + 12_000)]);
}

export const sha512Base64 = (bytes: Buffer): string => createHash('sha512').update(bytes).digest('base64');

export interface ReleaseFile {
  url: string;
  sha512: string;
  size?: number;
}

/** A channel file as electron-builder writes it (version, files, path, sha512, releaseDate). */
export function channelYaml(version: string, files: ReleaseFile[]): string {
  const lines = [`version: ${version}`, 'files:'];
  for (const f of files) {
    lines.push(`  - url: ${f.url}`, `    sha512: ${f.sha512}`);
    if (f.size !== undefined) lines.push(`    size: ${f.size}`);
  }
  const first = files[0];
  if (first) lines.push(`path: ${first.url}`, `sha512: ${first.sha512}`);
  lines.push(`releaseDate: '2026-11-26T10:00:00.000Z'`, '');
  return lines.join('\n');
}

/**
 * An electron-builder release folder: the installer, its .blockmap made by electron-builder's own
 * block map code (content-defined chunks, gzip), and the channel file naming the installer.
 */
export async function writeRelease(
  dir: string,
  options: { version: string; bytes: Buffer; installer?: string; channelFile?: string; blockmap?: boolean },
): Promise<{ installer: string; sha512: string; size: number }> {
  mkdirSync(dir, { recursive: true });
  const installer = options.installer ?? `Clearway-${options.version}-win-x64.exe`;
  const path = join(dir, installer);
  writeFileSync(path, options.bytes);
  const sha512 = sha512Base64(options.bytes);
  if (options.blockmap !== false) {
    const info = await buildBlockMap(path, 'gzip', `${path}.blockmap`);
    if (info.sha512 !== sha512) throw new Error('block map tool and test disagree on the SHA-512');
  }
  writeFileSync(join(dir, options.channelFile ?? 'latest.yml'), channelYaml(options.version, [{ url: installer, sha512, size: options.bytes.length }]));
  return { installer, sha512, size: options.bytes.length };
}
