import { z } from 'zod';
import { DeclarationDraftSchema } from './declaration';
import { PackingListSchema } from './packing-list';
import { InvoiceSchema } from './invoice';

/** The kinds of document a profile holds. */
export const DocumentKind = z.enum(['declaration', 'packing-list', 'invoice']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * Lifecycle. Only `draft` is editable; `submitted` and later are frozen (a change is a new
 * revision with its own submission, see ARCHITECTURE.md "Data").
 */
export const DocumentStatus = z.enum(['draft', 'queued', 'submitted', 'accepted', 'rejected', 'released', 'closed']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** Timestamps cross the contract as ISO-8601 strings in UTC. */
const IsoTime = z.iso.datetime();

export const DocumentSummarySchema = z.object({
  id: z.string(),
  kind: DocumentKind,
  status: DocumentStatus,
  title: z.string(),
  clientSeqNo: z.string(),
  direction: z.enum(['I', 'E']).nullable(),
  revision: z.number().int().nonnegative(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  deletedAt: IsoTime.nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** Per-kind bodies. */
export const DocumentBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('declaration'), data: DeclarationDraftSchema }),
  z.object({ kind: z.literal('packing-list'), data: PackingListSchema }),
  z.object({ kind: z.literal('invoice'), data: InvoiceSchema }),
]);
export type DocumentBody = z.infer<typeof DocumentBodySchema>;

export const DocumentSchema = DocumentSummarySchema.extend({ body: DocumentBodySchema });
export type ClearwayDocument = z.infer<typeof DocumentSchema>;

export const RevisionSummarySchema = z.object({
  revision: z.number().int().positive(),
  savedAt: IsoTime,
  byteLength: z.number().int().nonnegative(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;
