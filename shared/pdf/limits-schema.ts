import { z } from 'zod';

/**
 * pdf.checkLimits: the single window's attached-document check (version, 400 KB a page, 4 MB a
 * file, 64-character name) on any PDF bytes, e.g. a PDF after signing, which is larger than
 * the one pdf.render checked.
 */
export const CheckLimitsInputSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    pdfBase64: z
      .string()
      .min(1)
      .max(64 * 1024 * 1024)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
  })
  .strict();
