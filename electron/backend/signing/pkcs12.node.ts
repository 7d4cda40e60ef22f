import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';
import { AppError } from '../../../shared/ipc/errors';
import { cryptoEngine } from './crypto-engine.node';

const BAG = {
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
} as const;
const X509_CERT_TYPE = '1.2.840.113549.1.9.22.1';

export interface Pkcs12Contents {
  /** The private key, unencrypted PKCS#8 DER: keep it in memory only as long as needed. */
  keyPkcs8: Uint8Array;
  certificate: Uint8Array;
  /** The other certificates of the file (issuers), nearest issuer first. */
  chain: Uint8Array[];
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const wrongPassword = () =>
  new AppError({
    code: 'INVALID_INPUT',
    field: 'password',
    messageZh: '证书文件密码不正确，无法打开该 .p12/.pfx 文件。',
    messageEn: 'Wrong password for the certificate file; the .p12/.pfx could not be opened.',
    details: { reason: 'wrong-password' },
  });

const notPkcs12 = (why: string) =>
  new AppError({
    code: 'INVALID_INPUT',
    field: 'file',
    messageZh: `该文件不是可用的 PKCS#12 证书文件（.p12/.pfx）：${why}`,
    messageEn: `The file is not a usable PKCS#12 certificate file (.p12/.pfx): ${why}`,
    details: { reason: 'not-pkcs12' },
  });

function sameKey(cert: X509Certificate, pkcs8: Uint8Array): boolean {
  const fromKey = createPublicKey(createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }));
  const a = fromKey.export({ format: 'der', type: 'spki' });
  const b = cert.publicKey.export({ format: 'der', type: 'spki' });
  return Buffer.compare(a, b) === 0;
}

/** Orders the issuers from the certificate upwards; certificates not on the path are kept last. */
function orderChain(leaf: X509Certificate, others: X509Certificate[]): X509Certificate[] {
  const rest = [...others];
  const chain: X509Certificate[] = [];
  let current = leaf;
  for (;;) {
    const i = rest.findIndex((c) => current.checkIssued(c) && c.fingerprint256 !== current.fingerprint256);
    if (i < 0) break;
    const [next] = rest.splice(i, 1);
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return [...chain, ...rest];
}

/**
 * Opens a PKCS#12 file with its password: OpenSSL 3's default (PBES2 / AES-256-CBC, HMAC-SHA256
 * MAC) and the legacy 3DES/RC2 ones pkijs supports, RSA and EC keys alike (node-forge reads
 * RSA only). The MAC is checked first, so a wrong password is reported as such.
 */
export async function readPkcs12(bytes: Uint8Array, password: string): Promise<Pkcs12Contents> {
  const engine = cryptoEngine();
  const pw = toArrayBuffer(new TextEncoder().encode(password));
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(toArrayBuffer(bytes));
  } catch (error) {
    throw notPkcs12(error instanceof Error ? error.message : String(error));
  }
  try {
    await pfx.parseInternalValues({ password: pw, checkIntegrity: true }, engine);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/integrity|password|mac/i.test(message)) throw wrongPassword();
    throw notPkcs12(message);
  }
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw notPkcs12('no authenticated safe');
  try {
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: pw })) }, engine);
  } catch {
    throw wrongPassword();
  }

  const keys: Uint8Array[] = [];
  const certs: X509Certificate[] = [];
  for (const content of safe.parsedValue?.safeContents ?? []) {
    for (const bag of content.value.safeBags) {
      if (bag.bagId === BAG.certBag) {
        const certBag = bag.bagValue as pkijs.CertBag;
        if (certBag.certId !== X509_CERT_TYPE) continue;
        // For an X.509 bag pkijs has already parsed the DER into a Certificate.
        const value: unknown = certBag.parsedValue ?? certBag.certValue;
        if (!(value instanceof pkijs.Certificate)) continue;
        const der = new Uint8Array(value.toSchema().toBER());
        certs.push(new X509Certificate(Buffer.from(der)));
      } else if (bag.bagId === BAG.shroudedKeyBag) {
        const shrouded = bag.bagValue as pkijs.PKCS8ShroudedKeyBag;
        try {
          const plain = await engine.decryptEncryptedContentInfo({
            password: pw,
            encryptedContentInfo: new pkijs.EncryptedContentInfo({
              contentType: '1.2.840.113549.1.7.1',
              contentEncryptionAlgorithm: shrouded.encryptionAlgorithm,
              encryptedContent: shrouded.encryptedData,
            }),
          });
          keys.push(new Uint8Array(plain));
        } catch {
          throw wrongPassword();
        }
      } else if (bag.bagId === BAG.keyBag) {
        keys.push(new Uint8Array((bag.bagValue as pkijs.PrivateKeyInfo).toSchema().toBER()));
      }
    }
  }
  if (keys.length === 0) throw notPkcs12('no private key in the file');
  for (const key of keys) {
    let leaf: X509Certificate | undefined;
    try {
      leaf = certs.find((c) => sameKey(c, key));
    } catch {
      throw notPkcs12('unsupported private key type');
    }
    if (!leaf) continue;
    const others = certs.filter((c) => c !== leaf);
    return { keyPkcs8: key, certificate: new Uint8Array(leaf.raw), chain: orderChain(leaf, others).map((c) => new Uint8Array(c.raw)) };
  }
  throw notPkcs12('no certificate matches the private key');
}
