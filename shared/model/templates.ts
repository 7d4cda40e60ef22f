import { z } from 'zod';

/** A template (报关单模板): a named declaration body a broker starts new drafts from. */
export const TemplateNameSchema = z.string().trim().max(100);

/** Spaces only is no name; the service says so naming the field (zod would only know the key). */
export function blankTemplateName(name: string): boolean {
  return name.trim() === '';
}

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  direction: z.enum(['I', 'E']).nullable(),
  itemCount: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;
