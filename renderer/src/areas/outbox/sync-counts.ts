import type { SyncCounts, SyncStatus } from '../../../../shared/sync/schema';

/** Items still to go out (the navigation badge): queued, sending and failed-but-retrying. */
export function waitingCount(counts: SyncCounts): number {
  return counts.queued + counts.sending + counts.failedRetryable;
}

/** Whether the chosen channel has what it needs to be probed (URL and token, or ImpPath). */
export function channelConfigured(status: SyncStatus): boolean {
  const { settings } = status;
  return settings.channel === 'gateway' ? settings.gatewayUrl !== null && settings.hasDeviceToken : settings.impPath !== null;
}
