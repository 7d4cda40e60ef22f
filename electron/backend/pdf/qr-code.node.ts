// The QR code printed on every page: the document's identity and the SHA-256 of its body, so a
// printed page can be matched to the exact saved revision. Drawn as vector squares (no image),
// built once per document as a form XObject and placed on each page by name.
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import {
  PDFName,
  type PDFDocument,
  type PDFOperator,
  type PDFPage,
  type PDFRef,
  concatTransformationMatrix,
  drawObject,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
} from 'pdf-lib';

/** Modules of white border the QR standard asks for around the symbol. */
const QUIET_ZONE = 2;

export interface DocumentIdentity {
  kind: 'declaration' | 'packing-list';
  /** ClientSeqNo, or the packing-list number. */
  reference: string;
  /** The customs entry number once known. */
  entryId?: string;
  /** The saved revision the PDF was drawn from. */
  revision?: number;
  /** SHA-256 (hex) of the document body as stored. */
  sha256: string;
}

/** SHA-256 of a document body, over its JSON as stored. */
export function bodyHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** The text inside the QR code: short, URL-like, no personal data. */
export function qrPayload(identity: DocumentIdentity): string {
  const params = new URLSearchParams({ ref: identity.reference });
  if (identity.entryId) params.set('entry', identity.entryId);
  if (identity.revision !== undefined) params.set('rev', String(identity.revision));
  params.set('sha256', identity.sha256);
  return `clearway:${identity.kind}?${params.toString()}`;
}

export interface QrStamp {
  ref: PDFRef;
  /** Side length in modules, quiet zone included. */
  modules: number;
}

/** Builds the QR form XObject once (module squares merged into horizontal runs, one fill). */
export function buildQrStamp(doc: PDFDocument, payload: string): QrStamp {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const total = size + QUIET_ZONE * 2;
  const ops: PDFOperator[] = [setFillingGrayscaleColor(1), rectangle(0, 0, total, total), fill(), setFillingGrayscaleColor(0)];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && qr.modules.get(row, col)) col++;
      // PDF y grows upwards; QR rows grow downwards.
      ops.push(rectangle(QUIET_ZONE + start, total - QUIET_ZONE - row - 1, col - start, 1));
    }
  }
  ops.push(fill());
  const stream = doc.context.formXObject(ops, { BBox: [0, 0, total, total] });
  return { ref: doc.context.register(stream), modules: total };
}

/** Places the stamp with its bottom-left corner at (x, y), `side` points wide. */
export function drawQrStamp(page: PDFPage, stamp: QrStamp, x: number, y: number, side: number): void {
  const name: PDFName = page.node.newXObject('QR', stamp.ref);
  const scale = side / stamp.modules;
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(scale, 0, 0, scale, x, y), drawObject(name), popGraphicsState());
}
