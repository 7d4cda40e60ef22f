import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';

let engine: pkijs.CryptoEngine | null = null;

/** pkijs' engine over Node's WebCrypto, set once for the process (PKCS#12 decryption and MAC). */
export function cryptoEngine(): pkijs.CryptoEngine {
  if (!engine) {
    engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as pkijs.CryptoEngineParameters['crypto'] });
    pkijs.setEngine('node', engine);
  }
  return engine;
}
