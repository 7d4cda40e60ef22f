import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/errors';
import type { DocumentSummary } from '../../../shared/model/documents';
import { headerFingerprint } from '../../../shared/import/header-match';
import { fieldDef, isFeeTarget, isLibraryTarget, type ImportTarget } from '../../../shared/import/fields';
import type { FeeItemName } from '../../../shared/model/fees';
import type { FeeInvoiceDefaults } from '../../../shared/fees/schema';
import type { LibraryImportInput, LibraryImportResult } from '../../../shared/import/library-import';
import {
  REJECTED_LISTED,
  type CommitInput,
  type CommitResult,
  type ImportOptions,
  type ImportPreview,
  type ImportProgress,
  type SavedMapping,
} from '../../../shared/import/schema';
import type { Store } from '../store/store.node';
import { MappingRepository } from '../store/mappings.node';
import { codeResolver } from './code-resolver.node';
import { runImport, type ImportRun } from './pipeline.node';
import { targetName } from './mapping';

/** Lines shown in the preview table. */
export const PREVIEW_ROWS = 20;

const kindOf: Record<Exclude<ImportTarget, 'parties' | 'products' | 'fee-list' | 'fee-invoice'>, 'packing-list' | 'invoice' | 'declaration'> = {
  'packing-list': 'packing-list',
  invoice: 'invoice',
  items: 'declaration',
};

function cancelled(jobId: string): AppError {
  return new AppError({
    code: 'CANCELLED',
    messageZh: '导入已取消，未写入任何数据。',
    messageEn: 'The import was cancelled; nothing was written.',
    details: { jobId, cancelled: true },
  });
}

/**
 * Spreadsheet import behind the contract: preview (read, detect, map, parse; nothing written),
 * commit (the same, then one transaction through the document repository), cancel, and the
 * saved column mappings.
 */
export class ImportService {
  private readonly jobs = new Map<string, { cancelled: boolean }>();

  constructor(
    private readonly store: () => Store,
    private readonly emit: (progress: ImportProgress) => void,
    private readonly now: () => Date,
    /** The fee catalogue's item names (seeds/fees): fee-list rows without a code are matched to them. */
    private readonly feeNames: () => readonly FeeItemName[] = () => [],
  ) {}

  async preview(options: ImportOptions): Promise<ImportPreview> {
    return this.withJob(options, async (jobId, run) => this.toPreview(jobId, options, await run()), options.defaults);
  }

