import { X509Certificate } from 'node:crypto';
import type { ChainStatus } from '../../shared/signing/schema';

const MAX_DEPTH = 8;

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  return child.checkIssued(parent) && child.verify(parent.publicKey);
}

function inValidity(cert: X509Certificate, now: Date): boolean {
  return now.getTime() >= new Date(cert.validFrom).getTime() && now.getTime() <= new Date(cert.validTo).getTime();
}

/**
 * Walks from the signer's certificate to a trusted one: each link must be issued (name and
 * signature) by the next, found among the certificates the PDF carries or the trusted list.
 * A trusted certificate ends the walk (it may be the CA or the signer's own certificate).
 * Checked at `now`: a B-B signature has no trusted time, so the claimed /M proves nothing.
 */
export function checkChain(leafDer: Uint8Array, pool: readonly Uint8Array[], trustedDer: readonly Uint8Array[], now: Date): ChainStatus {
  const trusted = trustedDer.map((d) => new X509Certificate(Buffer.from(d)));
  const candidates = [...pool.map((d) => new X509Certificate(Buffer.from(d))), ...trusted];
  const isTrusted = (c: X509Certificate) => trusted.some((t) => t.fingerprint256 === c.fingerprint256);
  let current = new X509Certificate(Buffer.from(leafDer));
  let expired = false;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (!inValidity(current, now)) expired = true;
    if (isTrusted(current)) return expired ? 'expired' : 'trusted';
    const parent = candidates.find((c) => c.fingerprint256 !== current.fingerprint256 && current.checkIssued(c));
    if (!parent) {
      const selfSigned = current.checkIssued(current);
      if (selfSigned) return current.verify(current.publicKey) ? 'untrusted' : 'invalid';
      return 'incomplete';
    }
    if (!issuedBy(current, parent)) return 'invalid';
    current = parent;
  }
  return 'incomplete';
}
