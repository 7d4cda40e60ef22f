import { AppError, type AppErrorValue, type CallResult } from '../../shared/ipc/errors';
import { invalidInputError } from '../../shared/ipc/input-errors';
import {
  calls,
  isCallName,
  type AppStatus,
  type CallName,
  type CallOutput,
  type CallParsedInput,
  type EventName,
  type EventPayload,
} from '../../shared/ipc/contract';
import { emptyDeclaration } from '../../shared/model/declaration';
import { emptyPackingList } from '../../shared/model/packing-list';
import { emptyInvoice } from '../../shared/model/invoice';
import type { DocumentBody } from '../../shared/model/documents';
import { DATABASE_FILE } from './store/open-database.node';
import { validateDocument, validateMany } from './validation/validate.node';
import { moveDatabaseAside, Store } from './store/store.node';
import { defaultSeedsDir } from './store/codes.node';
import { ImportService } from './import/service.node';
import { exportXml, importXml, validateUnsavedDraft } from './import/dec-xml.node';
import { copyDeclaration, createFromTemplate, saveAsTemplate } from './copies.node';
import { restoreRevision, revisionEntries } from './revisions.node';
import { parseOutput } from './validated-output';
import { join } from 'node:path';
import { PdfService } from './pdf/pdf-service.node';
import { checkLimitsOf } from './pdf/check-limits.node';
import { SigningService } from './signing/service.node';
import { SyncService, type SyncHandlers, type SyncTuning } from './sync/sync-service.node';
import { defaultChannelFactory, type ChannelFactory } from './sync/channel-factory.node';
import { deviceTokenMissing, loadSyncSettings } from './sync/sync-settings.node';
import { markProfileInUse } from './profile-in-use.node';
import type { AttachmentServices } from './sync/attachments.node';
import { TrackingService } from './tracking/tracking-service.node';
import { FeeService } from './fees/fee-service.node';
import { SettingsService } from './settings/settings-service.node';
import { policyFilePath } from './settings/policy-path.node';
import { policyWarnings, readPolicy, type PolicyReading } from './settings/read-policy.node';
import { withDeclarant } from '../../shared/settings/declarant';
import { noPolicy } from '../../shared/settings/resolve';
import { SupportService } from './support/support-service.node';
import { silentLog, type AppLog } from './logging/app-log';
import { createBackendLog } from './logging/backend-log.node';

/** Long enough for the window to show its first screen, short enough to be done before the first lookup. */
const WARM_UP_DELAY_MS = 1500;

export interface BackendOptions {
  profileDir: string;
  version: string;
  now?: () => Date;
  /**
   * The reference data folder (code tables, tariff). Omitted: `process.resourcesPath/seeds` in a
   * packaged Electron app, else the repository's seeds/ next to the bundle or under the working
   * directory (see defaultSeedsDir); null loads nothing (the reference tables stay as they are).
   */
  seedsDir?: string | null;
  /** Desktop only: the data key that seals private keys (from Electron main's safeStorage); else a passphrase is asked. */
  dataKey?: Uint8Array | null;
  /** Submissions and receipts: timers, randomness and the channel factory (tests shorten or replace the knobs). */
  sync?: SyncTuning & { channelFactory?: ChannelFactory };
  /** 'profile': log to <profile>/logs/backend.log (the app, the host, the CLI); omitted: no log (tests). */
  log?: AppLog | 'profile';
  /**
   * The machine-wide policy file. Omitted: this OS's place (or CLEARWAY_POLICY_FILE), see
   * policyFilePath; null: no policy. Read once at start: an administrator's change applies at the next start.
   */
  policyFile?: string | null;
  /**
   * The app and the host: build the in-memory tariff search (see TariffMemory) a moment after
   * the profile opens, so that the broker's first HS lookup does not wait for it (a few hundred
   * ms). Omitted (the CLI, tests): built at the first tariff search.
   */
  warmUp?: boolean;
  /**
   * The app and the host: say in the profile folder that this process has it open while the
   * store is (see profile-in-use.node.ts), so that `clearway restore` refuses to swap the
   * database under it. Omitted: the CLI and tests.
   */
  marksProfileInUse?: boolean;
}

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

