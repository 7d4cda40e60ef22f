import { randomUUID, X509Certificate } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { CertificateSummary, TrustedCertificate } from '../../../shared/signing/schema';
import { certificateDetails, commonName, keyInfo, oneLine, validityAt } from '../../../shared-node/signing/certificate-info.node';
import type { KeyRing } from './key-ring.node';
import type { Protection } from './key-protector.node';
import { readPkcs12 } from './pkcs12.node';
import { SoftwareSigner } from './software-signer.node';

interface CertificateRow {
  id: string;
  fingerprint: string;
  common_name: string;
  serial: string;
  key_type: 'rsa' | 'ec';
  key_bits: number;
  cert_der: Buffer;
  chain_der: string;
  key_sealed: Buffer;
  protection: Protection;
  imported_at: string;
}

interface TrustedRow {
  common_name: string;
  cert_der: Buffer;
  added_at: string;
}

const notFound = (id: string) =>
  new AppError({ code: 'NOT_FOUND', messageZh: `找不到证书 ${id}。`, messageEn: `Certificate ${id} not found.`, details: { id } });

export function notUsable(summary: Pick<CertificateSummary, 'commonName' | 'state' | 'notBefore' | 'notAfter'>): AppError {
  const expired = summary.state === 'expired';
  const day = (iso: string) => iso.slice(0, 10);
  return new AppError({
    code: 'CERTIFICATE_NOT_VALID',
    field: 'certificate',
    messageZh: expired
      ? `证书「${summary.commonName}」已于 ${day(summary.notAfter)} 过期，不能用于签名。`
      : `证书「${summary.commonName}」自 ${day(summary.notBefore)} 起才生效，现在不能用于签名。`,
    messageEn: expired
      ? `Certificate "${summary.commonName}" expired on ${day(summary.notAfter)} and cannot sign.`
      : `Certificate "${summary.commonName}" is not valid until ${day(summary.notBefore)} and cannot sign yet.`,
    details: { reason: summary.state },
  });
}

/** Reads one certificate from PEM text or base64 DER (.pem / .cer / .crt contents). */
export function parseCertificateText(text: string): X509Certificate {
  const pem = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(text);
  const body = (pem ? pem[1] : text) ?? '';
  try {
    return new X509Certificate(Buffer.from(body.replace(/\s/g, ''), 'base64'));
  } catch {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'certificate',
      messageZh: '无法读取该证书文件，请选择 PEM 或 DER 格式（.pem/.cer/.crt）的 X.509 证书。',
      messageEn: 'The certificate could not be read; choose an X.509 certificate in PEM or DER form (.pem/.cer/.crt).',
    });
  }
}

/**
 * The profile's signing certificates (private keys sealed by the KeyRing) and the list of
 * certificates the user trusts for verification. Deleting a certificate deletes its sealed key
 * for good: keeping a "deleted" private key around would defeat the point of deleting it.
 */
export class CertificateStore {
  constructor(
    private readonly db: Database.Database,
    private readonly keys: KeyRing,
    private readonly now: () => Date,
  ) {}

