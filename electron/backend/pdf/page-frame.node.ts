// What every page carries whatever the document: the reference (ClientSeqNo / entry number),
// "page x of y", the QR code of the document's identity and hash. Drawn in a last pass, when
// the page count is known. Also the blank box kept for the signature on the last page.
import { A4, MARGIN, type PdfCanvas } from './canvas.node';
import { buildQrStamp, drawQrStamp, qrPayload, type DocumentIdentity } from './qr-code.node';

export type PdfLanguage = 'zh-CN' | 'en';

/** Where the signing step may stamp: page index and rectangle [x1, y1, x2, y2] in points. */
export interface SignatureBox {
  pageIndex: number;
  rect: [number, number, number, number];
}

export const SIGNATURE_BOX = { width: 200, height: 60 } as const;
const QR_SIDE = 58;

/** Where the QR code sits on every page: [x1, y1, x2, y2] in points (bottom right, in the footer). */
export function qrRect(): [number, number, number, number] {
  const x = A4.width - MARGIN.right - QR_SIDE;
  return [x, 4, x + QR_SIDE, 4 + QR_SIDE];
}

/**
 * Keeps the bottom-right of the last page free for the signature: moves to a new page when
 * the content reaches into it. Call after the last content, before `finishPages`.
 */
export function reserveSignatureBox(canvas: PdfCanvas, newPage: () => void): SignatureBox {
  const top = MARGIN.bottom + SIGNATURE_BOX.height + 6;
  if (canvas.y < top + 4) newPage();
  const x2 = A4.width - MARGIN.right;
  const y1 = MARGIN.bottom;
  canvas.y = Math.min(canvas.y, top);
  return { pageIndex: canvas.pageIndex, rect: [x2 - SIGNATURE_BOX.width, y1, x2, y1 + SIGNATURE_BOX.height] };
}

export function finishPages(canvas: PdfCanvas, identity: DocumentIdentity, referenceLine: string, language: PdfLanguage): void {
  const stamp = buildQrStamp(canvas.doc, qrPayload(identity));
  const total = canvas.pages.length;
  const small = { size: 7, gray: 0.25 };
  canvas.pages.forEach(({ page }, index) => {
    const [qrX, qrY] = qrRect();
    drawQrStamp(page, stamp, qrX, qrY, QR_SIDE);
    const pageText = language === 'en' ? `Page ${index + 1} of ${total}` : `第 ${index + 1} 页 / 共 ${total} 页`;
    canvas.textOnPage(index, referenceLine, MARGIN.left, 24, small);
    canvas.textOnPage(index, `SHA-256 ${identity.sha256.slice(0, 16)}…`, MARGIN.left, 14, { size: 6, gray: 0.45 });
    const pageX = canvas.alignedX(pageText, MARGIN.left, A4.width - MARGIN.left - MARGIN.right - QR_SIDE - 8, { size: 8 }, 'right');
    canvas.textOnPage(index, pageText, pageX, 24, { size: 8 });
  });
}
