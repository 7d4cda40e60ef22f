import { PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer as SignPdfSigner, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { AppError } from '../../../shared/ipc/errors';
import { buildPadesCms } from './pades-cms.node';
import { defaultBox, drawSignatureStamp, type SignatureBox } from './signature-stamp.node';
import type { Signer } from './signer';
import { findSignatureDictionaries } from '../../../shared-node/signing/pdf-signatures.node';
import { appendStampRevision } from './stamp-revision.node';

/**
 * Hex characters reserved for the CMS (spec pitfall 6: the unit is hex characters). 32 768
 * holds 16 KB of CMS: a three-certificate chain plus room for a later timestamp / revocation data.
 */
export const PLACEHOLDER_HEX_CHARS = 32_768;

export interface SignOptions {
  /** Shown on the stamp and written as /Name (ASCII part only; verifiers read the certificate). */
  signerName: string;
  reason?: string;
  location?: string;
  /** e.g. 申报人 / 复核人: printed on the stamp after "Digitally signed". */
  role?: string;
  at: Date;
}

/** @signpdf drives the placeholder; this hands the ByteRange bytes to our PAdES CMS builder. */
class PadesAdapter extends SignPdfSigner {
  constructor(private readonly signer: Signer) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Buffer.from(await buildPadesCms(pdfBuffer, this.signer));
  }
}

function signingFailed(error: unknown): never {
  if (error instanceof AppError) throw error;
  const reason = error instanceof Error ? error.message : String(error);
  // placeholder-plain reads classic xref tables only; signed files from other tools often use
  // cross-reference streams, and re-saving them would break their signatures (pitfall 8).
  if (/xref/i.test(reason)) {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'pdf',
      messageZh: '此 PDF 已由其他软件签名，且使用交叉引用流格式，无法在不破坏原签名的情况下追加签名。',
      messageEn: 'This PDF was signed by other software in the cross-reference-stream format; another signature cannot be added without breaking the existing one.',
      details: { reason: 'xref-stream', cause: reason },
    });
  }
  throw new AppError({
    code: 'INVALID_INPUT',
    field: 'pdf',
    messageZh: `无法在此 PDF 上签名：${reason}`,
    messageEn: `This PDF cannot be signed: ${reason}`,
  });
}

function asciiOnly(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '').trim();
}

function placeholderInfo(options: SignOptions) {
  return {
    // The placeholder libraries write these as PDF literal strings byte by byte, which cannot
    // carry Chinese; verifiers read the signer from the certificate, so ASCII is enough here.
    reason: asciiOnly(options.reason ?? 'Customs document signature'),
    contactInfo: '',
    name: asciiOnly(options.signerName),
    location: asciiOnly(options.location ?? ''),
    signingTime: options.at,
    signatureLength: PLACEHOLDER_HEX_CHARS,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Clearway',
  };
}

/**
 * The first signature of a document still held by pdf-lib (the renderer's unsaved document):
 * stamp, placeholder with the widget on the stamp, one save with a classic xref table (so a
 * later signature can be appended, pitfall 7), then the CMS.
 */
export async function signNewDocument(doc: PDFDocument, signer: Signer, options: SignOptions, box: SignatureBox | null = defaultBox(doc)): Promise<Uint8Array> {
  // null: an invisible signature (a zero-size widget on the last page), e.g. for the parts of a
  // split document that do not hold the reserved stamp box.
  if (box) await drawSignatureStamp(doc, box, options.signerName, options.at, options.role);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: doc.getPage(box ? box.pageIndex : doc.getPageCount() - 1),
    ...placeholderInfo(options),
    widgetRect: box ? [box.x, box.y, box.x + box.width, box.y + box.height] : [0, 0, 0, 0],
  });
  putAcroFormTypeFirst(doc);
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new Uint8Array(await new SignPdf().sign(bytes, new PadesAdapter(signer)));
}

/**
 * placeholder-plain (the later, incremental signatures) finds the existing form fields by
 * scanning for "/Type /AcroForm" and reading "/Fields [" after it. pdf-lib writes the form
 * without /Type, so the reviewer's update would drop the declarant's field from the form
 * (measured: AcroForm /Fields [17 0 R] only). Writing /Type first keeps both fields listed.
 */
function putAcroFormTypeFirst(doc: PDFDocument): void {
  const ref = doc.catalog.get(PDFName.of('AcroForm'));
  if (!(ref instanceof PDFRef)) return;
  const form = doc.context.lookup(ref, PDFDict);
  const rebuilt = doc.context.obj({ Type: 'AcroForm' });
  for (const [key, value] of form.entries()) if (key !== PDFName.of('Type')) rebuilt.set(key, value);
  doc.context.assign(ref, rebuilt);
}

/**
 * A further signature on an already signed file (the reviewer after the declarant): incremental
 * updates only, so every earlier byte and signature stays as it was. Never re-save a signed PDF
 * with pdf-lib (pitfall 8). With a box, the stamp is appended first (stamp-revision.node.ts) and
 * the new signature covers it; the widget itself stays without appearance.
 */
export async function signIncrementally(pdf: Uint8Array, signer: Signer, options: SignOptions, box?: SignatureBox): Promise<Uint8Array> {
  try {
    const stamped = box ? await appendStampRevision(pdf, box, options.signerName, options.at, options.role) : pdf;
    // placeholder-plain (pdfkit underneath) counts signatureLength in BYTES, placeholder-pdf-lib
    // in hex characters (measured: 65 536 vs 32 768 hex characters for the same number).
    const withPlaceholder = plainAddPlaceholder({
      pdfBuffer: Buffer.from(stamped),
      ...placeholderInfo(options),
      signatureLength: PLACEHOLDER_HEX_CHARS / 2,
    });
    return new Uint8Array(await new SignPdf().sign(withPlaceholder, new PadesAdapter(signer)));
  } catch (error) {
    return signingFailed(error);
  }
}

/**
 * Signs PDF bytes from outside (a file, the contract): an unsigned file is opened with pdf-lib
 * and gets the visible stamp; a file that already carries signatures gets an incremental one.
 */
export async function signPdfBytes(pdf: Uint8Array, signer: Signer, options: SignOptions, box?: SignatureBox | null): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch (error) {
    return signingFailed(error);
  }
  const earlier = findSignatureDictionaries(pdf).length;
  // Signed already: `doc` is only read (for the default box); the file grows by updates.
  // box undefined: the default place; null: no visible stamp.
  if (earlier > 0) return signIncrementally(pdf, signer, options, box === null ? undefined : (box ?? defaultBox(doc, earlier)));
  return signNewDocument(doc, signer, options, box === null ? null : (box ?? defaultBox(doc)));
}
