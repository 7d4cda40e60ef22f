import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { CallOutput, CallParsedInput } from '../../../shared/ipc/contract';
import { CertificateStore, parseCertificateText } from './certificate-store.node';
import { commonName } from '../../../shared-node/signing/certificate-info.node';
import { EportSigner } from './eport-signer.node';
import { KeyRing } from './key-ring.node';
import { findSignatureDictionaries } from '../../../shared-node/signing/pdf-signatures.node';
import { signPdfBytes } from './sign-pdf.node';
import type { Signer } from './signer';
import { verifyPdf } from '../../../shared-node/signing/verify-pdf.node';
import { X509Certificate } from 'node:crypto';

export const signingCalls = [
  'keys.status',
  'keys.unlock',
  'certificates.import',
  'certificates.list',
  'certificates.delete',
  'trust.add',
  'trust.list',
  'trust.delete',
  'signatures.sign',
  'signatures.verify',
] as const;
type SigningCall = (typeof signingCalls)[number];
export type SigningHandlers = { [K in SigningCall]: (input: CallParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

export function pdfFromBase64(base64: string, field = 'pdfBase64'): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') < 0) {
    throw new AppError({ code: 'INVALID_INPUT', field, messageZh: '该文件不是 PDF 文件。', messageEn: 'The file is not a PDF.' });
  }
  return bytes;
}

/**
 * Certificates, trust and signatures for the profile the backend has open. The key ring
 * (the passphrase key typed in this session) belongs to one database: switching profile
 * forgets it.
 */
export class SigningService {
  private current: { db: Database.Database; keys: KeyRing; certificates: CertificateStore } | null = null;

  constructor(
    private readonly database: () => Database.Database,
    private readonly now: () => Date,
    private readonly dataKey: Uint8Array | null,
  ) {}

  handlers(): SigningHandlers {
    return {
      'keys.status': () => this.open().keys.status(),
      'keys.unlock': ({ passphrase }) => this.open().keys.unlock(passphrase),
      'certificates.import': ({ p12Base64, password }) => this.open().certificates.importPkcs12(new Uint8Array(Buffer.from(p12Base64, 'base64')), password),
      'certificates.list': () => this.open().certificates.list(),
      'certificates.delete': ({ id }) => {
        this.open().certificates.remove(id);
        return { id };
      },
      'trust.add': ({ certificate }) => this.open().certificates.addTrusted(certificate),
      'trust.list': () => this.open().certificates.trusted(),
      'trust.delete': ({ fingerprint }) => {
        this.open().certificates.removeTrusted(fingerprint);
        return { fingerprint };
      },
      'signatures.sign': (input) => this.sign(input),
      'signatures.verify': ({ pdfBase64, extraTrusted }) => {
        const extra = (extraTrusted ?? []).map((text) => new Uint8Array(parseCertificateText(text).raw));
        return verifyPdf(pdfFromBase64(pdfBase64), [...this.open().certificates.trustedDer(), ...extra], this.now());
      },
    };
  }

  private async sign(input: CallParsedInput<'signatures.sign'>): Promise<CallOutput<'signatures.sign'>> {
    const pdf = pdfFromBase64(input.pdfBase64);
    let signer: Signer;
    if (input.signer.kind === 'certificate') {
      signer = this.open().certificates.signer(input.signer.certificateId).signer;
    } else {
      signer = new EportSigner({ pin: input.signer.pin, ...(input.signer.url ? { url: input.signer.url } : {}) });
    }
    const who = await signer.identity();
    const signerName = commonName(new X509Certificate(Buffer.from(who.certificate)).subject);
    const signed = await signPdfBytes(pdf, signer, { signerName, at: this.now(), ...(input.role ? { role: input.role } : {}) }, input.visible === false ? null : input.box);
    return {
      pdfBase64: Buffer.from(signed).toString('base64'),
      signatureCount: findSignatureDictionaries(signed).length,
      signer: signerName,
    };
  }

  private open(): { keys: KeyRing; certificates: CertificateStore } {
    const db = this.database();
    if (this.current?.db !== db) {
      const keys = new KeyRing(db, this.now, this.dataKey);
      this.current = { db, keys, certificates: new CertificateStore(db, keys, this.now) };
    }
    return this.current;
  }
}