type Handlers = { [K in CallName]: (input: CallParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

/** Calls that work while the store is unavailable, so the recovery screen can do its job (a restore there can be cancelled too). */
const recoveryCalls = new Set<CallName>(['app.status', 'profile.useFolder', 'profile.resetDatabase', 'settings.get', 'support.exportDiagnostics', 'profile.restore', 'profile.cancelBackup']);

function internalError(error: unknown): AppErrorValue {
  return {
    code: 'INTERNAL',
    messageZh: '程序内部错误，操作未完成，已保存的数据未受影响。',
    messageEn: 'Internal error: the operation did not complete. Saved data is unaffected.',
    details: { reason: error instanceof Error ? error.message : String(error) },
  };
}

/**
 * The backend: every contract call, served the same way whatever the transport. Inputs are
 * parsed with the contract's schema at this door; outputs are parsed on the way out so a
 * service can never send the UI something the contract does not promise.
 */
export class Backend {
  private store: Store | null = null;
  private problem: AppErrorValue | null = null;
  private profileDir: string;
  private readonly listeners = new Set<EventListener>();
  private readonly now: () => Date;
  private readonly handlers: Handlers;
  private readonly imports: ImportService;
  private readonly pdf: PdfService;
  private sync: SyncService | null = null;
  private attachmentServices: AttachmentServices | null = null;
  private readonly log: AppLog;
  private lastSyncProblem: string | null = null;
  private readonly policy: PolicyReading;
  private releaseProfile: () => void = () => undefined;

  constructor(private readonly options: BackendOptions) {
    this.profileDir = options.profileDir;
    this.now = options.now ?? (() => new Date());
    this.log = options.log === 'profile' ? createBackendLog(() => this.profileDir) : (options.log ?? silentLog);
    this.log.info(`Clearway ${options.version} backend started`, {
      profileDir: this.profileDir,
      platform: process.platform,
      arch: process.arch,
      node: process.versions.node,
      electron: (process.versions as Record<string, string | undefined>).electron ?? null,
    });
    const policyFile = options.policyFile === undefined ? policyFilePath(process.platform, process.env) : options.policyFile;
    this.policy = policyFile === null ? { report: { path: '', state: 'absent', problems: [] }, applied: noPolicy } : readPolicy(policyFile);
    // Reported on start, never silently ignored; the UI shows the same list (banner and Settings).
    this.log.info(`policy ${this.policy.report.state}`, { path: this.policy.report.path });
    for (const line of policyWarnings(this.policy.report)) {
      console.warn(line);
      this.log.warn(line);
    }
    this.openStore();
    // The fee catalogue is the app's knowledge (not the profile's): read once, shared by the audit and the importer.
    const fees = new FeeService({
      store: () => this.requireStore(),
      seedsDir: () => this.options.seedsDir ?? defaultSeedsDir(),
      now: this.now,
      emit: (event, payload) => this.emit(event, payload),
      imports: () => this.imports,
    });
    this.imports = new ImportService(
      () => this.requireStore(),
      (progress) => this.emit('import.progress', progress),
      this.now,
      () => fees.catalogueNames(),
    );
    this.pdf = new PdfService(() => this.requireStore(), (progress) => this.emit('pdf.progress', progress));
    const signing = new SigningService(() => this.requireStore().db, this.now, options.dataKey ?? null);
    const signingHandlers = signing.handlers();
    this.attachmentServices = {
      render: (input) => this.pdf.render(input),
      listCertificates: () => signingHandlers['certificates.list']({}),
      sign: async (input) => signingHandlers['signatures.sign'](input),
    };
    this.startSync();
    const sync = (): SyncHandlers => {
      this.requireStore();
      if (!this.sync) throw new Error('the sync service did not start with the store');
      return this.sync.handlers();
    };
    const tracking = new TrackingService({ db: () => this.requireStore().db, now: this.now, emit: (event, payload) => this.emit(event, payload) });
    const settings = new SettingsService({
      store: () => this.store,
      emit: (event, payload) => this.emit(event, payload),
      policy: this.policy,
    });
    const support = new SupportService({
      store: () => this.requireStore(),
      profileDir: () => this.profileDir,
      version: options.version,
      now: this.now,
      emit: (event, payload) => this.emit(event, payload),
      settingsOverview: () => settings.handlers()['settings.overview']({}),
      dataKey: options.dataKey ?? null,
      deviceTokenMissing: () => deviceTokenMissing(loadSyncSettings(this.requireStore().db, this.policy.applied)),
      log: this.log,
      withStoreClosed: (work) => {
        this.closeStore();
        try {
          return work(this.profileDir);
        } finally {
          this.openStore();
        }
      },
    });
    this.handlers = {
      ...settings.handlers(),
      ...support.handlers(),
      ...signing.handlers(),
      ...tracking.handlers(),
      ...fees.handlers(),
      'app.status': () => this.status(),
      'profile.useFolder': ({ dir }) => {
        this.log.info('switching profile folder', { from: this.profileDir, to: dir });
        this.closeStore();
        this.profileDir = dir;
        this.log.info(`Clearway ${options.version} using this profile folder`, { profileDir: dir });
        this.openStore();
        return this.status();
      },
      'profile.resetDatabase': () => {
        if (this.problem?.code !== 'DATABASE_UNREADABLE') {
          throw new AppError({
            code: 'CONFLICT',
            messageZh: '只有数据库无法读取时才能新建数据库。',
            messageEn: 'A new database can only be started when the current one cannot be read.',
          });
        }
        const aside = moveDatabaseAside(this.profileDir, this.now());
        this.log.warn('unreadable database moved aside; a new one is started', { aside });
        this.openStore();
        return this.status();
      },
      'documents.list': (filter) => this.requireStore().documents.list(filter),
      'documents.get': ({ id }) => this.requireStore().documents.get(id),
      'documents.create': (input) => {
        const body: DocumentBody =
          input.kind === 'declaration'
            ? { kind: 'declaration', data: withDeclarant(emptyDeclaration(input.direction), settings.effective().enterpriseCode) }
            : input.kind === 'packing-list'
              ? { kind: 'packing-list', data: emptyPackingList() }
              : { kind: 'invoice', data: emptyInvoice() };
        const doc = this.requireStore().documents.create(body);
        this.emit('documents.changed', { ids: [doc.id] });
        return doc;
      },
      'documents.save': ({ id, baseRevision, body }) => {
        const summary = this.requireStore().documents.save(id, baseRevision, body);
        this.emit('documents.changed', { ids: [id] });
        return summary;
      },
      'documents.trash': ({ id }) => {
        const summary = this.requireStore().documents.trash(id);
        this.emit('documents.changed', { ids: [id] });
        return summary;
      },
      'documents.trashMany': ({ ids }) => {
        const summaries = this.requireStore().documents.trashMany(ids);
        this.emit('documents.changed', { ids });
        return summaries;
      },
      'documents.restoreMany': ({ ids }) => {
        const summaries = this.requireStore().documents.restoreMany(ids);
        this.emit('documents.changed', { ids });
        return summaries;
      },
      'documents.restore': ({ id }) => {
        const summary = this.requireStore().documents.restore(id);
        this.emit('documents.changed', { ids: [id] });
        return summary;
      },
      'documents.revisions': ({ id }) => this.requireStore().documents.revisions(id),
      'documents.copy': ({ id, withItems }) => {
        const doc = copyDeclaration(this.requireStore(), id, withItems, settings.effective().enterpriseCode);
        this.emit('documents.changed', { ids: [doc.id] });
        return doc;
      },
      'documents.saveAsTemplate': ({ id, name }) => saveAsTemplate(this.requireStore(), id, name),
      'documents.createFromTemplate': ({ templateId }) => {
        const doc = createFromTemplate(this.requireStore(), templateId, settings.effective().enterpriseCode);
        this.emit('documents.changed', { ids: [doc.id] });
        return doc;
      },
      'templates.list': () => this.requireStore().templates.list(),
      'templates.delete': ({ id }) => {
        this.requireStore().templates.remove(id);
        return { id };
      },
      'library.list': ({ kind, text, limit }) => this.requireStore().library.list(kind, text, limit),
      'library.get': ({ id }) => this.requireStore().library.get(id),
      'library.save': ({ id, body }) => this.requireStore().library.save(id, body),
      'library.delete': ({ id }) => {
        this.requireStore().library.remove(id);
        return { id };
      },
      'validation.run': ({ id, phase }) => validateDocument(this.requireStore(), id, phase),
      'validation.bulk': ({ phase, ids }) => validateMany(this.requireStore(), phase, ids),
      'codes.search': ({ table, query, limit }) => this.requireStore().codes.search(table, query, limit),
      'codes.lookup': ({ table, code }) => this.requireStore().codes.lookup(table, code),
      'codes.status': () => this.requireStore().codes.status(),
      'codes.table': ({ table }) => this.requireStore().codes.table(table),
      'tariff.search': ({ query, limit }) => this.requireStore().codes.tariffSearch(query, limit),
      'tariff.get': ({ code }) => this.requireStore().codes.tariffGet(code),
      'validation.draft': ({ draft, phase, clientSeqNo }) => validateUnsavedDraft(this.requireStore(), draft, phase, clientSeqNo),
      'xml.export': ({ id, operType }) => exportXml(this.requireStore(), id, operType),
      'xml.import': ({ xml, fileName }) => {
        const summary = importXml(this.requireStore(), xml, fileName);
        this.emit('documents.changed', { ids: [summary.id] });
        return summary;
      },
      'import.preview': (input) => this.imports.preview(input),
      'import.commit': async (input) => {
        const result = await this.imports.commit(input);
        if (result.written) this.emit('documents.changed', { ids: [result.document.id] });
        return result;
      },
      'import.cancel': ({ jobId }) => this.imports.cancel(jobId),
      'importMappings.list': ({ target }) => this.imports.listMappings(target),
      'importMappings.save': (input) => this.imports.saveMapping(input),
      'importMappings.delete': ({ name }) => this.imports.deleteMapping(name),
      'pdf.render': (input) => this.pdf.render(input),
      'pdf.cancel': ({ jobId }) => this.pdf.cancel(jobId),
      'documents.revisionHistory': ({ id }) => revisionEntries(this.requireStore(), id),
      'documents.restoreRevision': ({ id, revision, baseRevision }) => {
        const doc = restoreRevision(this.requireStore(), id, revision, baseRevision);
        this.emit('documents.changed', { ids: [id] });
        return doc;
      },
      'library.import': (input) => this.imports.importLibrary(input),
      'library.restore': ({ id }) => this.requireStore().library.restore(id),
      'pdf.checkLimits': ({ fileName, pdfBase64 }) => checkLimitsOf(fileName, pdfBase64),
      'sync.status': (input) => sync()['sync.status'](input),
      'sync.configure': (input) => {
        settings.checkSyncChange(input);
        const status = sync()['sync.configure'](input);
        settings.syncChanged();
        return status;
      },
      'sync.enqueue': (input) => sync()['sync.enqueue'](input),
      'sync.list': (input) => sync()['sync.list'](input),
      'sync.item': (input) => sync()['sync.item'](input),
      'sync.sendNow': (input) => sync()['sync.sendNow'](input),
      'sync.cancel': (input) => sync()['sync.cancel'](input),
      'receipts.forDocument': (input) => sync()['receipts.forDocument'](input),
    };
  }

  /** The one entry point of every transport. Never throws; failures come back as typed values. */
  async call(name: string, rawInput: unknown): Promise<CallResult<unknown>> {
    try {
      if (!isCallName(name)) {
        throw new AppError({
          code: 'UNKNOWN_CALL',
          messageZh: `未知的调用：${name}`,
          messageEn: `Unknown call: ${name}`,
        });
      }
      if (!this.store && !recoveryCalls.has(name)) this.requireStore();
      const spec = calls[name];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) throw invalidInputError(parsed.error.issues);
      const handler = this.handlers[name] as (input: unknown) => unknown;
      const output = await handler(parsed.data);
      this.store?.scheduleCheckpoint();
      return { ok: true, value: parseOutput(spec.output, output) };
    } catch (error) {
      const value = this.toErrorValue(error);
      // Expected refusals are the UI's business; our own bugs are the administrator's.
      if (value.code === 'INTERNAL') this.log.error(`unexpected error in ${name}`, { error, details: value.details });
      return { ok: false, error: value };
    }
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closeStore();
    this.listeners.clear();
  }

  private status(): AppStatus {
    const base = {
      profileDir: this.profileDir,
      databasePath: join(this.profileDir, DATABASE_FILE),
      version: this.options.version,
    };
    return this.problem ? { state: 'recovery', ...base, problem: this.problem } : { state: 'ready', ...base };
  }

  private openStore(): void {
    try {
      const seedsDir = this.options.seedsDir === undefined ? defaultSeedsDir() : this.options.seedsDir;
      const store = Store.open({ profileDir: this.profileDir, now: this.now, seedsDir });
      this.store = store;
      this.problem = null;
      if (this.options.marksProfileInUse) this.releaseProfile = markProfileInUse(this.profileDir, this.now());
      if (this.options.warmUp) setTimeout(() => store.db.open && store.codes.warmUp(), WARM_UP_DELAY_MS).unref();
    } catch (error) {
      this.store = null;
      this.problem = this.toErrorValue(error);
      this.log.error('the profile database could not be opened (recovery screen)', { problem: this.problem });
    }
    this.startSync();
  }

  /** The sync service lives as long as the open store (and needs the PDF and signing services). */
  private startSync(): void {
    if (!this.store || !this.attachmentServices || this.sync) return;
    const { channelFactory, ...tuning } = this.options.sync ?? {};
    this.sync = new SyncService({
      ...tuning,
      store: this.store,
      services: this.attachmentServices,
      channelFactory: channelFactory ?? defaultChannelFactory,
      emit: (event, payload) => this.emit(event, payload),
      now: this.now,
      policy: this.policy.applied,
    });
    this.sync.start();
  }

  /** The running sync service (null while the store is unavailable); tests drive it directly. */
  syncService(): SyncService | null {
    return this.sync;
  }

  private closeStore(): void {
    this.sync?.stop();
    this.sync = null;
    this.store?.close();
    this.store = null;
    this.releaseProfile();
    this.releaseProfile = () => undefined;
  }

  private requireStore(): Store {
    if (this.store) return this.store;
    throw new AppError({
      code: 'STORE_UNAVAILABLE',
      messageZh: '数据库当前不可用，请在恢复页面处理后再试。',
      messageEn: 'The database is not available; resolve it on the recovery screen and try again.',
      details: this.problem ?? undefined,
    });
  }

  private emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    if (event === 'sync.changed') this.logSyncProblem(payload as EventPayload<'sync.changed'>);
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch {
        // A failing listener (a closed socket) must not fail the call that already committed.
      }
    }
  }

  /** A sync failure is logged once when it appears and once when it clears, not on every retry. */
  private logSyncProblem(status: EventPayload<'sync.changed'>): void {
    const problem = status.problem ? `${status.problem.code}: ${status.problem.messageEn}` : null;
    if (problem === this.lastSyncProblem) return;
    if (problem) this.log.warn('sync problem', { problem: status.problem, online: status.online });
    else if (this.lastSyncProblem) this.log.info('sync problem cleared', { online: status.online });
    this.lastSyncProblem = problem;
  }

  private toErrorValue(error: unknown): AppErrorValue {
    // Anything that is not an AppError (a contract-breaking output included) is our bug.
    return error instanceof AppError ? error.toValue() : internalError(error);
  }
}
