import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';

const CHUNK = 1024 * 1024;

/** Lets a pending cancel (or any other call) run between chunks of a long job. */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A zip written straight to a file, entry by entry, in 1 MB chunks (fflate's streaming Zip):
 * a profile's database can be hundreds of megabytes and is never held whole in memory.
 * `onBytes` is told after each chunk; it may throw (a cancel) to stop the writing.
 */
export class ZipFileWriter {
  private readonly fd: number;
  private readonly zip: Zip;
  private failure: Error | null = null;
  private closed = false;

  constructor(path: string) {
    this.fd = openSync(path, 'wx');
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else if (!this.failure) writeSync(this.fd, chunk);
    });
  }

  addBytes(name: string, bytes: Uint8Array): void {
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    entry.push(bytes, true);
    this.check();
  }

  addText(name: string, text: string): void {
    this.addBytes(name, Buffer.from(text, 'utf8'));
  }

  async addFile(name: string, path: string, onBytes: (bytes: number) => void = () => undefined): Promise<void> {
    const size = statSync(path).size;
    const entry = new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(CHUNK);
      let done = 0;
      if (size === 0) entry.push(new Uint8Array(0), true);
      while (done < size) {
        const read = readSync(fd, buffer, 0, Math.min(CHUNK, size - done), done);
        if (read <= 0) throw new Error(`${path} ended early while being zipped`);
        done += read;
        entry.push(buffer.subarray(0, read), done >= size);
        this.check();
        onBytes(read);
        await breathe();
      }
    } finally {
      closeSync(fd);
    }
  }

  finish(): void {
    this.zip.end();
    this.check();
    this.close();
  }

  /** Closes the file without finishing the zip (the caller removes it). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
