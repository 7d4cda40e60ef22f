import { z } from 'zod';
import { ImportOptionsSchema, ImportPreviewSchema } from '../import/schema';
import { FeeInvoiceDefaultsSchema } from '../import/fee-defaults';
import {
  ChargingPartyKind,
  ChargingPartySchema,
  FeeInvoiceLineSchema,
  FeeListSchema,
  InspectionStatus,
  IsoDate,
} from '../model/fees';

/**
 * The fee-audit calls (issue 8): stored fee lists and invoices, their import from spreadsheets
 * through the domain importer, the audit report and its exports. Shared by the contract, the
 * backend and the renderer.
 */

/** Where a stored list came from: shipped with the app (the examples), imported, or entered/edited by hand. */
export const FeeListOrigin = z.enum(['seed', 'import', 'user']);
export type FeeListOrigin = z.infer<typeof FeeListOrigin>;

export const FeeListSummarySchema = z.object({
  id: z.string(),
  party: ChargingPartySchema,
  titleZh: z.string(),
  titleEn: z.string(),
  example: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  items: z.number().int().nonnegative(),
  origin: FeeListOrigin,
  updatedAt: z.string(),
});
export type FeeListSummary = z.infer<typeof FeeListSummarySchema>;

export const StoredFeeListSchema = z.object({ list: FeeListSchema, origin: FeeListOrigin, updatedAt: z.string() });
export type StoredFeeList = z.infer<typeof StoredFeeListSchema>;

export const FeeInvoiceSummarySchema = z.object({
  id: z.string(),
  party: ChargingPartySchema,
  invoiceNo: z.string(),
  invoiceDate: z.string(),
  currency: z.string(),
  lines: z.number().int().nonnegative(),
  /** Sum of the line amounts, 2 places. */
  amount: z.string(),
  /** The file it was imported from, when it was. */
  sourceFile: z.string().nullable(),
  updatedAt: z.string(),
});
export type FeeInvoiceSummary = z.infer<typeof FeeInvoiceSummarySchema>;

/** A calendar period of invoice dates, both ends included; a missing end is open. */
export const FeePeriodSchema = z
  .object({ from: IsoDate.optional(), to: IsoDate.optional() })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ['to'], message: 'the period ends before it starts / 截止日期早于起始日期' });
export type FeePeriod = z.infer<typeof FeePeriodSchema>;

/** The list metadata a fee-list sheet does not carry: asked for in the import dialog. */
export const FeeListHeaderInputSchema = z
  .object({
    partyKind: ChargingPartyKind,
    partyName: z.string().trim().min(1).max(200),
    uscc: z
      .string()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
      .optional(),
    titleZh: z.string().trim().min(1).max(200).optional(),
    titleEn: z.string().trim().min(1).max(200).optional(),
    validFrom: IsoDate,
    validTo: IsoDate.optional(),
  })
  .strict();
export type FeeListHeaderInput = z.infer<typeof FeeListHeaderInputSchema>;

/** fees.importList: one sheet = one party's list, each row an item (rate per unit and conditions). */
export const FeeListImportInputSchema = ImportOptionsSchema.extend({
  target: z.literal('fee-list'),
  header: FeeListHeaderInputSchema,
  skipRejected: z.boolean().optional(),
}).strict();
export type FeeListImportInput = z.infer<typeof FeeListImportInputSchema>;

export const FeeListImportResultSchema = z.discriminatedUnion('written', [
  /** `replaced`: a list of the same party from the same date was there and is now this one. */
  z.object({ written: z.literal(true), list: FeeListSummarySchema, replaced: z.boolean(), skippedRejected: z.number().int().nonnegative(), preview: ImportPreviewSchema }),
  z.object({ written: z.literal(false), preview: ImportPreviewSchema }),
]);
export type FeeListImportResult = z.infer<typeof FeeListImportResultSchema>;

export { FeeInvoiceDefaultsSchema, type FeeInvoiceDefaults } from '../import/fee-defaults';

/** fees.importInvoices: the rows of one sheet grouped into invoices by (party, invoice no.). */
export const FeeInvoiceImportInputSchema = ImportOptionsSchema.extend({
  target: z.literal('fee-invoice'),
  defaults: FeeInvoiceDefaultsSchema.default({}),
  skipRejected: z.boolean().optional(),
}).strict();
export type FeeInvoiceImportInput = z.infer<typeof FeeInvoiceImportInputSchema>;

export const FeeInvoiceImportResultSchema = z.discriminatedUnion('written', [
  /** `updated`: invoices (same party, same number) already stored and replaced by the file's. */
  z.object({
    written: z.literal(true),
    invoices: z.array(FeeInvoiceSummarySchema),
    created: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    skippedRejected: z.number().int().nonnegative(),
    preview: ImportPreviewSchema,
  }),
  z.object({ written: z.literal(false), preview: ImportPreviewSchema }),
]);
export type FeeInvoiceImportResult = z.infer<typeof FeeInvoiceImportResultSchema>;

