import type { SubmissionAttachment } from '../../shared/gateway/api';
import { verifyPdf } from '../../shared-node/signing/verify-pdf.node';
import type { RegisteredCertificate } from '../storage/storage';

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
  for (const attachment of attachments) {
    const name = attachment.edocId;
    const pdf = decodeBase64(attachment.pdfBase64);
    if (!pdf || Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') {
      return { zh: `随附单据 ${name} 不是有效的 PDF 文件。`, en: `Attachment ${name} is not a valid PDF file.` };
    }
    const report = verifyPdf(pdf, trusted, now);
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
