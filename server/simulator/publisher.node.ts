import type { FastifyBaseLogger } from 'fastify';
import type { FeedNotifier } from '../notifier.node';
import type { GatewayStorage } from '../storage/storage';
import type { SimClock } from './sim-clock.node';

/**
 * Makes receipts and milestones visible on the feeds when the simulated clock reaches them.
 * Every gateway process runs one; the storage serialises them, so each item is published once
 * and cursors follow commit order.
 */
export class Publisher {
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: GatewayStorage,
    private readonly clock: SimClock,
    private readonly notifier: FeedNotifier,
    private readonly realNow: () => number,
    private readonly log: FastifyBaseLogger,
    private readonly intervalMs = 100,
  ) {}

  start(): void {
    // A slow round is not stacked up behind: the timer skips while one runs.
    this.timer = setInterval(() => {
      if (!this.busy) void this.tick();
    }, this.intervalMs);
  }

  /** One round after any round already running: publish everything due now, in batches. */
  tick(): Promise<void> {
    this.queue = this.queue.then(() => this.round());
    return this.queue;
  }

  private async round(): Promise<void> {
    this.busy = true;
    try {
      await this.clock.refresh();
      for (;;) {
        const out = await this.storage.publishDue(this.clock.now(), new Date(this.realNow()).toISOString(), 500);
        if (out.receipts + out.milestones > 0) this.notifier.published();
        if (out.receipts < 500 && out.milestones < 500) break;
      }
    } catch (error) {
      this.log.warn({ err: error }, 'publishing due receipts failed; retrying next tick');
    } finally {
      this.busy = false;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.queue;
  }
}
