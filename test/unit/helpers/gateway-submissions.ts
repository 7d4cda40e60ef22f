import { readFileSync } from 'node:fs';
import type { Submission } from '../../../shared/gateway/api';
import { idempotencyKeyOf } from '../../../shared/gateway/api';
import { buildDecMessage } from '../../../shared/messages/dec-message';
import type { DeclarationDraft } from '../../../shared/model/declaration';
import { readPkcs12 } from '../../../electron/backend/signing/pkcs12.node';
import { signNewDocument } from '../../../electron/backend/signing/sign-pdf.node';
import { SoftwareSigner } from '../../../electron/backend/signing/software-signer.node';
import { validImport } from '../../fixtures/declarations';
import { samplePdf } from './signature-checks';
import { P12_PASSWORD, type TestPki } from './test-pki';

/** The DecMessage the desktop would send for this draft. */
export function decXml(clientSeqNo: string, draft: DeclarationDraft = validImport()): string {
  return buildDecMessage(draft, { operType: 'C', clientSeqNo });
}

/** A one-page PDF signed as the desktop signs it (PAdES B-B), with the named test certificate. */
export async function signedPdf(pki: TestPki, name: 'rsa' | 'ec' | 'reviewer' = 'rsa'): Promise<Uint8Array> {
  const p12 = await readPkcs12(readFileSync(pki.p12[name]), P12_PASSWORD);
  const signer = new SoftwareSigner(p12.keyPkcs8, { certificate: p12.certificate, chain: p12.chain, algorithm: name === 'rsa' ? 'rsa-sha256' : 'ecdsa-sha256' });
  const at = new Date(Math.floor(Date.now() / 1000) * 1000);
  return signNewDocument(await samplePdf(), signer, { signerName: name, at, role: '申报人' });
}

export function submissionOf(clientSeqNo: string, options: { revision?: number; draft?: DeclarationDraft; xml?: string; pdfs?: Uint8Array[] } = {}): Submission {
  const revision = options.revision ?? 1;
  return {
    idempotencyKey: idempotencyKeyOf(clientSeqNo, revision),
    clientSeqNo,
    revision,
    decMessageXml: options.xml ?? decXml(clientSeqNo, options.draft),
    attachments: (options.pdfs ?? []).map((pdf, i) => ({ edocId: `${clientSeqNo}-${i}.pdf`, edocCode: '00000001', pdfBase64: Buffer.from(pdf).toString('base64') })),
  };
}
