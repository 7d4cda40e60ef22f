import { z } from 'zod';

/**
 * Port-fee audit (issue 8, clearance-and-fees.md §4): the published fee lists (收费目录清单) of each
 * charging party, the rules that hold for everyone (abolished items, government prices, lump sums,
 * the inspection exemption), and the fee invoices checked against them. Money is a decimal string
 * everywhere (shared/model/decimal.ts); dates are ISO calendar dates (yyyy-MM-dd), which compare
 * correctly as text.
 */
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;
export const Money = z.string().regex(PLAIN_DECIMAL, 'a plain non-negative decimal such as 850 or 12.50');
export const IsoDate = z.iso.date();
export const Currency = z.string().regex(/^[A-Z]{3}$/);

export const ChargingPartyKind = z.enum(['terminal', 'shipping-line', 'yard', 'tally', 'broker', 'forwarder']);
export type ChargingPartyKind = z.infer<typeof ChargingPartyKind>;

export const ChargingPartySchema = z.object({
  kind: ChargingPartyKind,
  name: z.string().min(1).max(200),
  /** 统一社会信用代码: 18 characters; when both sides have one it decides who is who. */
  uscc: z
    .string()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
    .optional(),
});
export type ChargingParty = z.infer<typeof ChargingPartySchema>;

export const PricingRegime = z.enum(['government-fixed', 'capped', 'market-published']);
export type PricingRegime = z.infer<typeof PricingRegime>;

export const FeeUnit = z.enum(['container', 'bl', 'ton', 'day', 'declaration', 'item']);
export type FeeUnit = z.infer<typeof FeeUnit>;
/** How a unit is named in messages, screens and exports ("per ..."). */
export const feeUnitNames: Record<FeeUnit, { zh: string; en: string }> = {
  container: { zh: '箱', en: 'container' },
  bl: { zh: '票（提单）', en: 'B/L' },
  ton: { zh: '吨', en: 'ton' },
  day: { zh: '天', en: 'day' },
  declaration: { zh: '票（报关单）', en: 'declaration' },
  item: { zh: '项', en: 'item' },
};

export const ContainerSize = z.enum(['20', '40', '45']);
export type ContainerSize = z.infer<typeof ContainerSize>;
export const ContainerType = z.enum(['general', 'reefer', 'dangerous']);
export type ContainerType = z.infer<typeof ContainerType>;

/** What a list row is conditional on; a condition left out applies to both sides. */
export const FeeConditionsSchema = z
  .object({
    direction: z.enum(['import', 'export']).optional(),
    load: z.enum(['full', 'empty']).optional(),
    trade: z.enum(['foreign', 'domestic']).optional(),
    containerSize: ContainerSize.optional(),
    containerType: ContainerType.optional(),
  })
  .strict();
export type FeeConditions = z.infer<typeof FeeConditionsSchema>;

/** An item a lump sum already covers; `from`/`to` when the inclusion itself has dates (security fee from 2022-04-01). */
export const IncludedItemSchema = z.object({ code: z.string().min(1), from: IsoDate.optional(), to: IsoDate.optional() }).strict();

/** Where a fact comes from: a spec source tag (S36 ...), or "G" for general knowledge nobody has checked yet. */
export const SourceRef = z.string().regex(/^(S\d+|G)$/);

/** One row of a published list. Rows that differ only by box size or condition share a code. */
export const FeeItemSchema = z
  .object({
    code: z.string().min(1).max(40),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    /** Other names this party bills it under (the shared catalogue adds the common ones). */
    synonyms: z.array(z.string()).default([]),
    regime: PricingRegime,
    unit: FeeUnit,
    conditions: FeeConditionsSchema.default({}),
    rate: Money,
    currency: Currency.default('CNY'),
    serviceContent: z.string().optional(),
    includes: z.array(IncludedItemSchema).default([]),
    legalBasis: z.string().optional(),
    validFrom: IsoDate.optional(),
    validTo: IsoDate.optional(),
    sources: z.array(SourceRef).default([]),
    /** true: the rate or fact rests on [G] knowledge; findings from it are "review", never "dispute". */
    unverified: z.boolean().default(false),
  })
  .strict();
export type FeeItem = z.infer<typeof FeeItemSchema>;

export const FeeListSchema = z
  .object({
    id: z.string().min(1).max(64),
    party: ChargingPartySchema,
    titleZh: z.string().min(1),
    titleEn: z.string().min(1),
    /** An illustration shipped with the app, not any real party's tariff (its title says 示例). */
    example: z.boolean(),
    validFrom: IsoDate,
    validTo: IsoDate.optional(),
    sources: z.array(SourceRef).default([]),
    items: z.array(FeeItemSchema).min(1),
  })
  .strict()
  .refine((l) => l.validTo === undefined || l.validTo >= l.validFrom, { path: ['validTo'], message: 'validTo is before validFrom / 有效期止早于有效期起' });