  async commit(input: CommitInput): Promise<CommitResult> {
    const target = input.target;
    if (isLibraryTarget(target)) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'target',
        messageZh: `${targetName(target).zh}不是单据，请用资料库导入（library.import）。`,
        messageEn: `${targetName(target).en} is not a document; import it with library.import.`,
      });
    }
    if (isFeeTarget(target)) {
      const call = target === 'fee-list' ? 'fees.importList' : 'fees.importInvoices';
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'target',
        messageZh: `${targetName(target).zh}不是单据，请用 ${call} 导入。`,
        messageEn: `${targetName(target).en} is not a document; import it with ${call}.`,
      });
    }
    return this.withJob(input, async (jobId, run) => {
      const result = await run();
      const preview = this.toPreview(jobId, input, result);
      if (result.missing.length > 0 || (result.rejectedRows > 0 && !input.skipRejected)) return { written: false, preview };
      this.checkWritable(jobId, result);
      this.emit({ jobId, phase: 'write', done: 0, total: 1 });
      const document = this.write(input, target, result);
      this.emit({ jobId, phase: 'write', done: 1, total: 1 });
      return { written: true, document, lines: result.builder.count, skippedRejected: result.rejectedRows, preview };
    });
  }

  /** A party or product list into the library: the same reading and report, then one transaction. */
  async importLibrary(input: LibraryImportInput): Promise<LibraryImportResult> {
    return this.withJob(input, async (jobId, run) => {
      const result = await run();
      const preview = this.toPreview(jobId, input, result);
      if (result.missing.length > 0 || (result.rejectedRows > 0 && !input.skipRejected)) return { written: false, preview };
      this.checkWritable(jobId, result);
      if (result.builder.output !== 'library') throw new Error(`target ${input.target} built ${result.builder.output} output`);
      const kind = input.target === 'parties' ? 'party' : 'product';
      const records = result.builder.records();
      this.emit({ jobId, phase: 'write', done: 0, total: records.length });
      const { created, updated } = this.store().library.importRecords(kind, records);
      this.emit({ jobId, phase: 'write', done: records.length, total: records.length });
      return { written: true, kind, created, updated, skippedRejected: result.rejectedRows, preview };
    });
  }

  /**
   * A fee list or fee invoices: the same reading, report, cancel and progress as a document,
   * then `write` (one transaction, the caller's). Nothing is written while a row is rejected,
   * unless skipRejected.
   */
  async importFees<T>(
    input: ImportOptions & { skipRejected?: boolean | undefined },
    defaults: FeeInvoiceDefaults | undefined,
    write: (run: ImportRun) => T,
  ): Promise<{ written: false; preview: ImportPreview } | { written: true; value: T; skippedRejected: number; preview: ImportPreview }> {
    return this.withJob(
      input,
      async (jobId, run) => {
        const result = await run();
        const preview = this.toPreview(jobId, input, result);
        if (result.missing.length > 0 || (result.rejectedRows > 0 && !input.skipRejected)) return { written: false, preview };
        this.checkWritable(jobId, result);
        this.emit({ jobId, phase: 'write', done: 0, total: result.builder.count });
        const value = write(result);
        this.emit({ jobId, phase: 'write', done: result.builder.count, total: result.builder.count });
        return { written: true, value, skippedRejected: result.rejectedRows, preview };
      },
      defaults,
    );
  }

  /** Something to write, and the job not cancelled. */
  private checkWritable(jobId: string, result: ImportRun): void {
    if (result.builder.count === 0) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'file',
        messageZh: '表格中没有可导入的行。',
        messageEn: 'The sheet has no rows to import.',
      });
    }
    this.check(jobId);
  }

  /** Asks a running import to stop; it stops at its next chunk and writes nothing. */
  cancel(jobId: string): { cancelled: boolean } {
    const job = this.jobs.get(jobId);
    if (!job) return { cancelled: false };
    job.cancelled = true;
    return { cancelled: true };
  }

  listMappings(target?: ImportTarget): SavedMapping[] {
    return this.mappings().list(target);
  }

  saveMapping(input: { name: string; target: ImportTarget; columns: { header: string; field: SavedMapping['columns'][number]['field'] }[] }): SavedMapping {
    const foreign = input.columns.findIndex((c) => c.field !== null && !fieldDef(input.target, c.field));
    if (foreign >= 0) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: `columns.${foreign}.field`,
        messageZh: `「${input.columns[foreign]?.field ?? ''}」不是可导入到${targetName(input.target).zh}的字段。`,
        messageEn: `"${input.columns[foreign]?.field ?? ''}" is not a field of ${targetName(input.target).en}.`,
      });
    }
    const fingerprint = headerFingerprint(input.columns.map((c) => c.header));
    return this.mappings().save({ name: input.name, target: input.target, fingerprint, columns: input.columns });
  }

  deleteMapping(name: string): { deleted: boolean } {
    return { deleted: this.mappings().delete(name) };
  }

  private mappings(): MappingRepository {
    return new MappingRepository(this.store().db, this.now);
  }

  private async withJob<T>(options: ImportOptions, body: (jobId: string, run: () => Promise<ImportRun>) => Promise<T>, feeDefaults?: FeeInvoiceDefaults): Promise<T> {
    const jobId = options.jobId ?? randomUUID();
    if (this.jobs.has(jobId)) {
      throw new AppError({
        code: 'CONFLICT',
        field: 'jobId',
        messageZh: '同一编号的导入正在进行。',
        messageEn: 'An import with this job id is already running.',
      });
    }
    this.jobs.set(jobId, { cancelled: false });
    try {
      const store = this.store();
      const mappings = this.mappings();
      return await body(jobId, () =>
        runImport(options, {
          resolver: codeResolver(store.codes),
          savedMapping: (target, fingerprint, name) => (name ? this.namedMapping(mappings, target, name) : mappings.forLayout(target, fingerprint)),
          savedLayouts: (target) => new Set(mappings.list(target).map((m) => m.fingerprint)),
          progress: (phase, done, total) => this.emit({ jobId, phase, done, total }),
          checkCancelled: () => this.check(jobId),
          ...(isFeeTarget(options.target) ? { fees: { names: this.feeNames(), ...(feeDefaults ? { defaults: feeDefaults } : {}) } } : {}),
        }),
      );
    } finally {
      this.jobs.delete(jobId);
    }
  }

  private namedMapping(mappings: MappingRepository, target: ImportTarget, name: string): SavedMapping {
    const saved = mappings.get(name);
    if (saved.target !== target) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'mappingName',
        messageZh: `方案「${name}」用于${targetName(saved.target).zh}，不能用于${targetName(target).zh}。`,
        messageEn: `Mapping "${name}" is for ${targetName(saved.target).en}, not ${targetName(target).en}.`,
      });
    }
    return saved;
  }

  private check(jobId: string): void {
    if (this.jobs.get(jobId)?.cancelled) throw cancelled(jobId);
  }

  /** One transaction through the repository: a new document, or the draft's lines replaced (revision checked). */
  private write(input: CommitInput, target: keyof typeof kindOf, run: ImportRun): DocumentSummary {
    const documents = this.store().documents;
    const builder = run.builder;
    if (builder.output !== 'document') throw new Error(`target ${target} built ${builder.output} output`);
    if (input.documentId === undefined || input.baseRevision === undefined) {
      const { body: _body, ...summary } = documents.create(builder.body());
      return summary;
    }
    const existing = documents.get(input.documentId);
    if (existing.kind !== kindOf[target]) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'documentId',
        messageZh: `单据 ${input.documentId} 不是${targetName(input.target).zh}所属的单据类型，不能导入到其中。`,
        messageEn: `Document ${input.documentId} is not the kind of document ${targetName(input.target).en} belong to.`,
      });
    }
    return documents.save(input.documentId, input.baseRevision, builder.body(existing.body));
  }

  private toPreview(jobId: string, options: ImportOptions, run: ImportRun): ImportPreview {
    const preview: ImportPreview = {
      jobId,
      fileName: options.file.fileName,
      format: run.workbook.format,
      sheets: run.workbook.sheets.map((s) => ({ name: s.name, rows: s.rows.length })),
      sheet: run.sheet.name,
      headerRow: run.layout.headerRow + 1,
      headerRows: run.layout.headerRows,
      fingerprint: run.fingerprint,
      appliedMapping: run.appliedMapping,
      columns: run.columns,
      missingFields: run.missing,
      rows: run.builder.sample(PREVIEW_ROWS),
      accepted: run.builder.count,
      skipped: run.skipped,
      rejectedRows: run.rejectedRows,
      rejected: run.rejected.slice(0, REJECTED_LISTED),
    };
    if (run.workbook.encoding) preview.encoding = run.workbook.encoding;
    return preview;
  }
}
