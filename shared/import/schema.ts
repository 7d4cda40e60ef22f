import { z } from 'zod';
import { DocumentSummarySchema } from '../model/documents';
import { ImportField, ImportTarget } from './fields';
import { FeeInvoiceDefaultsSchema } from './fee-defaults';

/**
 * What the import calls take and give (shared/ipc/contract.ts names them). The file crosses as
 * base64 because the browser host has no file paths; the backend refuses more than 20 MB with
 * its own bilingual message, so the schema only stops what no transport should carry.
 */
export const ImportFileSchema = z
  .object({
    fileName: z.string().min(1).max(255),
    contentBase64: z.string().max(32 * 1024 * 1024),
  })
  .strict();

const JobId = z.string().min(1).max(64);

/** The broker's corrections: a column (0-based) to a field, or null to ignore the column. */
export const ColumnChoiceSchema = z.object({ column: z.number().int().min(0).max(999), field: ImportField.nullable() }).strict();
export type ColumnChoice = z.infer<typeof ColumnChoiceSchema>;

export const ImportOptionsSchema = z
  .object({
    jobId: JobId.optional(),
    file: ImportFileSchema,
    target: ImportTarget,
    /** A sheet by name; omitted, the sheet whose header names the most fields. */
    sheet: z.string().min(1).max(100).optional(),
    /** 1-based row of the header (its first row when it spans two); omitted, detected. */
    headerRow: z.number().int().min(1).max(10_000).optional(),
    headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
    /** Overrides for single columns; the rest keep the detected or saved mapping. */
    columns: z.array(ColumnChoiceSchema).max(1000).optional(),
    /** Apply this saved mapping (by header text) even when the layout's fingerprint differs. */
    mappingName: z.string().min(1).max(100).optional(),
    /** fee-invoice only: the party, invoice no., date and currency the sheet leaves out (the preview applies them as the import does). */
    defaults: FeeInvoiceDefaultsSchema.optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

export const CommitInputSchema = ImportOptionsSchema.extend({
  /** Replace the lines (items) of this draft instead of creating a document. */
  documentId: z.string().min(1).max(64).optional(),
  baseRevision: z.number().int().nonnegative().optional(),
  /** Write the good rows and leave the rejected ones out (the result says how many). */
  skipRejected: z.boolean().optional(),
})
  .strict()
  .refine((v) => (v.documentId === undefined) === (v.baseRevision === undefined), {
    message: 'documentId and baseRevision go together',
    path: ['baseRevision'],
  });
export type CommitInput = z.infer<typeof CommitInputSchema>;

export const RejectedRowSchema = z.object({
  sheet: z.string(),
  /** 1-based, as Excel numbers rows. */
  row: z.number().int().positive(),
  /** Column letter (C), or null when the problem is the row as a whole. */
  column: z.string().nullable(),
  field: ImportField.nullable(),
  value: z.string().optional(),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

export const ColumnMappingSchema = z.object({
  column: z.number().int().nonnegative(),
  letter: z.string(),
  header: z.string(),
  field: ImportField.nullable(),
  /** 0..1: 1 for a header word known exactly or a choice the broker made. */
  confidence: z.number().min(0).max(1),
  source: z.enum(['detected', 'saved', 'chosen']),
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** A file with thousands of bad rows lists this many rejections; the count says how many rows. */
export const REJECTED_LISTED = 500;

export const ParsedRowSchema = z.object({ row: z.number().int().positive(), values: z.record(z.string(), z.string()) });

export const ImportPreviewSchema = z.object({
  jobId: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'gb18030']).optional(),
  sheets: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
  sheet: z.string(),
  /** 1-based header row and its depth. */
  headerRow: z.number().int().positive(),
  headerRows: z.union([z.literal(1), z.literal(2)]),
  fingerprint: z.string(),
  /** The saved mapping applied to this layout, if any. */
  appliedMapping: z.string().nullable(),
  columns: z.array(ColumnMappingSchema),
  /** Required fields no column maps to: nothing can be committed until one does. */
  missingFields: z.array(ImportField),
  /** The first lines as they would be written. */
  rows: z.array(ParsedRowSchema),
  /** Lines that would be written. */
  accepted: z.number().int().nonnegative(),
  /** Rows that are not lines: blank, total (合计 / TOTAL), and notes below the totals. */
  skipped: z.object({
    blank: z.number().int().nonnegative(),
    totals: z.number().int().nonnegative(),
    notes: z.number().int().nonnegative(),
  }),
  /** Rows with at least one rejected cell; `rejected` lists the cells (the first REJECTED_LISTED). */
  rejectedRows: z.number().int().nonnegative(),
  rejected: z.array(RejectedRowSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const CommitResultSchema = z.discriminatedUnion('written', [
  z.object({
    written: z.literal(true),
    document: DocumentSummarySchema,
    lines: z.number().int().nonnegative(),
    /** Rejected rows left out at the broker's request (skipRejected). */
    skippedRejected: z.number().int().nonnegative(),
    preview: ImportPreviewSchema,
  }),
  /** Nothing was written: rows were rejected (or a required field has no column). */
  z.object({ written: z.literal(false), preview: ImportPreviewSchema }),
]);
export type CommitResult = z.infer<typeof CommitResultSchema>;

export const ImportProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['read', 'parse', 'write']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

export const SavedMappingSchema = z.object({
  name: z.string(),
  target: ImportTarget,
  fingerprint: z.string(),
  columns: z.array(z.object({ header: z.string(), field: ImportField.nullable() })),
  updatedAt: z.iso.datetime(),
});
export type SavedMapping = z.infer<typeof SavedMappingSchema>;

export const SaveMappingInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    target: ImportTarget,
    /** The header of every column, as the preview gave it, with the field it maps to. */
    columns: z.array(z.object({ header: z.string().max(500), field: ImportField.nullable() }).strict()).min(1).max(1000),
  })
  .strict();