export type FeeList = z.infer<typeof FeeListSchema>;

/** The common names of an item code, used to recognise a billed name ("THC", "码头作业费" ...). */
export const FeeItemNameSchema = z
  .object({ code: z.string().min(1), nameZh: z.string().min(1), nameEn: z.string().min(1), synonyms: z.array(z.string()).default([]) })
  .strict();
export type FeeItemName = z.infer<typeof FeeItemNameSchema>;

const regulationBase = {
  id: z.string().min(1),
  code: z.string().min(1),
  from: IsoDate,
  to: IsoDate.optional(),
  /** Lines it covers (the 2020 waiver: foreign trade only); a line that does not say is covered. */
  conditions: FeeConditionsSchema.default({}),
  basisZh: z.string().min(1),
  basisEn: z.string().min(1),
  sources: z.array(SourceRef).min(1),
  unverified: z.boolean().default(false),
};

/**
 * A rule that holds for everyone, whatever a party publishes:
 * - abolished / exempt: the item may not be charged between from and to (港口建设费 from 2021-01-01);
 * - government-priced: the rate is fixed by the state; nobody collecting it may add to it (货物港务费);
 * - inside-lump-sum: the item is a sub-item of a lump sum and may not be billed beside it (保安费 in 包干费);
 * - inspection-exempt: not payable by the enterprise when the inspection found no problem.
 */
export const FeeRegulationSchema = z.discriminatedUnion('kind', [
  z.object({ ...regulationBase, kind: z.literal('abolished') }).strict(),
  z.object({ ...regulationBase, kind: z.literal('exempt') }).strict(),
  z
    .object({
      ...regulationBase,
      kind: z.literal('government-priced'),
      rates: z.array(z.object({ conditions: FeeConditionsSchema.default({}), unit: FeeUnit, rate: Money, currency: Currency.default('CNY') }).strict()).min(1),
    })
    .strict(),
  z.object({ ...regulationBase, kind: z.literal('inside-lump-sum'), lumpSumCode: z.string().min(1) }).strict(),
  z.object({ ...regulationBase, kind: z.literal('inspection-exempt') }).strict(),
]);
export type FeeRegulation = z.infer<typeof FeeRegulationSchema>;

export const FeeSourceSchema = z.object({ id: SourceRef, title: z.string().min(1), url: z.string().optional() }).strict();

export const FeeCatalogueFileSchema = z
  .object({ version: z.string(), sources: z.array(FeeSourceSchema), names: z.array(FeeItemNameSchema).min(1), regulations: z.array(FeeRegulationSchema).min(1) })
  .strict();
export type FeeCatalogueFile = z.infer<typeof FeeCatalogueFileSchema>;

export const FeeInvoiceLineSchema = z
  .object({
    lineNo: z.number().int().positive(),
    /** The item as the invoice words it. */
    itemName: z.string().min(1).max(200),
    itemCode: z.string().max(40).optional(),
    quantity: Money,
    unit: FeeUnit.optional(),
    unitPrice: Money,
    amount: Money,
    blNo: z.string().max(50).optional(),
    containerNo: z.string().regex(/^[A-Z]{4}\d{7}$/).optional(),
    containerSize: ContainerSize.optional(),
    containerType: ContainerType.optional(),
    direction: z.enum(['import', 'export']).optional(),
    load: z.enum(['full', 'empty']).optional(),
    trade: z.enum(['foreign', 'domestic']).optional(),
    /** When the service was given; the invoice date stands in when it is missing. */
    serviceDate: IsoDate.optional(),
    declarationId: z.string().max(64).optional(),
  })
  .strict();
export type FeeInvoiceLine = z.infer<typeof FeeInvoiceLineSchema>;

export const FeeInvoiceSchema = z
  .object({
    id: z.string().min(1).max(64),
    party: ChargingPartySchema,
    invoiceNo: z.string().min(1).max(50),
    invoiceDate: IsoDate,
    currency: Currency.default('CNY'),
    lines: z.array(FeeInvoiceLineSchema).min(1),
  })
  .strict()
  .superRefine((invoice, ctx) => {
    // Findings and totals are keyed by line number, so two lines may not share one.
    const seen = new Set<number>();
    invoice.lines.forEach((line, i) => {
      if (seen.has(line.lineNo)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'lineNo'], message: `line number ${line.lineNo} repeats / 行号 ${line.lineNo} 重复` });
      seen.add(line.lineNo);
    });
  });
export type FeeInvoice = z.infer<typeof FeeInvoiceSchema>;

/** What the caller knows of a declaration's inspection (from its receipts and tracking events). */
export const InspectionStatus = z.enum(['not-inspected', 'problem-found', 'no-problem', 'unknown']);
export type InspectionStatus = z.infer<typeof InspectionStatus>;
