// What the rest of the backend (and the signing module) uses of the PDF renderer.
// The builders return UNSAVED pdf-lib documents, so that signing can add its placeholder and
// stamp into the reserved box (`signatureBoxOf`) before the one save.
import type { PDFDocument } from 'pdf-lib';

export { buildDeclarationPdf, type DeclarationPdfInput, type RenderOptions } from './declaration-pdf.node';
export { buildPackingListPdf, type PackingListPdfInput } from './packing-list-pdf.node';
export { signatureBoxOf } from './signature-box.node';
export type { SignatureBox, PdfLanguage } from './page-frame.node';
export { checkAttachment, splitPdf, type SizeCheck, type PdfPart } from './attachment-limits.node';

/**
 * Saves with a classic cross-reference table (`useObjectStreams: false`): an incremental
 * signature (placeholder-plain) cannot parse xref streams (spec/pdf-and-signatures.md, pitfall 7).
 */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false });
}
