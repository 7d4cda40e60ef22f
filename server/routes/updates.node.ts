import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { errorBody, sendError } from '../errors.node';
import { contentTypeOf, isPlainFileName, parseByteRange } from '../updates/release-files';

/** O_NOFOLLOW where the platform has it: a symbolic link in an update folder is not served. */
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

function notFound(reply: FastifyReply, enterprise: string, file: string): FastifyReply {
  return sendError(reply, 404, errorBody('NOT_FOUND', `没有更新文件 ${enterprise}/${file}。`, `No update file ${enterprise}/${file}.`));
}

/**
 * GET /v1/updates/:enterprise/:file — the files `publish-update` put in <data>/updates/<enterprise>/,
 * for electron-updater's generic provider. Public and read-only, like any download site: installers
 * are not secret and the app checks their SHA-512 (from the yml) and, on Windows, their signature;
 * a device token would also rule out the plain web server or share the same folder can be served
 * from. Not rate limited: a differential download asks many small ranges, and nothing here touches
 * the database. Single byte ranges (206), ETag and If-None-Match (304); HEAD comes with GET.
 */
export function updateRoutes(app: FastifyInstance, updatesDir: string | null): void {
  app.get<{ Params: { enterprise: string; file: string } }>('/v1/updates/:enterprise/:file', { config: { rateLimit: false } }, async (request, reply) => {
    const { enterprise, file } = request.params;
    if (!updatesDir || !isPlainFileName(enterprise) || !isPlainFileName(file)) return notFound(reply, enterprise, file);
    let handle: FileHandle;
    try {
      handle = await open(join(updatesDir, enterprise, file), openFlags);
    } catch {
      return notFound(reply, enterprise, file);
    }
    // Size and ETag come from the open file: publish-update renames a new file in, never rewrites one.
    const stats = await handle.stat();
    if (!stats.isFile()) {
      await handle.close();
      return notFound(reply, enterprise, file);
    }
    const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    reply
      .header('accept-ranges', 'bytes')
      .header('etag', etag)
      .header('last-modified', stats.mtime.toUTCString())
      // Revalidate every time: a yml must never be stale, and the ETag makes asking cheap.
      .header('cache-control', 'no-cache')
      .type(contentTypeOf(file));
    if (request.headers['if-none-match'] === etag) {
      await handle.close();
      return reply.code(304).send();
    }
    const ifRange = request.headers['if-range'];
    const range = parseByteRange(request.headers.range, stats.size, typeof ifRange === 'string' ? ifRange : undefined, etag);
    if (range.kind === 'unsatisfiable') {
      await handle.close();
      return reply.code(416).header('content-range', `bytes */${stats.size}`).send();
    }
    if (range.kind === 'partial') {
      reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${stats.size}`).header('content-length', range.end - range.start + 1);
      return reply.send(handle.createReadStream({ start: range.start, end: range.end }));
    }
    reply.header('content-length', stats.size);
    return reply.send(handle.createReadStream());
  });
}
