import { createPrivateKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import type { Signer, SignerIdentity } from './signer';

/**
 * A signer over a private key held in memory (decrypted from the profile for one signing, or
 * read from a .p12 by the CLI). Node's crypto.sign covers RSA and ECDSA P-256 and also runs
 * on Electron's BoringSSL; `dsaEncoding: 'der'` yields the encoding CMS expects.
 */
export class SoftwareSigner implements Signer {
  private readonly key: KeyObject;

  constructor(
    pkcs8: Uint8Array,
    private readonly who: SignerIdentity,
  ) {
    this.key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  }

  identity(): Promise<SignerIdentity> {
    return Promise.resolve(this.who);
  }

  sign(toBeSigned: Uint8Array): Promise<Uint8Array> {
    const options = this.who.algorithm === 'ecdsa-sha256' ? { key: this.key, dsaEncoding: 'der' as const } : this.key;
    return Promise.resolve(new Uint8Array(cryptoSign('sha256', toBeSigned, options)));
  }
}
