/**
 * Exponential backoff with full jitter: the wait before attempt n+1 is uniform in
 * [0, min(cap, base * 2^(n-1))]. Full jitter spreads a thousand desktops that lost the network
 * together, so they do not all come back in the same second. `random` is injected (tests fix it).
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

export function backoffDelayMs(attempts: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, attempts - 1);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  return Math.floor(random() * ceiling);
}