  async importPkcs12(bytes: Uint8Array, password: string): Promise<CertificateSummary> {
    const protector = this.keys.forNewKeys(); // fail before asking for anything else
    const contents = await readPkcs12(bytes, password);
    const cert = new X509Certificate(Buffer.from(contents.certificate));
    const key = keyInfo(cert);
    if (!key || (key.keyType === 'rsa' && key.keyBits < 2048) || (key.keyType === 'ec' && key.namedCurve !== 'prime256v1')) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'file',
        messageZh: '不支持该证书的密钥类型：需要 RSA 2048 位以上或 ECDSA P-256。',
        messageEn: 'Unsupported key type: RSA of 2048 bits or more, or ECDSA P-256, is required.',
      });
    }
    const existing = this.db.prepare('SELECT id FROM certificates WHERE fingerprint = ?').get(cert.fingerprint256) as { id: string } | undefined;
    if (existing) {
      throw new AppError({
        code: 'CONFLICT',
        messageZh: `证书「${commonName(cert.subject)}」已导入。`,
        messageEn: `Certificate "${commonName(cert.subject)}" is already imported.`,
        details: { id: existing.id },
      });
    }
    const id = randomUUID();
    const details = certificateDetails(cert);
    this.db
      .prepare(
        `INSERT INTO certificates (id, fingerprint, common_name, subject, issuer, serial, not_before, not_after, key_type, key_bits,
           cert_der, chain_der, key_sealed, protection, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        cert.fingerprint256,
        commonName(cert.subject),
        details.subject,
        details.issuer,
        cert.serialNumber,
        details.notBefore,
        details.notAfter,
        key.keyType,
        key.keyBits,
        Buffer.from(contents.certificate),
        JSON.stringify(contents.chain.map((c) => Buffer.from(c).toString('base64'))),
        protector.seal(contents.keyPkcs8, cert.fingerprint256),
        protector.kind,
        this.now().toISOString(),
      );
    contents.keyPkcs8.fill(0);
    return this.get(id);
  }

  list(): CertificateSummary[] {
    const rows = this.db.prepare('SELECT * FROM certificates ORDER BY not_after DESC').all() as CertificateRow[];
    return rows.map((row) => this.summary(row));
  }

  get(id: string): CertificateSummary {
    return this.summary(this.row(id));
  }

  remove(id: string): void {
    if (this.db.prepare('DELETE FROM certificates WHERE id = ?').run(id).changes === 0) throw notFound(id);
  }

  /** A signer over the stored key; refuses an expired or not-yet-valid certificate. */
  signer(id: string): { signer: SoftwareSigner; summary: CertificateSummary } {
    const row = this.row(id);
    const summary = this.summary(row);
    if (summary.state === 'expired' || summary.state === 'not-yet-valid') throw notUsable(summary);
    const pkcs8 = this.unseal(row);
    const chain = (JSON.parse(row.chain_der) as string[]).map((b64) => new Uint8Array(Buffer.from(b64, 'base64')));
    const signer = new SoftwareSigner(pkcs8, {
      certificate: new Uint8Array(row.cert_der),
      chain,
      algorithm: row.key_type === 'rsa' ? 'rsa-sha256' : 'ecdsa-sha256',
    });
    pkcs8.fill(0); // the KeyObject holds its own copy
    return { signer, summary };
  }

  addTrusted(text: string): TrustedCertificate {
    const cert = parseCertificateText(text);
    const details = certificateDetails(cert);
    this.db
      .prepare(
        `INSERT INTO trusted_certificates (fingerprint, common_name, subject, issuer, not_before, not_after, cert_der, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING`,
      )
      .run(cert.fingerprint256, commonName(cert.subject), details.subject, details.issuer, details.notBefore, details.notAfter, cert.raw, this.now().toISOString());
    return this.trusted().find((t) => t.fingerprint === cert.fingerprint256) as TrustedCertificate;
  }

  trusted(): TrustedCertificate[] {
    const rows = this.db.prepare('SELECT common_name, cert_der, added_at FROM trusted_certificates ORDER BY added_at').all() as TrustedRow[];
    return rows.map((row) => ({ ...certificateDetails(new X509Certificate(row.cert_der)), commonName: row.common_name, addedAt: row.added_at }));
  }

  removeTrusted(fingerprint: string): void {
    if (this.db.prepare('DELETE FROM trusted_certificates WHERE fingerprint = ?').run(fingerprint).changes === 0) {
      throw new AppError({ code: 'NOT_FOUND', messageZh: '受信任列表中没有该证书。', messageEn: 'That certificate is not in the trusted list.' });
    }
  }

  trustedDer(): Uint8Array[] {
    return (this.db.prepare('SELECT cert_der FROM trusted_certificates').all() as { cert_der: Buffer }[]).map((r) => new Uint8Array(r.cert_der));
  }

  private unseal(row: CertificateRow): Buffer {
    const protector = this.keys.forStored(row.protection);
    try {
      return protector.open(row.key_sealed, row.fingerprint);
    } catch {
      // GCM authentication failed: another data key (a new OS keychain) or a damaged row.
      throw new AppError({
        code: 'KEYS_LOCKED',
        messageZh: `无法解密证书「${row.common_name}」的私钥（保护密钥已变化或数据已损坏）。请删除该证书后重新导入 .p12 文件。`,
        messageEn: `The private key of "${row.common_name}" cannot be decrypted (the protecting key changed or the data is damaged). Delete the certificate and import the .p12 file again.`,
        details: { reason: 'unseal-failed', protection: row.protection },
      });
    }
  }

  private row(id: string): CertificateRow {
    const row = this.db.prepare('SELECT * FROM certificates WHERE id = ?').get(id) as CertificateRow | undefined;
    if (!row) throw notFound(id);
    return row;
  }

  private summary(row: CertificateRow): CertificateSummary {
    const cert = new X509Certificate(row.cert_der);
    const { state, daysLeft } = validityAt(cert, this.now());
    return {
      ...certificateDetails(cert),
      subject: oneLine(cert.subject),
      id: row.id,
      commonName: row.common_name,
      keyType: row.key_type,
      keyBits: row.key_bits,
      serialNumber: row.serial,
      importedAt: row.imported_at,
      state,
      daysLeft,
      chainLength: (JSON.parse(row.chain_der) as string[]).length,
    };
  }
}
