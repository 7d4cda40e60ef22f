import { PDFDocument, StandardFonts } from 'pdf-lib';
import { idempotencyKeyOf, type Submission } from '../../../shared/gateway/api';
import { buildDecMessage } from '../../../shared/messages/dec-message';
import { validImport } from '../../fixtures/declarations';

/** EdocID naming rule (spec §4): port + attachment type + IM + 18-digit serial + .pdf. */
export function edocIdFor(serial: number, edocCode = '00000001'): string {
  return `2233${edocCode}IM${String(serial).padStart(18, '0')}.pdf`;
}

/** A real one-page PDF; `padBytes` embeds a file of that size so the zip gets big. */
export async function onePagePdf(title: string, padBytes = 0): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(title, { x: 50, y: 780, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) });
  if (padBytes > 0) {
    const pad = new Uint8Array(padBytes);
    for (let i = 0; i < pad.length; i++) pad[i] = (i * 2654435761) >>> 24;
    await pdf.attach(pad, 'scan.bin', { mimeType: 'application/octet-stream' });
  }
  return pdf.save();
}

/**
 * A submission as the outbox would hand it over: the DecMessage of the sample import declaration
 * with this ClientSeqNo, one EdocRealation per attachment, and the PDFs under those EdocIDs.
 * `missingAttachment` names an EdocID in the XML without sending its PDF (the client refuses it).
 */
export async function folderSubmission(
  clientSeqNo: string,
  revision = 1,
  options: { attachments?: number; padBytes?: number; missingAttachment?: boolean } = {},
): Promise<{ submission: Submission; pdfs: Map<string, Uint8Array> }> {
  const count = options.attachments ?? 2;
  const pdfs = new Map<string, Uint8Array>();
  for (let i = 1; i <= count; i++) pdfs.set(edocIdFor(i, i === 1 ? '00000001' : '00000002'), await onePagePdf(`${clientSeqNo} #${i}`, options.padBytes));
  const edocIds = [...pdfs.keys()];
  if (options.missingAttachment) edocIds.push(edocIdFor(99));
  const draft = {
    ...validImport(),
    attachedDocuments: edocIds.map((edocId) => ({ edocId, edocCode: edocId.slice(4, 12), edocFomatType: 'US' })),
  };
  const decMessageXml = buildDecMessage(draft, { operType: 'C', clientSeqNo });
  return {
    pdfs,
    submission: {
      idempotencyKey: idempotencyKeyOf(clientSeqNo, revision),
      clientSeqNo,
      revision,
      decMessageXml,
      attachments: [...pdfs].map(([edocId, bytes]) => ({ edocId, edocCode: edocId.slice(4, 12), pdfBase64: Buffer.from(bytes).toString('base64') })),
    },
  };
}
