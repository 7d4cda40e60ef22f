import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** manifest.json and the small profile files are kilobytes; anything larger is not ours. */
const SMALL_LIMIT = 1024 * 1024;
/** yauzl hands over 16-64 KB at a time: progress is told once per megabyte, not per chunk (a flood over the event socket). */
const PROGRESS_STEP = 1024 * 1024;

export interface BackupZipContents {
  /** Entries were found at all: false means the file is not a zip (or nothing of it is readable). */
  readable: boolean;
  small: Map<string, Uint8Array>;
  /** The database entry, written to `databaseOut` while its SHA-256 was computed; null when absent. */
  database: { sha256: string; bytes: number } | null;
}

export interface ReadZipHooks {
  /** Told as the entries are read: compressed bytes of the zip read so far, and the zip file's size. */
  onBytes: (done: number, total: number) => void;
  /** Asked between chunks, once other calls (a cancel) had their turn; throws to stop the reading. */
  checkpoint: () => void;
}

/** Thrown by {@link readBackupZip} when the zip cannot be read: it is damaged or not a zip. */
export class UnreadableZip extends Error {}

const unreadable = (error: unknown): UnreadableZip => (error instanceof UnreadableZip ? error : new UnreadableZip(error instanceof Error ? error.message : String(error)));

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // lazyEntries: one entry at a time, on our pace; validateEntrySizes checks each entry's size on the way.
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) reject(unreadable(error ?? new Error('no zip')));
      else resolve(zip);
    });
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(unreadable(error ?? new Error('no stream')));
      else resolve(stream);
    });
  });
}

/**
 * Reads a backup zip by its central directory (yauzl), entry by entry as a stream: the database
 * entry goes straight to `databaseOut` and through the hash, so a profile of hundreds of megabytes
 * never sits whole in memory. Streams hand over control between chunks, so the backend keeps
 * answering and a cancel gets through; `hooks.checkpoint` may throw, and that error is passed on
 * as it is. (fflate's streaming reader was used before: it finds where an entry written with a data
 * descriptor ends by looking for the next signature in the compressed bytes, and a large database
 * holds such bytes by chance now and then: test/unit/support-backup-signatures.test.ts.)
 * Throws UnreadableZip when the file is not a zip, is cut short, or its data does not inflate or
 * does not match its recorded size.
 */
export async function readBackupZip(
  path: string,
  databaseEntry: string,
  smallEntries: ReadonlySet<string>,
  databaseOut: string,
  hooks: ReadZipHooks,
): Promise<BackupZipContents> {
  const zip = await openZip(path);
  const small = new Map<string, Uint8Array>();
  let database: BackupZipContents['database'] = null;
  let found = 0;
  let read = 0;
  let told = 0;
  const out = openSync(databaseOut, 'w');
  try {
    const entries = entriesOf(zip);
    for await (const entry of entries) {
      found++;
      const wanted = entry.fileName === databaseEntry || smallEntries.has(entry.fileName);
      if (!wanted) {
        // Any other entry is skipped without being inflated.
        read += entry.compressedSize;
        continue;
      }
      if (entry.fileName !== databaseEntry && entry.uncompressedSize > SMALL_LIMIT) {
        throw new UnreadableZip(`${entry.fileName} is larger than a backup's small files can be`);
      }
      const stream = await openEntry(zip, entry);
      const hash = createHash('sha256');
      const parts: Buffer[] = [];
      let bytes = 0;
      const before = read;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          if (entry.fileName === databaseEntry) {
            hash.update(chunk);
            writeSync(out, chunk);
          } else {
            parts.push(chunk);
          }
          // Inflated bytes, scaled to the compressed size this entry takes in the file.
          read = before + Math.round((entry.compressedSize * bytes) / Math.max(1, entry.uncompressedSize));
          if (read - told >= PROGRESS_STEP) {
            told = read;
            hooks.onBytes(Math.min(read, zip.fileSize), zip.fileSize);
          }
          hooks.checkpoint();
        }
      } catch (error) {
        stream.destroy();
        throw isOurs(error) ? error : unreadable(error);
      }
      read = before + entry.compressedSize;
      if (entry.fileName === databaseEntry) database = { sha256: hash.digest('hex'), bytes };
      else small.set(entry.fileName, Buffer.concat(parts));
    }
    hooks.onBytes(zip.fileSize, zip.fileSize);
  } finally {
    closeSync(out);
    zip.close();
  }
  return { readable: found > 0, small, database };
}

/** A checkpoint's own error (an AppError from a cancel) passes through unchanged. */
function isOurs(error: unknown): boolean {
  return error instanceof Error && error.name === 'AppError';
}

/** The zip's entries as an async iterator, one `readEntry()` at a time (yauzl's lazyEntries). */
async function* entriesOf(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (entry: yauzl.Entry) => {
        cleanup();
        resolve(entry);
      };
      const onEnd = () => {
        cleanup();
        resolve(null);
      };
      const onError = (error: unknown) => {
        cleanup();
        reject(unreadable(error));
      };
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}
