import type { FeedNotifier } from '../notifier.node';
import type { GatewayStorage } from '../storage/storage';
import type { SubmitDeps } from '../submissions/submit.node';

/** What the routes need from the running gateway. */
export interface RouteContext {
  storage: GatewayStorage;
  notifier: FeedNotifier;
  submitDeps: SubmitDeps;
  realNow: () => number;
  version: string;
  /** How often a waiting long-poll or stream re-reads the database (other processes publish too). */
  pollMs: number;
}
