import { z } from 'zod';
import { CodeEntrySchema, CodeTableId, Confidence, DeclarationElementSchema } from './schema';
import { HsEntrySchema } from './hs';

/** Inputs and outputs of the code and tariff lookup calls (see shared/ipc/contract.ts). */

const Query = z.string().max(100);
const Limit = z.number().int().min(1).max(200).optional();

export const CodeSearchInput = z.object({ table: CodeTableId, query: Query, limit: Limit }).strict();
export const CodeLookupInput = z.object({ table: CodeTableId, code: z.string().min(1).max(20) }).strict();

/**
 * A code-table row as the UI gets it: the seed entry (CodeEntrySchema's fields), plus the table it
 * belongs to. Spelled out with plain validators because it is parsed on every keystroke's answer:
 * the seeds were validated against CodeEntrySchema when loaded, this only guards the shape.
 */
export const CodeHitSchema = z.object({
  table: CodeTableId,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().optional(),
  initials: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  confidence: Confidence.optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  note: z.string().optional(),
  extra: z.object({}).catchall(z.string()).optional(),
});
export type CodeHit = z.infer<typeof CodeHitSchema>;
/** CodeHitSchema must stay a superset of CodeEntrySchema's output. */
export type CodeEntryOfHit = Omit<CodeHit, 'table'> extends z.infer<typeof CodeEntrySchema> ? true : never;

export const TariffSearchInput = z.object({ query: Query, limit: Limit }).strict();
export const TariffGetInput = z.object({ code: z.string().min(1).max(20) }).strict();

export const TariffLineSummarySchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().optional(),
  firstUnit: z.string(),
  secondUnit: z.string().nullable(),
  confidence: Confidence.optional(),
});
export type TariffLineSummary = z.infer<typeof TariffLineSummarySchema>;

export const TariffSearchResultSchema = z.object({
  /** 10-digit lines of the Chinese tariff (when the tariff seeds are installed). */
  lines: z.array(TariffLineSummarySchema),
  /** HS 2022 headings and subheadings with English descriptions. */
  hs: z.array(HsEntrySchema),
});
export type TariffSearchResult = z.infer<typeof TariffSearchResultSchema>;

const UnitRef = z.object({ code: z.string(), nameZh: z.string().nullable() });
export const TariffLineDetailSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().optional(),
  firstUnit: UnitRef,
  secondUnit: UnitRef.nullable(),
  ciqCodes: z.array(z.object({ code: z.string(), nameZh: z.string() })),
  elements: z.array(DeclarationElementSchema),
  confidence: Confidence.optional(),
  note: z.string().optional(),
  /** The HS 2022 subheading the line belongs to, when known. */
  hs6: HsEntrySchema.nullable(),
});
export type TariffLineDetail = z.infer<typeof TariffLineDetailSchema>;

export const SeedStatusSchema = z.object({
  /** Path inside the seeds folder, e.g. codes/unit.json. */
  file: z.string(),
  kind: z.enum(['code-table', 'tariff', 'hs']),
  table: z.string().nullable(),
  version: z.string(),
  rows: z.number().int(),
  confidence: Confidence.nullable(),
  loadedAt: z.string(),
});
export const SeedProblemSchema = z.object({ file: z.string(), messageZh: z.string(), messageEn: z.string() });
export type SeedProblem = z.infer<typeof SeedProblemSchema>;
export const CodesStatusSchema = z.object({
  seedsDir: z.string().nullable(),
  seeds: z.array(SeedStatusSchema),
  /** Seed files that could not be loaded at start-up; the previous data stays in use. */
  problems: z.array(SeedProblemSchema),
});
export type CodesStatus = z.infer<typeof CodesStatusSchema>;
