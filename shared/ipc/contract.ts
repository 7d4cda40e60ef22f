import { z } from 'zod';
import { AppErrorSchema } from './errors';
import {
  DocumentKind,
  DocumentStatus,
  DocumentSchema,
  DocumentSummarySchema,
  DocumentBodySchema,
  RevisionSummarySchema,
} from '../model/documents';
import { DeclarationDraftSchema, Direction } from '../model/declaration';
import { ImportTarget } from '../import/fields';
import {
  CommitInputSchema,
  CommitResultSchema,
  ImportOptionsSchema,
  ImportPreviewSchema,
  ImportProgressSchema,
  SaveMappingInputSchema,
  SavedMappingSchema,
} from '../import/schema';
import { BundleReportSchema, Phase } from '../rules/finding-schema';
import { LibraryBodySchema, LibraryKind, LibraryRecordSchema } from '../model/library';
import { TemplateNameSchema, TemplateSummarySchema } from '../model/templates';
import {
  CodeHitSchema,
  CodeLookupInput,
  CodeSearchInput,
  CodesStatusSchema,
  TariffGetInput,
  TariffLineDetailSchema,
  TariffSearchInput,
  TariffSearchResultSchema,
} from '../codes/api';
import { CodeTableInput, CodeTableSnapshotSchema } from '../codes/table-api';
import { PdfProgressSchema, PdfRenderInput, PdfRenderOutput, SizeCheckSchema } from '../pdf/schema';
import { CheckLimitsInputSchema } from '../pdf/limits-schema';
import {
  AddTrustedInputSchema,
  CertificateSummarySchema,
  ImportCertificateInputSchema,
  KeyStatusSchema,
  SignInputSchema,
  SignOutputSchema,
  TrustedCertificateSchema,
  UnlockInputSchema,
  VerificationReportSchema,
  VerifyInputSchema,
} from '../signing/schema';
import {
  FeeAuditQuerySchema,
  FeeAuditReportSchema,
  FeeExportInputSchema,
  FeeExportOutputSchema,
  FeeExportProgressSchema,
  FeeInvoiceImportInputSchema,
  FeeInvoiceImportResultSchema,
  FeeInvoiceSummarySchema,
  FeeListImportInputSchema,
  FeeListImportResultSchema,
  FeeListSummarySchema,
  FeePeriodSchema,
  FeesChangedSchema,
  StoredFeeListSchema,
} from '../fees/schema';
import { FeeInvoiceSchema, FeeListSchema } from '../model/fees';
import { RestoreRevisionInput, RevisionEntrySchema, RevisionListInput } from '../model/revisions';
import { LibraryImportInputSchema, LibraryImportResultSchema } from '../import/library-import';
import {
  OutboxItemDetailSchema,
  OutboxItemSchema,
  ReceiptsArrivedSchema,
  StoredReceiptSchema,
  SyncConfigureInputSchema,
  SyncListInputSchema,
  SyncStatusSchema,
} from '../sync/schema';
import {
  AddTrackingEventInput,
  ImportTrackingEventsInput,
  ImportTrackingEventsResult,
  TimelineSchema,
  TrackingChangedSchema,
  TrackingEventSchema,
} from '../model/tracking';
import { SettingsOverviewSchema, SettingsPatchSchema, SettingsSchema } from '../settings/schema';
import {
  BackupInputSchema,
  BackupProgressSchema,
  BackupResultSchema,
  DiagnosticsInputSchema,
  DiagnosticsResultSchema,
  RestoreInputSchema,
  RestoreResultSchema,
} from '../support/schema';
import {
  DashboardQuery,
  DashboardSchema,
  TrackingDeclarationRowSchema,
  TrackingDeclarationsInput,
  TrackingExportInput,
  TrackingExportOutput,
} from '../metrics/schema';

/**
 * THE contract: every call the UI may make, declared once with its input and output schema,
 * and every event the backend pushes. Both transports (Electron IPC, browser host) and the
 * backend are typed from this table; nothing else defines a call.
 */

export { Language, SettingsSchema } from '../settings/schema';
export type { Settings } from '../settings/schema';

export const AppStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), profileDir: z.string(), databasePath: z.string(), version: z.string() }),
  z.object({
    state: z.literal('recovery'),
    profileDir: z.string(),
    databasePath: z.string(),
    version: z.string(),
    problem: AppErrorSchema,
  }),
]);
export type AppStatus = z.infer<typeof AppStatusSchema>;

