// pdf.checkLimits: the attached-document check of attachment-limits.node.ts on bytes from the
// contract, so the print preview can show that a SIGNED file still meets the limits.
import { AppError } from '../../../shared/ipc/errors';
import { checkAttachment, type SizeCheck } from './attachment-limits.node';

export async function checkLimitsOf(fileName: string, pdfBase64: string): Promise<SizeCheck> {
  const bytes = new Uint8Array(Buffer.from(pdfBase64, 'base64'));
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') < 0) {
    throw new AppError({ code: 'INVALID_INPUT', field: 'pdfBase64', messageZh: '该文件不是 PDF 文件。', messageEn: 'The file is not a PDF.' });
  }
  try {
    return await checkAttachment(fileName, bytes);
  } catch (error) {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'pdfBase64',
      messageZh: `无法读取此 PDF：${error instanceof Error ? error.message : String(error)}`,
      messageEn: `This PDF cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
