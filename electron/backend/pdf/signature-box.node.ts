// The blank box each builder keeps free for the signature stamp. Kept beside the document (not
// in it) so the builders can return a plain pdf-lib PDFDocument, the shape signing expects.
import type { PDFDocument } from 'pdf-lib';
import type { SignatureBox } from './page-frame.node';

const boxes = new WeakMap<PDFDocument, SignatureBox>();

export function rememberSignatureBox(doc: PDFDocument, box: SignatureBox): void {
  boxes.set(doc, box);
}

/** Page index and rectangle [x1, y1, x2, y2] (points) reserved for the signature of a built PDF. */
export function signatureBoxOf(doc: PDFDocument): SignatureBox {
  const box = boxes.get(doc);
  if (!box) throw new Error('this PDF was not built by buildDeclarationPdf or buildPackingListPdf');
  return box;
}
