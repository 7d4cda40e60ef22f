import { randomBytes } from 'node:crypto';

/**
 * The desktop app's data key: 32 random bytes that seal the private keys in the profile
 * database. Electron's safeStorage (DPAPI, Keychain, libsecret) works only in the main process,
 * while the backend runs in a utilityProcess; so main makes the key once, keeps it encrypted
 * with safeStorage in userData, and hands the plain key to the backend at start (`init`).
 * Pure: safeStorage and the file system are injected, so tests run it under plain Node.
 */
export const DATA_KEY_FILE = 'signing-key.bin';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface DataKeyFiles {
  read(path: string): Buffer | null;
  /** Must replace the file atomically (write aside, then rename). */
  write(path: string, data: Buffer): void;
}

export type DataKeyResult =
  | { ok: true; key: Buffer; created: boolean }
  /** No key: the backend falls back to the passphrase mode. `reason` is for the log. */
  | { ok: false; reason: 'encryption-unavailable' | 'unreadable' };

export function loadOrCreateDataKey(
  safeStorage: SafeStorageLike,
  files: DataKeyFiles,
  path: string,
  random: (n: number) => Buffer = randomBytes,
): DataKeyResult {
  if (!safeStorage.isEncryptionAvailable()) return { ok: false, reason: 'encryption-unavailable' };
  const stored = files.read(path);
  if (stored) {
    try {
      const key = Buffer.from(safeStorage.decryptString(stored), 'base64');
      if (key.length === 32) return { ok: true, key, created: false };
    } catch {
      // fall through
    }
    // Never replace an unreadable key file: keys sealed with it would be lost for good. The
    // user can still sign after moving the file away, or in passphrase mode meanwhile.
    return { ok: false, reason: 'unreadable' };
  }
  const key = random(32);
  files.write(path, safeStorage.encryptString(key.toString('base64')));
  return { ok: true, key, created: true };
}
