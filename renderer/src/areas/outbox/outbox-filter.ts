import type { OutboxState } from '../../../../shared/sync/schema';

/** The Outbox's state filters, each a set of states (sending and retrying count as "to send"). */
export const outboxFilters = {
  all: undefined,
  pending: ['queued', 'sending', 'failed-retryable'],
  awaiting: ['awaiting-receipt'],
  accepted: ['accepted'],
  rejected: ['rejected'],
  cancelled: ['cancelled'],
} as const satisfies Record<string, readonly OutboxState[] | undefined>;

export type OutboxFilter = keyof typeof outboxFilters;
export const outboxFilterIds = Object.keys(outboxFilters) as OutboxFilter[];

export function statesOf(filter: OutboxFilter): OutboxState[] | undefined {
  const states = outboxFilters[filter];
  return states ? [...states] : undefined;
}
