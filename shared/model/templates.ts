import { z } from 'zod';

/** A template (报关单模板): a named declaration body a broker starts new drafts from. */
export const TemplateNameSchema = z
  .string()
  .trim()
  .min(1, { message: '模板名称不能为空 / The template name is required' })
  .max(100, { message: '模板名称最多 100 个字符 / The template name is at most 100 characters' });

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  direction: z.enum(['I', 'E']).nullable(),
  itemCount: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;
