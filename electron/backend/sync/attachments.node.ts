import { AppError } from '../../../shared/ipc/errors';
import type { CallOutput, CallParsedInput } from '../../../shared/ipc/contract';
import type { PdfRenderInput, PdfRenderOutput } from '../../../shared/pdf/schema';
import type { ClearwayDocument } from '../../../shared/model/documents';
import { reservedBoxInPart, stampBoxFor } from '../../../shared/signing/stamp-box';

/** The PDF and signing services the backend already has, as the outbox needs them. */
export interface AttachmentServices {
  render(input: PdfRenderInput): Promise<PdfRenderOutput>;
  listCertificates(): CallOutput<'certificates.list'> | Promise<CallOutput<'certificates.list'>>;
  sign(input: CallParsedInput<'signatures.sign'>): Promise<CallOutput<'signatures.sign'>>;
}

/** One signed PDF frozen with the submission; `edocId` is its file name in EdocRealation. */
export interface FrozenAttachment {
  edocId: string;
  edocCode: string;
  pdf: Buffer;
}

export const PACKING_LIST_EDOC_CODE = '00000002';

/**
 * EdocID per spec §4: 申报口岸 (4) + 随附单据类别代码 (8) + `IM` + an 18-digit serial + `.pdf`.
 * The serial is the ClientSeqNo's date and counter (12 digits), the revision (3) and the file's
 * position (3): unique per declaration revision on this desktop, the same on every retry.
 */
export function edocIdOf(customMaster: string | undefined, edocCode: string, clientSeqNo: string, revision: number, position: number): string {
  const port = (customMaster ?? '').padEnd(4, '0').slice(0, 4);
  const digits = clientSeqNo.replace(/\D/g, '').slice(-12).padStart(12, '0');
  const serial = `${digits}${String(revision % 1000).padStart(3, '0')}${String(position % 1000).padStart(3, '0')}`;
  return `${port}${edocCode}IM${serial}.pdf`;
}

function noCertificate(): AppError {
  return new AppError({
    code: 'INVALID_INPUT',
    field: 'certificate',
    messageZh: '这份报关单附有装箱单，装箱单须以数字签名的 PDF 随附发送，但本机还没有可用的签名证书。请先在「设置 › 证书与数字签名」导入企业证书。',
    messageEn:
      'This declaration has a packing list, which must travel as a digitally signed PDF, but there is no usable signing certificate yet. Import the company certificate in Settings › Certificates first.',
  });
}

/**
 * Renders and signs every packing list linked to the declaration (EdocCode 00000002). A list
 * over 4 MB is sent as its numbered parts, each signed on its own (the part with the last page
 * carries the visible stamp). Runs before the enqueue transaction; nothing is written here.
 */
export async function signedPackingLists(
  services: AttachmentServices,
  declaration: ClearwayDocument,
  packingLists: readonly ClearwayDocument[],
): Promise<FrozenAttachment[]> {
  if (packingLists.length === 0) return [];
  const certificate = (await services.listCertificates()).find((c) => c.state === 'valid' || c.state === 'expiring');
  if (!certificate) throw noCertificate();
  const customMaster = declaration.body.kind === 'declaration' ? declaration.body.data.head.customMaster : undefined;
  const attachments: FrozenAttachment[] = [];
  for (const list of packingLists) {
    const rendered = await services.render({ id: list.id });
    const pieces = rendered.parts.length
      ? rendered.parts.map((p) => ({ base64: p.bytesBase64, box: reservedBoxInPart(rendered.signatureBox, p.firstPage, p.lastPage) }))
      : [{ base64: rendered.bytesBase64, box: rendered.signatureBox }];
    for (const piece of pieces) {
      // The declarant's stamp goes in the reserved box; parts without it get an invisible signature.
      const place = piece.box ? stampBoxFor(piece.box, 0) : null;
      const signed = await services.sign({
        pdfBase64: piece.base64,
        signer: { kind: 'certificate', certificateId: certificate.id },
        ...(place ? { box: place } : { visible: false }),
      });
      const edocId = edocIdOf(customMaster, PACKING_LIST_EDOC_CODE, declaration.clientSeqNo, declaration.revision, attachments.length + 1);
      attachments.push({ edocId, edocCode: PACKING_LIST_EDOC_CODE, pdf: Buffer.from(signed.pdfBase64, 'base64') });
    }
  }
  return attachments;
}
