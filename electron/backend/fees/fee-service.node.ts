import { AppError } from '../../../shared/ipc/errors';
import type { CallName, CallOutput, CallParsedInput, EventName, EventPayload } from '../../../shared/ipc/contract';
import type { FeeCatalogueFile, FeeItemName } from '../../../shared/model/fees';
import type { Store } from '../store/store.node';
import { readFeeCatalogue } from '../store/fee-seeds.node';
import type { FeeAuditQuery, FeeAuditReport } from '../../../shared/fees/schema';
import { auditReport } from './audit-report.node';
import type { ImportService } from '../import/service.node';
import { importFeeInvoices, importFeeList } from './import-fees';
import { exportFeeAudit } from './export.node';
import type { ExportPhase } from './export-progress.node';

type FeeCall = Extract<CallName, `fees.${string}`>;
export type FeeHandlers = { [K in FeeCall]: (input: CallParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

export interface FeeServiceOptions {
  store: () => Store;
  /** The app's seeds folder: the fee catalogue (names, regulations, sources) is read from it once. */
  seedsDir: () => string | null;
  now: () => Date;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** The domain importer: fee lists and invoices are read, previewed and cancelled through it. */
  imports: () => ImportService;
}

/** Port-fee audit (issue 8): fee lists, fee invoices, their import, the audit and its exports. */
export class FeeService {
  private catalogueCache: FeeCatalogueFile | null = null;
  /** Running exports by job id, so that fees.cancelExport can stop one. */
  private readonly exports = new Map<string, AbortController>();

  constructor(private readonly options: FeeServiceOptions) {}

  catalogue(): FeeCatalogueFile {
    if (this.catalogueCache) return this.catalogueCache;
    const dir = this.options.seedsDir();
    if (!dir) {
      throw new AppError({
        code: 'INTERNAL',
        messageZh: '找不到程序自带的收费数据（seeds/fees），无法审核，请重新安装。',
        messageEn: 'The fee data shipped with the app (seeds/fees) was not found, so nothing can be audited; reinstall the app.',
      });
    }
    this.catalogueCache = readFeeCatalogue(dir);
    return this.catalogueCache;
  }

  /** The catalogue's item names, or none when the app's fee data is missing (the importer then matches by the lists alone). */
  catalogueNames(): readonly FeeItemName[] {
    if (!this.catalogueCache && !this.options.seedsDir()) return [];
    return this.catalogue().names;
  }

  /** The same audit for the screen and for the exports. */
  private audit(query: FeeAuditQuery, lines: 'all' | 'caught'): FeeAuditReport {
    const { store, now } = this.options;
    const fees = store().fees;
    return auditReport(store().db, query, { lists: fees.allLists(), invoices: fees.allInvoices(query.period), catalogue: this.catalogue() }, now(), lines);
  }

  handlers(): FeeHandlers {
    const { store, emit } = this.options;
    const fees = () => store().fees;
    return {
      'fees.lists': () => fees().lists(),
      'fees.list': ({ id }) => fees().list(id),
      'fees.saveList': ({ list, baseUpdatedAt }) => {
        const saved = fees().saveList(list, 'user', baseUpdatedAt);
        emit('fees.changed', { what: 'lists' });
        return saved;
      },
      'fees.deleteList': ({ id }) => {
        fees().deleteList(id);
        emit('fees.changed', { what: 'lists' });
        return { id };
      },
      'fees.importList': async (input) => {
        const result = await importFeeList(input, { imports: this.options.imports(), store: store() });
        if (result.written) emit('fees.changed', { what: 'lists' });
        return result;
      },
      'fees.invoices': ({ period }) => fees().invoices(period),
      'fees.invoice': ({ id }) => fees().invoice(id),
      'fees.saveInvoice': ({ invoice }) => {
        const { saved } = fees().saveInvoices([{ invoice, sourceFile: null }]);
        emit('fees.changed', { what: 'invoices' });
        const [summary] = saved;
        if (!summary) throw new Error('saveInvoices returned nothing for one invoice');
        return summary;
      },
      'fees.deleteInvoice': ({ id }) => {
        fees().deleteInvoice(id);
        emit('fees.changed', { what: 'invoices' });
        return { id };
      },
      'fees.importInvoices': async (input) => {
        const result = await importFeeInvoices(input, { imports: this.options.imports(), store: store() });
        if (result.written) emit('fees.changed', { what: 'invoices' });
        return result;
      },
      'fees.audit': (query) => this.audit(query, 'caught'),
      'fees.export': async ({ query, format, language, jobId }) => {
        const controller = new AbortController();
        if (jobId) this.exports.set(jobId, controller);
        try {
          const onProgress = jobId ? (phase: ExportPhase, done: number, total: number) => emit('fees.exportProgress', { jobId, phase, done, total }) : undefined;
          const file = await exportFeeAudit(this.audit(query, 'all'), format, language, { signal: controller.signal, onProgress });
          return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
        } finally {
          if (jobId && this.exports.get(jobId) === controller) this.exports.delete(jobId);
        }
      },
      'fees.cancelExport': ({ jobId }) => {
        const running = this.exports.get(jobId);
        running?.abort();
        return { cancelled: running !== undefined };
      },
    };
  }
}
