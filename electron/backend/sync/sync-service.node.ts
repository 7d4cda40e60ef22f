import { AppError, type AppErrorValue } from '../../../shared/ipc/errors';
import type { CallOutput, CallParsedInput, EventName, EventPayload } from '../../../shared/ipc/contract';
import type { SyncStatus } from '../../../shared/sync/schema';
import type { Store } from '../store/store.node';
import type { SubmissionChannel } from './channel';
import type { AttachmentServices } from './attachments.node';
import { type BackoffPolicy } from './backoff';
import type { ChannelFactory } from './channel-factory.node';
import { enqueueDeclaration } from './enqueue.node';
import { OutboxEngine, type AttemptSignal } from './engine.node';
import { getOutboxItem, getOutboxRow, outboxNotFound, listOutbox, outboxCounts, outboxDetail, recordAttempt, setDocumentStatus } from './outbox-store.node';
import { storedReceiptsOf } from './receipt-rows.node';
import { pullReceiptsOnce, type PulledReceipts } from './receipt-feed.node';
import { MilestonePuller } from './milestone-feed.node';
import { catchUpTracking } from '../tracking/catch-up.node';
import type { AppliedPolicy } from '../../../shared/settings/resolve';
import { loadSyncSettings, publicSettings, saveSyncSettings, type StoredSyncSettings } from './sync-settings.node';

