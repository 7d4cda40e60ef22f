import { z } from 'zod';
import { RevisionSummarySchema } from './documents';

/**
 * One saved revision as the history view lists it: when, how large, and what it held (title,
 * item / line / container counts), so a broker can tell the revisions apart without opening each.
 */
export const RevisionEntrySchema = RevisionSummarySchema.extend({
  title: z.string(),
  /** Declaration items or packing-list lines; invoices: their lines. */
  rows: z.number().int().nonnegative(),
  containers: z.number().int().nonnegative(),
});
export type RevisionEntry = z.infer<typeof RevisionEntrySchema>;

export const RevisionListInput = z.object({ id: z.string().min(1).max(64) }).strict();

export const RestoreRevisionInput = z
  .object({
    id: z.string().min(1).max(64),
    /** The revision whose body becomes the current draft again. */
    revision: z.number().int().positive(),
    /** The revision the editor holds now; a mismatch is a CONFLICT, as for documents.save. */
    baseRevision: z.number().int().positive(),
  })
  .strict();
