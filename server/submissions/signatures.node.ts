import { createHash } from 'node:crypto';
import type { SubmissionAttachment } from '../../shared/gateway/api';
import type { VerificationReport } from '../../shared/signing/schema';
import { verifyPdf } from '../../shared-node/signing/verify-pdf.node';
import type { RegisteredCertificate } from '../storage/storage';

/**
 * Verification is a pure function of the PDF's bytes, the trust anchors and the time, and costs
 * tens of milliseconds (CMS parsing); a desktop often sends the same signed attachment with many
 * declarations. So reports are remembered for a minute, keyed by the bytes and the trust anchors
 * (a certificate that expires within that minute is honoured until the entry lapses).
 */
const CACHE_TTL_MS = 60_000;
const CACHE_SIZE = 2000;
const reports = new Map<string, { report: VerificationReport; until: number }>();

function verifyCached(pdf: Uint8Array, trusted: readonly Uint8Array[], trustKey: string, now: Date): VerificationReport {
  const key = `${createHash('sha256').update(pdf).digest('hex')}|${trustKey}`;
  const hit = reports.get(key);
  if (hit && hit.until > now.getTime()) return hit.report;
  const report = verifyPdf(pdf, trusted, now);
  if (reports.size >= CACHE_SIZE) reports.delete(reports.keys().next().value ?? '');
  reports.set(key, { report, until: now.getTime() + CACHE_TTL_MS });
  return report;
}

/**
 * Every attachment must be a PDF whose every signature holds (bytes intact, CMS valid, nothing
 * appended after the last one) and was made with a certificate the enterprise registered, or one
 * issued by it. The same verifier the desktop uses (shared-node/signing), with the enterprise's
 * certificates as the only trust anchors.
 */
export function checkAttachments(
  attachments: readonly SubmissionAttachment[],
  certificates: readonly RegisteredCertificate[],
  now: Date,
): { zh: string; en: string } | null {
  const trusted = certificates.map((c) => c.der);
  const trustKey = certificates.map((c) => c.fingerprint).sort().join(',');
  for (const attachment of attachments) {
    const name = attachment.edocId;
    const pdf = decodeBase64(attachment.pdfBase64);
    if (!pdf || Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') {
      return { zh: `随附单据 ${name} 不是有效的 PDF 文件。`, en: `Attachment ${name} is not a valid PDF file.` };
    }
    const report = verifyCached(pdf, trusted, trustKey, now);
    if (report.signatures.length === 0) {
      return { zh: `随附单据 ${name} 未经数字签名。`, en: `Attachment ${name} is not digitally signed.` };
    }
    if (!report.allValid) {
      return { zh: `随附单据 ${name} 的签名无效，或签名后文件被修改。`, en: `Attachment ${name} has an invalid signature, or was changed after signing.` };
    }
    const untrusted = report.signatures.find((s) => s.chain !== 'trusted');
    if (untrusted) {
      const who = untrusted.signer ?? '?';
      return untrusted.chain === 'expired'
        ? { zh: `随附单据 ${name} 的签名证书（${who}）已过期。`, en: `Attachment ${name} was signed with an expired certificate (${who}).` }
        : { zh: `随附单据 ${name} 的签名证书（${who}）未在本企业登记。`, en: `Attachment ${name} was signed with a certificate (${who}) not registered for this enterprise.` };
    }
  }
  return null;
}

function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length > 0 ? new Uint8Array(bytes) : null;
}
