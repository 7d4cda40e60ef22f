import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { breathe } from './zip-file.node';

const CHUNK = 1024 * 1024;
/** manifest.json and the small profile files are kilobytes; anything larger is not ours. */
const SMALL_LIMIT = 1024 * 1024;

export interface BackupZipContents {
  /** Entries were found at all: false means the file is not a zip (or nothing of it is readable). */
  readable: boolean;
  small: Map<string, Uint8Array>;
  /** The database entry, written to `databaseOut` while its SHA-256 was computed; null when absent or cut short. */
  database: { sha256: string; bytes: number } | null;
}

export interface ReadZipHooks {
  /** Told after each chunk: bytes of the zip file read so far, and its size. */
  onBytes: (done: number, total: number) => void;
  /** Asked after each chunk, once other calls (a cancel) had their turn; throws to stop the reading. */
  checkpoint: () => void;
}

/** Thrown by {@link readBackupZip} when fflate cannot inflate the data: the zip is damaged. */
export class UnreadableZip extends Error {}

/**
 * Reads a backup zip in 1 MB chunks (fflate's streaming Unzip): the database entry goes straight
 * to `databaseOut` and through the hash, so a profile of hundreds of megabytes never sits whole in
 * memory. Between chunks it yields to the event loop, so the backend keeps answering and a cancel
 * gets through; `hooks.checkpoint` may throw, and that error is passed on as it is. Throws
 * UnreadableZip on data fflate cannot inflate; a truncated file shows as a database cut short.
 */
export async function readBackupZip(
  path: string,
  databaseEntry: string,
  smallEntries: ReadonlySet<string>,
  databaseOut: string,
  hooks: ReadZipHooks,
): Promise<BackupZipContents> {
  const small = new Map<string, Uint8Array>();
  let found = 0;
  let database: BackupZipContents['database'] = null;
  const out = openSync(databaseOut, 'w');
  const hash = createHash('sha256');
  let written = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    found++;
    if (file.name === databaseEntry) {
      file.ondata = (error, chunk, final) => {
        if (error) throw error;
        hash.update(chunk);
        writeSync(out, chunk);
        written += chunk.length;
        if (final) database = { sha256: hash.digest('hex'), bytes: written };
      };
      file.start();
    } else if (smallEntries.has(file.name)) {
      const parts: Uint8Array[] = [];
      let size = 0;
      file.ondata = (error, chunk, final) => {
        if (error) throw error;
        size += chunk.length;
        if (size > SMALL_LIMIT) throw new Error(`${file.name} is larger than a backup's small files can be`);
        parts.push(chunk);
        if (final) small.set(file.name, Buffer.concat(parts));
      };
      file.start();
    }
    // Any other entry is skipped without being inflated.
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const buffer = Buffer.alloc(CHUNK);
    let offset = 0;
    const push = (data: Uint8Array, final: boolean) => {
      try {
        unzip.push(data, final);
      } catch (error) {
        throw new UnreadableZip(String(error));
      }
    };
    if (size === 0) push(new Uint8Array(0), true);
    while (offset < size) {
      const read = readSync(fd, buffer, 0, Math.min(CHUNK, size - offset), offset);
      if (read <= 0) break;
      offset += read;
      // fflate keeps a reference to pushed data: hand it a copy, the buffer is reused.
      push(Uint8Array.prototype.slice.call(buffer, 0, read), offset >= size);
      hooks.onBytes(offset, size);
      await breathe();
      hooks.checkpoint();
    }
  } finally {
    closeSync(fd);
    closeSync(out);
  }
  return { readable: found > 0, small, database };
}
