import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { KeyStatus } from '../../../shared/signing/schema';
import { aesGcmProtector, CHECK_CONTEXT, CHECK_PLAINTEXT, passphraseKey, type KeyProtector, type Protection } from './key-protector.node';

interface VaultRow {
  salt: Buffer;
  check_sealed: Buffer;
}

export const locked = (protection: Protection) =>
  new AppError({
    code: 'KEYS_LOCKED',
    messageZh:
      protection === 'os'
        ? '该私钥由桌面版清关通的系统钥匙串保护，请在桌面版中使用。'
        : '私钥已加密保存，请先输入证书保护口令解锁。',
    messageEn:
      protection === 'os'
        ? 'This private key is protected by the desktop app’s system keychain; use it in the desktop app.'
        : 'The private keys are stored encrypted; enter the key passphrase to unlock them first.',
    details: { protection },
  });

/**
 * Holds the keys that seal private keys for one profile database. With a data key (desktop)
 * new keys are sealed "os"; without one, with the passphrase the user typed (kept in memory
 * only, gone when the backend stops or the profile changes).
 */
export class KeyRing {
  private passphraseProtector: KeyProtector | null = null;
  private readonly osProtector: KeyProtector | null;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
    dataKey: Uint8Array | null,
  ) {
    this.osProtector = dataKey ? aesGcmProtector('os', dataKey) : null;
  }

  status(): KeyStatus {
    const passphraseSet = this.vault() !== null;
    if (this.osProtector) return { protection: 'os', unlocked: true, passphraseSet };
    return { protection: 'passphrase', unlocked: this.passphraseProtector !== null, passphraseSet };
  }

  /** First use sets the passphrase (salt + check value stored); later uses must match it. */
  unlock(passphrase: string): KeyStatus {
    const vault = this.vault();
    if (!vault) {
      const salt = randomBytes(16);
      const protector = aesGcmProtector('passphrase', passphraseKey(passphrase, salt));
      this.db
        .prepare('INSERT INTO key_vault (id, salt, check_sealed, created_at) VALUES (1, ?, ?, ?)')
        .run(salt, protector.seal(CHECK_PLAINTEXT, CHECK_CONTEXT), this.now().toISOString());
      this.passphraseProtector = protector;
      return this.status();
    }
    const protector = aesGcmProtector('passphrase', passphraseKey(passphrase, vault.salt));
    try {
      protector.open(vault.check_sealed, CHECK_CONTEXT);
    } catch {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'passphrase',
        messageZh: '证书保护口令不正确。',
        messageEn: 'Wrong key passphrase.',
        details: { reason: 'wrong-passphrase' },
      });
    }
    this.passphraseProtector = protector;
    return this.status();
  }

  /** The protector new keys are sealed with. */
  forNewKeys(): KeyProtector {
    const protector = this.osProtector ?? this.passphraseProtector;
    if (!protector) throw locked('passphrase');
    return protector;
  }

  /** The protector that opens a key sealed as `protection`. */
  forStored(protection: Protection): KeyProtector {
    const protector = protection === 'os' ? this.osProtector : this.passphraseProtector;
    if (!protector) throw locked(protection);
    return protector;
  }

  private vault(): VaultRow | null {
    return (this.db.prepare('SELECT salt, check_sealed FROM key_vault WHERE id = 1').get() as VaultRow | undefined) ?? null;
  }
}
