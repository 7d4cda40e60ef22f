import { z } from 'zod';

/**
 * The declaration draft as the editor holds it. A draft may be incomplete, so every field is
 * optional here; completeness is the job of the validation rules (shared/rules), not of the
 * storage schema. Lengths are the DecHead limits from spec/customs-declaration.md so that
 * nothing is stored that could never be sent. Field names are the DecMessage XML tags in
 * camelCase, so the mapping to the message stays mechanical.
 */
export const Direction = z.enum(['I', 'E']);
export type Direction = z.infer<typeof Direction>;

const text = (max: number) => z.string().max(max, { message: `最多 ${max} 个字符 / at most ${max} characters` });

export const DeclarationHeadSchema = z.object({
  ieFlag: Direction.optional(),
  customMaster: text(4).optional(),
  tradeMode: text(4).optional(),
  tradeName: text(100).optional(),
  billNo: text(32).optional(),
  noteS: text(255).optional(),
});
export type DeclarationHead = z.infer<typeof DeclarationHeadSchema>;

/**
 * One goods item (DecList). Quantities and money are decimal strings, never floats: the
 * arithmetic on them belongs to a decimal library (domain issue). Only the core columns for
 * now; the CIQ and dangerous-goods columns join with the full model.
 */
export const DeclarationItemSchema = z.object({
  gNo: z.number().int().positive(),
  codeTs: text(10).optional(),
  ciqCode: text(20).optional(),
  gName: text(255).optional(),
  gModel: text(255).optional(),
  gQty: text(25).optional(),
  gUnit: text(3).optional(),
  firstQty: text(25).optional(),
  firstUnit: text(3).optional(),
  secondQty: text(25).optional(),
  secondUnit: text(3).optional(),
  declPrice: text(25).optional(),
  declTotal: text(25).optional(),
  tradeCurr: text(3).optional(),
  originCountry: text(3).optional(),
  destinationCountry: text(3).optional(),
  districtCode: text(5).optional(),
  destCode: text(8).optional(),
  dutyMode: text(1).optional(),
});
export type DeclarationItem = z.infer<typeof DeclarationItemSchema>;

export const DeclarationDraftSchema = z.object({
  head: DeclarationHeadSchema,
  items: z.array(DeclarationItemSchema).optional(),
});
export type DeclarationDraft = z.infer<typeof DeclarationDraftSchema>;

export function emptyDeclaration(direction: Direction = 'I'): DeclarationDraft {
  return { head: { ieFlag: direction } };
}

/**
 * The list shows this title; it is derived from the body at save, never typed separately.
 * Empty when nothing identifying has been entered yet: the UI then shows "untitled" in the
 * user's language, so no language is baked into stored data.
 */
export function declarationTitle(draft: DeclarationDraft): string {
  const h = draft.head;
  return [h.tradeName?.trim(), h.billNo?.trim()].filter((p): p is string => Boolean(p)).join(' · ');
}
