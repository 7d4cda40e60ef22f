import { describe, expect, it } from 'vitest';
import { loadOrCreateDataKey, type DataKeyFiles, type SafeStorageLike } from '../../electron/main/data-key';

/** A safeStorage stand-in: reversible, but visibly not the plain text (a fake at the true edge: the OS keychain). */
function fakeSafeStorage(available = true, secret = 7): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ secret)),
    decryptString: (encrypted) => {
      const text = Buffer.from([...encrypted].map((b) => b ^ secret)).toString('utf8');
      if (!/^[A-Za-z0-9+/=]+$/.test(text)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text;
    },
  };
}

function memoryFiles(): DataKeyFiles & { files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  return { files, read: (p) => files.get(p) ?? null, write: (p, d) => void files.set(p, Buffer.from(d)) };
}

describe('desktop data key (Electron main, safeStorage)', () => {
  it('is created once, stored only encrypted, and read back the same on the next start', () => {
    const fs = memoryFiles();
    const first = loadOrCreateDataKey(fakeSafeStorage(), fs, '/p/signing-key.bin');
    expect(first).toMatchObject({ ok: true, created: true });
    if (!first.ok) return;
    expect(first.key).toHaveLength(32);
    const stored = fs.files.get('/p/signing-key.bin') as Buffer;
    expect(stored.includes(first.key)).toBe(false);
    expect(stored.toString('utf8')).not.toContain(first.key.toString('base64'));

    const second = loadOrCreateDataKey(fakeSafeStorage(), fs, '/p/signing-key.bin');
    expect(second).toMatchObject({ ok: true, created: false });
    if (second.ok) expect(second.key.equals(first.key)).toBe(true);
  });

  it('falls back to the passphrase mode when safeStorage is unavailable, writing nothing', () => {
    const fs = memoryFiles();
    expect(loadOrCreateDataKey(fakeSafeStorage(false), fs, '/p/k')).toEqual({ ok: false, reason: 'encryption-unavailable' });
    expect(fs.files.size).toBe(0);
  });

  it('never overwrites a key file it cannot decrypt (keys sealed with it would be lost)', () => {
    const fs = memoryFiles();
    loadOrCreateDataKey(fakeSafeStorage(true, 7), fs, '/p/k');
    const before = Buffer.from(fs.files.get('/p/k') as Buffer);
    expect(loadOrCreateDataKey(fakeSafeStorage(true, 99), fs, '/p/k')).toEqual({ ok: false, reason: 'unreadable' });
    expect((fs.files.get('/p/k') as Buffer).equals(before)).toBe(true);
  });
});
