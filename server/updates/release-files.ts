import { z } from 'zod';

/**
 * The files of an electron-builder release as the update route serves them and publish-update
 * copies them: the channel files (latest.yml, latest-mac.yml, latest-linux.yml, beta.yml ...),
 * the installers they name, and each installer's .blockmap for differential downloads.
 */

/** One plain file name: no folder part, no `..`, not hidden, no control characters. */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !name.startsWith('.') &&
    !/[/\\:]/.test(name) &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    !/[\u0000-\u001f\u007f]/.test(name)
  );
}

export type ReleaseChannel = 'stable' | 'beta';

/** electron-builder's channel files: `<channel>[-mac|-linux[-arch]].yml`, 'stable' being "latest". */
export function isChannelFile(name: string, channel: ReleaseChannel): boolean {
  const base = channel === 'stable' ? 'latest' : 'beta';
  return new RegExp(`^${base}(?:-mac|-linux(?:-[a-z0-9]+)?)?\\.yml$`).test(name);
}

const contentTypes: Record<string, string> = {
  yml: 'text/yaml; charset=utf-8',
  yaml: 'text/yaml; charset=utf-8',
  exe: 'application/vnd.microsoft.portable-executable',
  msi: 'application/x-msi',
  dmg: 'application/x-apple-diskimage',
  zip: 'application/zip',
  appimage: 'application/vnd.appimage',
  deb: 'application/vnd.debian.binary-package',
  rpm: 'application/x-rpm',
  '7z': 'application/x-7z-compressed',
  blockmap: 'application/octet-stream',
};

export function contentTypeOf(name: string): string {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return contentTypes[ext] ?? 'application/octet-stream';
}

/** The update information electron-builder writes (builder-util-runtime's UpdateInfo), as far as publishing needs it. */
export const UpdateInfoFileSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/),
  files: z
    .array(
      z.object({
        url: z.string().min(1),
        /** base64 SHA-512 of the file. */
        sha512: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
        size: z.number().int().nonnegative().optional(),
      }),
    )
    .min(1),
  path: z.string().optional(),
  sha512: z.string().optional(),
  releaseDate: z.string().optional(),
});
export type UpdateInfoFile = z.infer<typeof UpdateInfoFileSchema>;

export type ByteRange = { kind: 'whole' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * One `Range: bytes=` range of a file of `size` bytes (RFC 9110 §14). Several ranges are answered
 * with the whole file (allowed; electron-updater is told to ask one range at a time), and so is a
 * Range whose If-Range names another version of the file.
 */
export function parseByteRange(header: string | undefined, size: number, ifRange?: string, etag?: string): ByteRange {
  if (!header) return { kind: 'whole' };
  if (ifRange !== undefined && ifRange !== etag) return { kind: 'whole' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'whole' };
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
