import { z } from 'zod';

/** Findings as they cross the contract (the engine's Finding type, as a schema). */
export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning']),
  path: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});

export const Phase = z.enum(['stage', 'declare']);

export const DocumentFindingsSchema = z.object({
  documentId: z.string(),
  kind: z.enum(['declaration', 'packing-list', 'invoice']),
  title: z.string(),
  clientSeqNo: z.string(),
  findings: z.array(FindingSchema),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type DocumentFindings = z.infer<typeof DocumentFindingsSchema>;

/**
 * One declaration checked with its packing lists: the declaration's own findings, each
 * packing list's, and the cross-document ones (which carry paths into the declaration).
 */
export const BundleReportSchema = z.object({
  declaration: DocumentFindingsSchema,
  packingLists: z.array(DocumentFindingsSchema),
  crossDocument: z.array(FindingSchema),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type BundleReport = z.infer<typeof BundleReportSchema>;
