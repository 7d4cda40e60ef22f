import { z } from 'zod';
import { PartySchema, ProductSchema, type Party, type Product } from './parties';

export const LibraryKind = z.enum(['party', 'product']);
export type LibraryKind = z.infer<typeof LibraryKind>;

export const LibraryBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('party'), data: PartySchema }),
  z.object({ kind: z.literal('product'), data: ProductSchema }),
]);
export type LibraryBody = z.infer<typeof LibraryBodySchema>;

export const LibraryRecordSchema = z.object({
  id: z.string(),
  kind: LibraryKind,
  label: z.string(),
  code: z.string(),
  body: LibraryBodySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LibraryRecord = z.infer<typeof LibraryRecordSchema>;

/** What lists show and what lookups match: a party's name and USCC, a product's name and part no. */
export function libraryLabel(body: LibraryBody): { label: string; code: string } {
  if (body.kind === 'party') {
    const p: Party = body.data;
    return { label: p.nameZh ?? p.nameEn ?? '', code: p.uscc ?? p.customsCode ?? p.overseasCode ?? '' };
  }
  const p: Product = body.data;
  return { label: p.nameZh ?? p.nameEn ?? '', code: p.partNo ?? p.codeTs ?? '' };
}
