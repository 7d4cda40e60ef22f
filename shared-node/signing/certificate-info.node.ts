import { X509Certificate } from 'node:crypto';
import type { CertificateDetails } from '../../shared/signing/schema';

/** The CN of a Node X509Certificate subject ("C=CN\nO=…\nCN=张三"), else the whole subject on one line. */
export function commonName(subject: string): string {
  const cn = subject.split('\n').find((part) => part.startsWith('CN='));
  return cn ? cn.slice(3) : subject.replace(/\n/g, ', ');
}

export function oneLine(name: string): string {
  return name.split('\n').join(', ');
}

export function certificateDetails(cert: X509Certificate): CertificateDetails {
  return {
    subject: oneLine(cert.subject),
    issuer: oneLine(cert.issuer),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    fingerprint: cert.fingerprint256,
  };
}

export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

export type Validity = 'valid' | 'expiring' | 'expired' | 'not-yet-valid';

/** Where `now` falls in the certificate's validity; "expiring" is the last 30 days. */
export function validityAt(cert: X509Certificate, now: Date): { state: Validity; daysLeft: number } {
  const from = new Date(cert.validFrom).getTime();
  const to = new Date(cert.validTo).getTime();
  const daysLeft = Math.floor((to - now.getTime()) / DAY_MS);
  if (now.getTime() < from) return { state: 'not-yet-valid', daysLeft };
  if (now.getTime() > to) return { state: 'expired', daysLeft };
  return { state: daysLeft < EXPIRY_WARNING_DAYS ? 'expiring' : 'valid', daysLeft };
}

export function keyInfo(cert: X509Certificate): { keyType: 'rsa' | 'ec'; keyBits: number; namedCurve?: string } | null {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa') return { keyType: 'rsa', keyBits: details.modulusLength ?? 0 };
  if (key.asymmetricKeyType === 'ec') {
    const curve = details.namedCurve ?? '';
    return { keyType: 'ec', keyBits: curve === 'prime256v1' ? 256 : curve === 'secp384r1' ? 384 : 0, namedCurve: curve };
  }
  return null;
}