type SyncCall = 'sync.status' | 'sync.configure' | 'sync.enqueue' | 'sync.list' | 'sync.item' | 'sync.sendNow' | 'sync.cancel' | 'receipts.forDocument';
export type SyncHandlers = { [K in SyncCall]: (input: CallParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

/** One pull of the channel's feeds: its receipts, and its logistics milestones where it has them. */
export interface PulledFeeds extends PulledReceipts {
  milestones: number;
}

export type SyncEmit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Knobs with sensible defaults; tests shorten them or turn the timers off and drive the service. */
export interface SyncTuning {
  random?: () => number;
  /** false: no timers or background loops; the caller drives probeNow / sendDue / pullNow. */
  timers?: boolean;
  probeOnlineMs?: number;
  probeOfflineMs?: number;
  /** Long-poll wait for receipts (the gateway caps it at 30 s). */
  receiptWaitMs?: number;
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** sync.changed / documents.changed are coalesced over this window (not one event per row in a 1,000-item run). */
  changeDebounceMs?: number;
}

export interface SyncServiceOptions extends SyncTuning {
  store: Store;
  services: AttachmentServices;
  channelFactory: ChannelFactory;
  emit: SyncEmit;
  now: () => Date;
  /** The machine-wide policy: its sync values drive the channel (locked keys were refused before configure). */
  policy?: AppliedPolicy;
}

/**
 * Submissions and receipts for one open profile: the contract's sync.* calls, the outbox engine,
 * connectivity (probe often while offline, rarely while online; on coming back, send and pull at
 * once) and the receipts long-poll. Built when the store opens, stopped before it closes.
 */
export class SyncService {
  private readonly engine: OutboxEngine;
  private settings: StoredSyncSettings;
  private channel: SubmissionChannel | null = null;
  private configProblem: AppErrorValue | null = null;
  private connectivityProblem: AppErrorValue | null = null;
  private online: boolean | null = null;
  private lastContactAt: string | null = null;
  private stopped = false;
  private started = false;
  private pulling = false;
  private probeTimer: NodeJS.Timeout | null = null;
  private wakeTimer: NodeJS.Timeout | null = null;
  private changeTimer: NodeJS.Timeout | null = null;
  private readonly changedDocuments = new Set<string>();
  private pullController = new AbortController();
  private readonly milestones: MilestonePuller;

  constructor(private readonly options: SyncServiceOptions) {
    const db = options.store.db;
    this.settings = loadSyncSettings(db, options.policy);
    this.engine = new OutboxEngine({
      db,
      now: options.now,
      random: options.random ?? Math.random,
      channel: () => this.channel,
      maySend: () => this.maySend(),
      onSettled: (documentId, signal, problem) => this.onSettled(documentId, signal, problem),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.backoff ? { backoff: options.backoff } : {}),
    });
    this.milestones = new MilestonePuller({
      db: () => options.store.db,
      channel: () => (this.configProblem ? null : this.channel),
      now: options.now,
      mayPull: () => !this.stopped && this.timers && this.online === true,
      signal: () => this.pullController.signal,
      changed: (documentIds) => options.emit('tracking.changed', { documentIds }),
      waitMs: options.receiptWaitMs ?? 20_000,
    });
    this.buildChannel();
  }

  private get timers(): boolean {
    return this.options.timers !== false;
  }

  handlers(): SyncHandlers {
    const db = () => this.options.store.db;
    return {
      'sync.status': () => this.status(),
      'sync.configure': (input) => this.configure(input),
      'sync.enqueue': async ({ documentId }) => {
        const item = await enqueueDeclaration(
          { store: this.options.store, services: this.options.services, channel: this.settings.channel, now: this.options.now },
          documentId,
        );
        this.changed([documentId]);
        if (this.settings.autoSend) this.kickSend();
        return item;
      },
      'sync.list': (input) => listOutbox(db(), input),
      'sync.item': ({ id }) => outboxDetail(db(), id),
      'sync.sendNow': () => {
        // A refused token may have been re-enabled on the gateway: try again with the same settings.
        if (this.configProblem?.code === 'UNAUTHORIZED') this.buildChannel();
        this.engine.makeAllDue();
        this.connectivityProblem = null;
        if (this.online === false) this.online = null;
        this.kickSend(true);
        if (this.timers) this.scheduleProbe(0);
        return this.status();
      },
      'sync.cancel': ({ id }) => this.cancel(id),
      'receipts.forDocument': ({ documentId }) => storedReceiptsOf(db(), 'o.document_id = ?', [documentId]),
    };
  }

  /** Recovers items a crash left in flight, then (with timers) probes, sends and pulls. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const recovered = this.engine.recoverInterrupted();
    if (recovered) this.changed([]);
    // Receipts stored before tracking existed get their events once; late feed events find their declaration.
    const tracked = catchUpTracking(this.options.store.db, this.options.now());
    if (tracked.length) this.options.emit('tracking.changed', { documentIds: tracked });
    if (this.timers) this.scheduleProbe(0);
  }

  stop(): void {
    this.stopped = true;
    this.engine.stop();
    this.pullController.abort();
    for (const timer of [this.probeTimer, this.wakeTimer, this.changeTimer]) if (timer) clearTimeout(timer);
    this.probeTimer = this.wakeTimer = this.changeTimer = null;
    void this.channel?.close().catch(() => undefined);
    this.channel = null;
  }

  status(): SyncStatus {
    const counts = outboxCounts(this.options.store.db);
    return {
      settings: publicSettings(this.settings),
      online: this.online,
      lastContactAt: this.lastContactAt,
      problem: this.configProblem ?? this.connectivityProblem,
      counts,
      sendingNow: counts.sending,
    };
  }

  // ── Drivers (the timers call these; tests may call them directly) ──

  /** Checks the channel once; coming back online sends what is due and restarts the receipts feed. */
  async probeNow(): Promise<boolean> {
    const channel = this.channel;
    if (!channel || this.stopped) {
      this.online = null;
      return false;
    }
    const result = await channel.probe();
    if (this.stopped || channel !== this.channel) return false;
    const before = this.online;
    if (result.reachable) {
      this.online = true;
      this.lastContactAt = this.options.now().toISOString();
      this.connectivityProblem = null;
    } else {
      this.online = false;
      this.connectivityProblem = result.problem;
    }
    if (before !== this.online) this.changed([]);
    if (this.online && this.timers) {
      // Every good probe makes sure what is due is being sent and the receipts feed is being read
      // (both no-ops when they already are): however the state came back online, nothing waits.
      if (this.settings.autoSend) this.kickSend();
      this.ensurePulling();
    }
    return this.online;
  }

  /** Sends everything due now; resolves when the run is over. */
  async sendDue(): Promise<void> {
    await this.engine.run();
    this.scheduleWake();
  }

  /**
   * One receipts pull (long-poll up to waitMs), applied and committed with its cursor; then a page
   * of the logistics feed (no wait) with its own cursor, unless the milestones loop is reading it.
   */
  async pullNow(waitMs = 0): Promise<PulledFeeds | null> {
    const channel = this.channel;
    if (!channel || this.configProblem) return null;
    const pulled = await pullReceiptsOnce(this.options.store.db, channel, waitMs, this.options.now, this.pullController.signal);
    if (!pulled) return null;
    if (this.stopped) return { ...pulled, milestones: 0 };
    const wasOffline = this.online === false;
    this.online = true;
    this.connectivityProblem = null;
    if (wasOffline) {
      this.changed([]);
      this.kickSend();
    }
    this.lastContactAt = this.options.now().toISOString();
    if (pulled.stored > 0) {
      this.options.emit('receipts.arrived', { documentIds: pulled.documentIds, count: pulled.stored });
      this.changed(pulled.documentIds);
    }
    if (pulled.trackedDocumentIds.length > 0) this.options.emit('tracking.changed', { documentIds: pulled.trackedDocumentIds });
    // After the receipts are told: a failing logistics page must not hide receipts already committed.
    const milestones = await this.milestones.pullOnce(0);
    return { ...pulled, milestones: milestones?.received ?? 0 };
  }

  // ── Inside ──

  private configure(input: CallParsedInput<'sync.configure'>): SyncStatus {
    const db = this.options.store.db;
    const before = this.settings;
    this.settings = saveSyncSettings(db, input, this.options.policy);
    if (this.settings.channel !== before.channel) {
      // Items that never left follow the chosen channel; an item whose fate is unknown stays with the channel it went to.
      db.prepare("UPDATE outbox SET channel = ? WHERE state = 'queued'").run(this.settings.channel);
    }
    this.pullController.abort();
    this.pullController = new AbortController();
    void this.channel?.close().catch(() => undefined);
    this.online = null;
    this.connectivityProblem = null;
    this.buildChannel();
    this.changed([]);
    if (this.timers) this.scheduleProbe(0);
    return this.status();
  }

  private buildChannel(): void {
    try {
      this.channel = this.options.channelFactory(this.settings, { database: this.options.store.db, now: this.options.now });
      this.configProblem = null;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.channel = null;
      this.configProblem = error.toValue();
    }
  }

  private cancel(id: string): CallOutput<'sync.cancel'> {
    const db = this.options.store.db;
    const row = db.transaction(() => {
      const current = getOutboxRow(db, id);
      if (!current) throw outboxNotFound(id);
      if (current.state !== 'queued') {
        throw new AppError({
          code: 'CONFLICT',
          messageZh: '只有尚未发送（排队中）的报关单可以撤回；已经发出的请等待回执。',
          messageEn: 'Only a declaration still waiting in the queue can be withdrawn; one already sent must wait for its receipts.',
          details: { id, state: current.state },
        });
      }
      const now = this.options.now();
      db.prepare("UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE id = ?").run(now.toISOString(), id);
      setDocumentStatus(db, current.document_id, 'draft', now);
      recordAttempt(db, id, now, 'cancelled', null, null);
      return current;
    })();
    this.changed([row.document_id]);
    return getOutboxItem(db, id);
  }

  private maySend(): boolean {
    return !this.stopped && this.channel !== null && this.configProblem === null && this.online !== false;
  }

  /** Starts a send run in the background: automatic sends need autoSend and the timers; sendNow forces one. */
  private kickSend(force = false): void {
    if (this.stopped || (!force && (!this.settings.autoSend || !this.timers))) return;
    void this.sendDue().catch(() => undefined);
  }

  private onSettled(documentId: string, signal: AttemptSignal, problem: AppErrorValue | null): void {
    if (signal === 'unauthorised') {
      this.configProblem = problem;
    } else if (signal === 'network') {
      if (this.online !== false) {
        this.online = false;
        this.connectivityProblem = problem;
        if (this.timers) this.scheduleProbe(this.options.probeOfflineMs ?? 3_000);
      }
    } else if (signal === 'ok') {
      this.online = true;
      this.lastContactAt = this.options.now().toISOString();
      this.connectivityProblem = null;
      // Online again without a probe: the receipts loop may have ended while `online` was false.
      if (this.timers) this.ensurePulling();
    }
    this.changed([documentId]);
  }

  private scheduleProbe(delayMs: number): void {
    if (this.stopped || !this.timers) return;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      void this.probeNow()
        .catch(() => false)
        .then((online) => this.scheduleProbe(online ? (this.options.probeOnlineMs ?? 30_000) : (this.options.probeOfflineMs ?? 3_000)));
    }, delayMs);
    this.probeTimer.unref();
  }

  /** Wakes the engine when the earliest backed-off item becomes due. */
  private scheduleWake(): void {
    if (this.stopped || !this.timers || !this.channel) return;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    const at = this.engine.nextWakeAt(this.channel.kind);
    if (!at) return;
    const delay = Math.min(60_000, Math.max(0, at.getTime() - this.options.now().getTime()));
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      this.kickSend();
    }, delay + 5);
    this.wakeTimer.unref();
  }

  private ensurePulling(): void {
    this.milestones.ensureLooping();
    if (this.pulling || this.stopped || !this.timers) return;
    this.pulling = true;
    const signal = this.pullController.signal;
    void (async () => {
      try {
        while (!this.stopped && !signal.aborted && this.channel && !this.configProblem && this.online === true) {
          const started = Date.now();
          const pulled = await this.pullNow(this.options.receiptWaitMs ?? 20_000);
          // A channel that answers at once with nothing (a folder scan) is not asked again in a tight loop.
          if (pulled && pulled.received + pulled.milestones === 0 && Date.now() - started < 500) await new Promise((r) => setTimeout(r, 1_000).unref());
        }
      } catch (error) {
        if (this.stopped || signal.aborted) return; // closed, or the settings changed: the next probe starts a new loop
        if (error instanceof AppError && error.code === 'UNAUTHORIZED') this.configProblem = error.toValue();
        else {
          this.online = false;
          this.connectivityProblem = error instanceof AppError ? error.toValue() : null;
          this.scheduleProbe(this.options.probeOfflineMs ?? 3_000);
        }
        this.changed([]);
      } finally {
        this.pulling = false;
        // Stopped by a settings change while online: read the new channel's feed straight away.
        if (signal.aborted && !this.stopped && this.online === true) this.ensurePulling();
      }
    })();
  }

  /** Coalesces change events: one sync.changed (and one documents.changed) per window. */
  private changed(documentIds: readonly string[]): void {
    for (const id of documentIds) this.changedDocuments.add(id);
    if (this.changeTimer || this.stopped) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = null;
      if (this.stopped || !this.options.store.db.open) return;
      const ids = [...this.changedDocuments];
      this.changedDocuments.clear();
      if (ids.length) this.options.emit('documents.changed', { ids });
      this.options.emit('sync.changed', this.status());
    }, this.options.changeDebounceMs ?? 150);
    this.changeTimer.unref();
  }
}