const Id = z.string().min(1).max(64);
const empty = z.object({}).strict();

export const ListDocumentsInput = z
  .object({
    kind: DocumentKind.optional(),
    status: DocumentStatus.optional(),
    text: z.string().max(200).optional(),
    updatedFrom: z.iso.datetime().optional(),
    updatedTo: z.iso.datetime().optional(),
    /** Declarations only: filters read from the current body (direction, 监管方式, 境内收发货人 text). */
    direction: Direction.optional(),
    tradeMode: z.string().max(4).optional(),
    consignee: z.string().max(100).optional(),
    /** false (default): live documents; true: the recycle bin. */
    trashed: z.boolean().optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type ListDocumentsInput = z.infer<typeof ListDocumentsInput>;

export const calls = {
  'app.status': { input: empty, output: AppStatusSchema },
  'profile.useFolder': { input: z.object({ dir: z.string().min(1).max(4096) }).strict(), output: AppStatusSchema },
  'profile.resetDatabase': { input: empty, output: AppStatusSchema },

  'settings.get': { input: empty, output: SettingsSchema },
  /** Refuses a key the policy locks (SETTING_LOCKED, naming the key). */
  'settings.update': { input: SettingsPatchSchema, output: SettingsSchema },
  /** Every setting with its value and where it came from (default, policy, user), and the policy file's report. */
  'settings.overview': { input: z.object({}).strict(), output: SettingsOverviewSchema },
  /** A zip of logs, versions, settings sources, the database integrity check and table counts; never a secret. */
  'support.exportDiagnostics': { input: DiagnosticsInputSchema, output: DiagnosticsResultSchema },
  /** The whole profile (SQLite online backup, certificates and settings included) into one file while the app runs. */
  'profile.backup': { input: BackupInputSchema, output: BackupResultSchema },
  /** Cancels a backup or a restore (a restore only while its zip is read and checked; the swap itself is quick and not cancellable). */
  'profile.cancelBackup': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** Replaces this profile's data with a backup's; the database it replaces is kept aside, never deleted. */
  'profile.restore': { input: RestoreInputSchema, output: RestoreResultSchema },

  'documents.list': { input: ListDocumentsInput, output: z.array(DocumentSummarySchema) },
  'documents.get': { input: z.object({ id: Id }).strict(), output: DocumentSchema },
  'documents.create': {
    input: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('declaration'), direction: Direction.optional() }).strict(),
      z.object({ kind: z.literal('packing-list') }).strict(),
      z.object({ kind: z.literal('invoice') }).strict(),
    ]),
    output: DocumentSchema,
  },
  'documents.save': {
    input: z
      .object({
        id: Id,
        /** The revision the editor started from; a mismatch is a CONFLICT, never a silent overwrite. */
        baseRevision: z.number().int().nonnegative(),
        body: DocumentBodySchema,
      })
      .strict(),
    output: DocumentSummarySchema,
  },
  'documents.trash': { input: z.object({ id: Id }).strict(), output: DocumentSummarySchema },
  'documents.restore': { input: z.object({ id: Id }).strict(), output: DocumentSummarySchema },
  /**
   * 批量删除 and its undo: many drafts in one transaction and one documents.changed event (one
   * call per draft made the list reload after each: 18 s for 400). All or nothing: a sent or
   * unknown document refuses the whole call, naming it.
   */
  'documents.trashMany': { input: z.object({ ids: z.array(Id).min(1).max(1000) }).strict(), output: z.array(DocumentSummarySchema) },
  'documents.restoreMany': { input: z.object({ ids: z.array(Id).min(1).max(1000) }).strict(), output: z.array(DocumentSummarySchema) },
  'documents.revisions': { input: z.object({ id: Id }).strict(), output: z.array(RevisionSummarySchema) },
  /** 复制: a new draft with its own ClientSeqNo; customs-assigned numbers and packing-list links are not copied. */
  'documents.copy': { input: z.object({ id: Id, withItems: z.boolean() }).strict(), output: DocumentSchema },
  /** Templates: named declaration bodies; saving under an existing name updates that template. */
  'documents.saveAsTemplate': { input: z.object({ id: Id, name: TemplateNameSchema }).strict(), output: TemplateSummarySchema },
  'documents.createFromTemplate': { input: z.object({ templateId: Id }).strict(), output: DocumentSchema },
  'templates.list': { input: empty, output: z.array(TemplateSummarySchema) },
  'templates.delete': { input: z.object({ id: Id }).strict(), output: z.object({ id: z.string() }) },

  /** Code tables: ranked lookup (exact code, code prefix, then names, initials, aliases). */
  'codes.search': { input: CodeSearchInput, output: z.array(CodeHitSchema) },
  'codes.lookup': { input: CodeLookupInput, output: CodeHitSchema.nullable() },
  /** Which seed files are loaded (versions, row counts) and which failed at start-up. */
  'codes.status': { input: empty, output: CodesStatusSchema },
  /** All entries of one code table (the largest has a few hundred), for live checks in the renderer. */
  'codes.table': { input: CodeTableInput, output: CodeTableSnapshotSchema },
  /** Tariff lines and HS 2022 headings/subheadings for a code (8471.30) or words (笔记本). */
  'tariff.search': { input: TariffSearchInput, output: TariffSearchResultSchema },
  'tariff.get': { input: TariffGetInput, output: TariffLineDetailSchema.nullable() },

  /** The party and product libraries. */
  'library.list': {
    input: z.object({ kind: LibraryKind, text: z.string().max(200).optional(), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    output: z.array(LibraryRecordSchema),
  },
  'library.get': { input: z.object({ id: Id }).strict(), output: LibraryRecordSchema },
  'library.save': { input: z.object({ id: Id.optional(), body: LibraryBodySchema }).strict(), output: LibraryRecordSchema },
  'library.delete': { input: z.object({ id: Id }).strict(), output: z.object({ id: z.string() }) },

  /** The rules on one document (a declaration with its packing lists), or on many drafts at once. */
  'validation.run': { input: z.object({ id: Id, phase: Phase }).strict(), output: BundleReportSchema },
  'validation.bulk': {
    input: z.object({ phase: Phase, ids: z.array(Id).max(1000).optional() }).strict(),
    output: z.array(BundleReportSchema),
  },
  /** The rules on a declaration body that is not saved (a DecMessage file checked by the CLI). */
  'validation.draft': {
    input: z.object({ draft: DeclarationDraftSchema, phase: Phase, clientSeqNo: z.string().max(64).optional() }).strict(),
    output: BundleReportSchema,
  },

  /** DecMessage XML: a draft written out (暂存 G or 申报 C), or a message read in as a new draft. */
  'xml.export': {
    input: z.object({ id: Id, operType: z.enum(['G', 'C']).optional() }).strict(),
    output: z.object({ fileName: z.string(), xml: z.string(), clientSeqNo: z.string() }),
  },
  'xml.import': {
    input: z.object({ fileName: z.string().max(255).optional(), xml: z.string().min(1).max(20 * 1024 * 1024) }).strict(),
    output: DocumentSummarySchema,
  },

  /** Spreadsheet import (.xlsx, .csv): preview (writes nothing), commit (one transaction), cancel. */
  'import.preview': { input: ImportOptionsSchema, output: ImportPreviewSchema },
  'import.commit': { input: CommitInputSchema, output: CommitResultSchema },
  'import.cancel': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** Column mappings saved per exporter layout, applied again when the same headers come back. */
  'importMappings.list': { input: z.object({ target: ImportTarget.optional() }).strict(), output: z.array(SavedMappingSchema) },
  'importMappings.save': { input: SaveMappingInputSchema, output: SavedMappingSchema },
  'importMappings.delete': { input: z.object({ name: z.string().min(1).max(100) }).strict(), output: z.object({ deleted: z.boolean() }) },

  // ── PDF rendering (issue 5, part 1) ──
  /** A saved declaration or packing list as a PDF (base64), with the attached-document limits checked. */
  'pdf.render': { input: PdfRenderInput, output: PdfRenderOutput },
  /** Stops a running pdf.render at its next page; it then fails with CANCELLED. */
  'pdf.cancel': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: z.object({ cancelled: z.boolean() }) },
  // ── Digital signatures (issue 5, part 2): key protection, certificates, trust list, sign, verify ──
  /** How stored private keys are protected (desktop keychain or a typed passphrase) and whether they are unlocked. */
  'keys.status': { input: empty, output: KeyStatusSchema },
  /** Browser host / CLI: the passphrase that seals private keys (the first use sets it). Kept in memory only. */
  'keys.unlock': { input: UnlockInputSchema, output: KeyStatusSchema },
  /** A .p12/.pfx with its password (never stored); the private key is kept sealed in the profile. */
  'certificates.import': { input: ImportCertificateInputSchema, output: CertificateSummarySchema },
  'certificates.list': { input: empty, output: z.array(CertificateSummarySchema) },
  /** Deletes the certificate and its sealed private key for good. */
  'certificates.delete': { input: z.object({ id: Id }).strict(), output: z.object({ id: z.string() }) },
  /** The certificates (usually CA roots) the user trusts when verifying signatures. */
  'trust.add': { input: AddTrustedInputSchema, output: TrustedCertificateSchema },
  'trust.list': { input: empty, output: z.array(TrustedCertificateSchema) },
  'trust.delete': { input: z.object({ fingerprint: z.string().min(1).max(200) }).strict(), output: z.object({ fingerprint: z.string() }) },
  /** Signs a PDF (base64) with a stored certificate or the E-Port card; a signed PDF gets an incremental signature. */
  'signatures.sign': { input: SignInputSchema, output: SignOutputSchema },
  /** Checks every signature of any PDF against the trusted list. */
  'signatures.verify': { input: VerifyInputSchema, output: VerificationReportSchema },
  // --- Editor: revision history (issue 4) ---
  /** Saved revisions, newest first, each with its title and counts (items or lines, containers). */
  'documents.revisionHistory': { input: RevisionListInput, output: z.array(RevisionEntrySchema) },
  /** An earlier revision's body saved as a NEW revision (nothing after it is lost); returns the document. */
  'documents.restoreRevision': { input: RestoreRevisionInput, output: DocumentSchema },
  // ---- Library import and restore (domain: issue 3 leftovers) ----
  /** A party or product list (.xlsx, .csv) into the library: preview with import.preview (target parties/products), cancel with import.cancel. */
  'library.import': { input: LibraryImportInputSchema, output: LibraryImportResultSchema },
  /** Undo of library.delete: the soft-deleted record is live again. */
  'library.restore': { input: z.object({ id: Id }).strict(), output: LibraryRecordSchema },
  // ── Print and sign (issue 5, part 3) ──
  /** The attached-document limits checked again on any PDF bytes (a signed PDF is larger than the render). */
  'pdf.checkLimits': { input: CheckLimitsInputSchema, output: SizeCheckSchema },

  // ── Submit and receipts (issue 6) ──
  /** Channel, connectivity and outbox counts (the navigation badge). */
  'sync.status': { input: empty, output: SyncStatusSchema },
  /** Choose the channel and set the gateway URL, device token or ImpPath. */
  'sync.configure': { input: SyncConfigureInputSchema, output: SyncStatusSchema },
  /** Freeze the declaration's current revision and queue it (validated first; errors block). */
  'sync.enqueue': { input: z.object({ documentId: Id }).strict(), output: OutboxItemSchema },
  'sync.list': { input: SyncListInputSchema, output: z.array(OutboxItemSchema) },
  'sync.item': { input: z.object({ id: Id }).strict(), output: OutboxItemDetailSchema },
  /** Send everything due now, ignoring backoff timers ("send now"). */
  'sync.sendNow': { input: empty, output: SyncStatusSchema },
  /** Withdraw an item that is still queued; the document becomes a draft again. */
  'sync.cancel': { input: z.object({ id: Id }).strict(), output: OutboxItemSchema },
  /** Every receipt of a document, oldest first (its receipt timeline). */
  'receipts.forDocument': { input: z.object({ documentId: Id }).strict(), output: z.array(StoredReceiptSchema) },

  // ── Clearance-time tracking (issue 7) ──
  /** A declaration's customs and logistics steps, their times and the hours between them. */
  'tracking.timeline': { input: z.object({ documentId: Id }).strict(), output: TimelineSchema },
  /** An event entered by hand (source manual). */
  'tracking.addEvent': { input: AddTrackingEventInput, output: TrackingEventSchema },
  /** Deletes a manual or imported event; receipt and feed events cannot be deleted. */
  'tracking.deleteEvent': { input: z.object({ id: Id }).strict(), output: z.object({ id: z.string() }) },
  /** Events from a CSV or Excel file: dry run to check, then the real run writes all rows or none. */
  'tracking.importEvents': { input: ImportTrackingEventsInput, output: ImportTrackingEventsResult },
  /** The Time Release Study dashboard for a period. */
  'tracking.stats': { input: DashboardQuery, output: DashboardSchema },
  /** The declarations behind a figure (a bar, a month, the waiting tile). */
  'tracking.declarations': { input: TrackingDeclarationsInput, output: z.array(TrackingDeclarationRowSchema) },
  /** The dashboard's figures as CSV, XLSX or a one-page PDF report. */
  'tracking.export': { input: TrackingExportInput, output: TrackingExportOutput },

  // ── Port-fee audit (issue 8) ──
  /** Every stored fee list (the shipped examples, imported and hand-made ones), newest first per party. */
  'fees.lists': { input: empty, output: z.array(FeeListSummarySchema) },
  'fees.list': { input: z.object({ id: Id }).strict(), output: StoredFeeListSchema },
  /** Creates or replaces a list (edited by hand); `baseUpdatedAt` refuses to overwrite a newer save. */
  'fees.saveList': { input: z.object({ list: FeeListSchema, baseUpdatedAt: z.string().optional() }).strict(), output: FeeListSummarySchema },
  'fees.deleteList': { input: z.object({ id: Id }).strict(), output: z.object({ id: z.string() }) },
  /** A party's published list from a spreadsheet (preview with import.preview, target fee-list; cancel with import.cancel). */
  'fees.importList': { input: FeeListImportInputSchema, output: FeeListImportResultSchema },
  /** Stored invoices whose date is in the period, newest first. */
  'fees.invoices': { input: z.object({ period: FeePeriodSchema.default({}) }).strict(), output: z.array(FeeInvoiceSummarySchema) },
  'fees.invoice': { input: z.object({ id: Id }).strict(), output: FeeInvoiceSchema },
  /** Creates or replaces an invoice entered by hand (the same party and number replace the stored one). */
  'fees.saveInvoice': { input: z.object({ invoice: FeeInvoiceSchema }).strict(), output: FeeInvoiceSummarySchema },
  'fees.deleteInvoice': { input: z.object({ id: Id }).strict(), output: z.object({ id: z.string() }) },
  /** Invoice lines from a spreadsheet, grouped into invoices (preview with import.preview, target fee-invoice). */
  'fees.importInvoices': { input: FeeInvoiceImportInputSchema, output: FeeInvoiceImportResultSchema },
  /** Audits the stored invoices of a period against the lists and the rules for everyone. */
  'fees.audit': { input: FeeAuditQuerySchema, output: FeeAuditReportSchema },
  /** The audit as a workbook or as a PDF the trader can send to the charging party. */
  'fees.export': { input: FeeExportInputSchema, output: FeeExportOutputSchema },
  /** Stops a running fees.export (by its jobId) at its next chunk of rows; it then fails with CANCELLED. */
  'fees.cancelExport': { input: z.object({ jobId: z.string().min(1).max(64) }).strict(), output: z.object({ cancelled: z.boolean() }) },
} as const;

