import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/**
 * Seals private keys at rest (AES-256-GCM). Two ways to hold the 32-byte key that seals them:
 * - "os": the desktop app's data key, made once by Electron main and kept encrypted with
 *   safeStorage (DPAPI / Keychain / libsecret) in userData; main hands it to the backend at start.
 * - "passphrase": browser host and CLI, where no OS keychain is reachable: scrypt of a
 *   passphrase the user types; only a salt and a check value are stored.
 * The certificate's fingerprint is bound in as associated data, so a sealed key copied onto
 * another certificate's row does not open.
 */
export type Protection = 'os' | 'passphrase';

export interface KeyProtector {
  readonly kind: Protection;
  seal(plain: Uint8Array, context: string): Buffer;
  open(sealed: Uint8Array, context: string): Buffer;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function aesGcmProtector(kind: Protection, key: Uint8Array): KeyProtector {
  if (key.length !== 32) throw new Error('the key protector needs a 32-byte key');
  const k = Buffer.from(key);
  return {
    kind,
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', k, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    open(sealed, context) {
      const s = Buffer.from(sealed);
      if (s[0] !== VERSION || s.length < 1 + IV_BYTES + TAG_BYTES) throw new Error('unknown sealed key format');
      const decipher = createDecipheriv('aes-256-gcm', k, s.subarray(1, 1 + IV_BYTES));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(s.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(s.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    },
  };
}

/** scrypt parameters: N=2^15, r=8 (≈32 MB, ≈0.1 s here): slow enough to hurt guessing, quick to unlock. */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

export function passphraseKey(passphrase: string, salt: Uint8Array): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
}

/** A fixed plaintext sealed with the passphrase key: opening it tells a wrong passphrase apart. */
export const CHECK_PLAINTEXT = Buffer.from('clearway key check v1');
export const CHECK_CONTEXT = 'vault-check';