export const FeeAuditQuerySchema = z
  .object({
    period: FeePeriodSchema.default({}),
    /** Only this party's invoices (its partyKey); all parties when missing. */
    partyKey: z.string().min(1).optional(),
    /** Only these invoices. */
    invoiceIds: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type FeeAuditQuery = z.infer<typeof FeeAuditQuerySchema>;

export const FeeSeverity = z.enum(['dispute', 'review']);

const LineReferenceSchema = z.object({ invoiceId: z.string(), invoiceNo: z.string(), lineNo: z.number().int() });

export const FeeFindingSchema = z.object({
  invoiceId: z.string(),
  lineNo: z.number().int(),
  ruleId: z.string(),
  severity: FeeSeverity,
  atStake: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
  sources: z.array(z.string()),
  match: z.object({ code: z.string(), method: z.enum(['code', 'name', 'synonym']) }).nullable(),
  reference: LineReferenceSchema.optional(),
});

/** How a line was tied to a declaration (its own link, the B/L no., a container no.) and what its inspection found. */
export const FeeLineLinkSchema = z.object({
  lineNo: z.number().int(),
  declarationId: z.string(),
  declarationTitle: z.string(),
  by: z.enum(['declaration', 'bl', 'container']),
  inspection: InspectionStatus,
});
export type FeeLineLink = z.infer<typeof FeeLineLinkSchema>;

export const AuditTotalsSchema = z.object({
  currency: z.string(),
  invoiced: z.string(),
  disputed: z.string(),
  review: z.string(),
  invoices: z.number().int(),
  disputedLines: z.number().int(),
});
export const GroupTotalsSchema = AuditTotalsSchema.extend({ key: z.string(), label: z.string() });

/**
 * An audited invoice: its header, how many lines it has, and its lines. The screen's report
 * (fees.audit) carries only the lines a finding concerns, since a busy month is tens of
 * thousands of lines the screen never shows; the exports carry every line.
 */
export const AuditedInvoiceSchema = z.object({
  id: z.string(),
  party: ChargingPartySchema,
  invoiceNo: z.string(),
  invoiceDate: z.string(),
  currency: z.string(),
  lineCount: z.number().int().positive(),
  lines: z.array(FeeInvoiceLineSchema),
});
export type AuditedInvoice = z.infer<typeof AuditedInvoiceSchema>;

export const InvoiceAuditSchema = z.object({
  invoice: AuditedInvoiceSchema,
  findings: z.array(FeeFindingSchema),
  totals: AuditTotalsSchema,
  /** The declaration each line is tied to (for the lines carried). */
  links: z.array(FeeLineLinkSchema),
});
export type InvoiceAuditReport = z.infer<typeof InvoiceAuditSchema>;

export const FeeRuleInfoSchema = z.object({ id: z.string(), titleZh: z.string(), titleEn: z.string() });
export const FeeSourceInfoSchema = z.object({ id: z.string(), title: z.string(), url: z.string().optional() });

/** Everything the audit screen and the exports show: the same object feeds both. */
export const FeeAuditReportSchema = z.object({
  query: FeeAuditQuerySchema,
  generatedAt: z.string(),
  invoices: z.array(InvoiceAuditSchema),
  byParty: z.array(GroupTotalsSchema),
  byMonth: z.array(GroupTotalsSchema),
  /** Over everything, one row per currency (money in two currencies is never added up). */
  overall: z.array(AuditTotalsSchema),
  rules: z.array(FeeRuleInfoSchema),
  /** Every source a finding cites, with its title and address. */
  sources: z.array(FeeSourceInfoSchema),
  /** Findings rest on the shipped example lists (not any real party's tariff): the screen and the PDF say so. */
  usesExampleLists: z.boolean(),
});
export type FeeAuditReport = z.infer<typeof FeeAuditReportSchema>;

export const FeeExportInputSchema = z
  .object({
    query: FeeAuditQuerySchema,
    format: z.enum(['xlsx', 'pdf']),
    language: z.enum(['zh-CN', 'en']),
    /** Names the export for fees.exportProgress and fees.cancelExport (a month of thousands of lines takes seconds). */
    jobId: z.string().min(1).max(64).optional(),
  })
  .strict();
export const FeeExportOutputSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });

/** An export under way: rows written (XLSX) or table rows drawn (PDF), then the file being saved. */
export const FeeExportProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['rows', 'save']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type FeeExportProgress = z.infer<typeof FeeExportProgressSchema>;

/** What changed; an inspection result arrives as tracking.changed (the audit screen listens to both). */
export const FeesChangedSchema = z.object({ what: z.enum(['lists', 'invoices']) });