export const events = {
  /** Documents were created, saved, trashed or restored (by this window or another). */
  'documents.changed': z.object({ ids: z.array(z.string()) }),
  /** Settings changed; Electron main listens too, to rebuild the menu in the new language. */
  'settings.changed': SettingsSchema,
  /** Sent when the policy file or a setting's source changes (the overview is stale). */
  'settings.overviewChanged': SettingsOverviewSchema,
  /** Progress of a backup or restore, by jobId. */
  'profile.backupProgress': BackupProgressSchema,
  /** A long spreadsheet import reports each chunk (read, parse, write) of job `jobId`. */
  'import.progress': ImportProgressSchema,
  /** A PDF being drawn (rows of the item or carton table), saved and checked, for job `jobId`. */
  'pdf.progress': PdfProgressSchema,
  /** Outbox items changed state, or connectivity changed: carries the new status. */
  'sync.changed': SyncStatusSchema,
  /** New receipts were stored for these documents. */
  'receipts.arrived': ReceiptsArrivedSchema,
  /** Tracking events were added or deleted for these documents (receipts, feed, import, by hand). */
  'tracking.changed': TrackingChangedSchema,
  /** Fee lists or invoices were saved, imported or deleted. */
  'fees.changed': FeesChangedSchema,
  /** A fee-audit export of job `jobId` writing its rows, then saving the file. */
  'fees.exportProgress': FeeExportProgressSchema,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallParsedInput<K extends CallName> = z.output<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(calls, name);
}
export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
