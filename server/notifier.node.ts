import { EventEmitter } from 'node:events';

/**
 * Wakes long-polls and SSE streams in this process as soon as its publisher has published.
 * Other processes' publishing is seen by polling the database (see wait()).
 */
export class FeedNotifier {
  private readonly events = new EventEmitter();

  constructor() {
    this.events.setMaxListeners(0);
  }

  published(): void {
    this.events.emit('published');
  }

  /** Resolves on the next publish, after `pollMs`, or when `signal` aborts, whichever is first. */
  wait(pollMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.events.off('published', done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      this.events.once('published', done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}
