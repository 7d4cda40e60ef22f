import { createHash } from 'node:crypto';
import type { Submission } from '../../shared/gateway/api';

/**
 * The fingerprint an idempotency key is bound to: everything the submission says, in a fixed
 * order, so the same key with a different payload is recognised (409), whatever JSON key order
 * the client used.
 */
export function payloadHash(s: Submission): string {
  const hash = createHash('sha256');
  const part = (text: string) => hash.update(`${Buffer.byteLength(text)}:`).update(text);
  part(s.idempotencyKey);
  part(s.clientSeqNo);
  part(String(s.revision));
  part(s.decMessageXml);
  for (const a of s.attachments) {
    part(a.edocId);
    part(a.edocCode);
    part(a.pdfBase64);
  }
  return hash.digest('hex');
}
