import { z } from 'zod';
import { ImportOptionsSchema, ImportPreviewSchema } from './schema';
import { libraryTargets } from './fields';
import { LibraryKind } from '../model/library';

/**
 * library.import: a party or product list through the spreadsheet importer (the same preview,
 * mapping and rejected-cell report as import.preview), written to the library in one
 * transaction. A row for a party or product the library already has (same USCC, customs code,
 * part no. …) updates that record; the others are added.
 */
export const LibraryImportInputSchema = ImportOptionsSchema.extend({
  target: z.enum(libraryTargets),
  /** Write the good rows and leave the rejected ones out (the result says how many). */
  skipRejected: z.boolean().optional(),
}).strict();
export type LibraryImportInput = z.infer<typeof LibraryImportInputSchema>;

export const LibraryImportResultSchema = z.discriminatedUnion('written', [
  z.object({
    written: z.literal(true),
    kind: LibraryKind,
    created: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    skippedRejected: z.number().int().nonnegative(),
    preview: ImportPreviewSchema,
  }),
  /** Nothing was written: rows were rejected (or a required field has no column). */
  z.object({ written: z.literal(false), preview: ImportPreviewSchema }),
]);
export type LibraryImportResult = z.infer<typeof LibraryImportResultSchema>;
