import { z } from 'zod';

/**
 * pdf.render: a saved declaration or packing list as a print-quality PDF, with the check of the
 * single window's attached-document limits. Bytes cross the contract as base64.
 */
const Id = z.string().min(1).max(64);

export const PdfRenderInput = z
  .object({
    id: Id,
    /** Labels of the PDF; omitted: the profile's language. */
    language: z.enum(['zh-CN', 'en']).optional(),
    /** Names the job for pdf.progress events and pdf.cancel. */
    jobId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type PdfRenderInput = z.infer<typeof PdfRenderInput>;

export const LimitViolationSchema = z.object({
  rule: z.enum(['version', 'page-size', 'file-size', 'file-name']),
  messageZh: z.string(),
  messageEn: z.string(),
  page: z.number().int().positive().optional(),
});

export const SizeCheckSchema = z.object({
  ok: z.boolean(),
  fileName: z.string(),
  pdfVersion: z.string(),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  largestPageBytes: z.number().int().nonnegative(),
  violations: z.array(LimitViolationSchema),
});
export type SizeCheckValue = z.infer<typeof SizeCheckSchema>;

export const PdfPartSchema = z.object({
  fileName: z.string(),
  firstPage: z.number().int().positive(),
  lastPage: z.number().int().positive(),
  bytesBase64: z.string(),
});

export const PdfRenderOutput = z.object({
  fileName: z.string(),
  kind: z.enum(['declaration', 'packing-list']),
  clientSeqNo: z.string(),
  revision: z.number().int().nonnegative(),
  pages: z.number().int().positive(),
  bytesBase64: z.string(),
  /** SHA-256 (hex) of the body the PDF was drawn from (also in the QR code on every page). */
  sha256: z.string(),
  sizeCheck: SizeCheckSchema,
  /** Numbered files of at most 4 MB each, when the whole file is larger; otherwise empty. */
  parts: z.array(PdfPartSchema),
  /** Where the signing step stamps: page index and [x1, y1, x2, y2] in points. */
  signatureBox: z.object({ pageIndex: z.number().int().nonnegative(), rect: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
});
export type PdfRenderOutput = z.infer<typeof PdfRenderOutput>;

export const PdfProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['draw', 'save', 'check']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type PdfProgress = z.infer<typeof PdfProgressSchema>;
