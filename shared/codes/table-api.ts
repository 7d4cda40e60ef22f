import { z } from 'zod';
import { CodeHitSchema } from './api';
import { CodeTableId, Confidence } from './schema';

/**
 * codes.table: every entry of one small code table, so the renderer can check codes live in
 * memory (the rule engine's ReferenceData) and show a code's name without a round trip.
 */
export const CodeTableInput = z.object({ table: CodeTableId }).strict();

export const CodeTableSnapshotSchema = z.object({
  table: CodeTableId,
  /** null when the table's seed is not loaded: membership is then unknown, not false. */
  confidence: Confidence.nullable(),
  entries: z.array(CodeHitSchema),
});
export type CodeTableSnapshot = z.infer<typeof CodeTableSnapshotSchema>;
