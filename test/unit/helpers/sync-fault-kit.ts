import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Settings shared by the sync fault tests: a fast simulated customs clock and short client
 * timeouts and backoff, so a 1,000-declaration run fits the CI budget.
 */

/** Simulated milliseconds per real millisecond: the slowest receipt chain ends within seconds. */
export const SIMULATOR_SPEED = 20_000;

/**
 * `serve` options for the tests: a simulator that delivers a fifth of the receipts late (out of
 * order), and a per-token rate limit high enough not to pace three busy desktops.
 */
export function gatewayServeArgs(dir: string): string[] {
  const simulator = join(dir, 'simulator.json');
  writeFileSync(simulator, JSON.stringify({ outOfOrderRate: 0.2, returnRate: 0.05 }));
  return ['--simulator', simulator, '--rate-limit', '100000', '--log-level', 'warn'];
}

/**
 * Environment for the headless desktops: the engine's defaults are for people (30 s timeouts,
 * backoff from 2 s to 5 min, 20 s long-polls); the same code with short ones fits a test run.
 */
export const CLIENT_ENV: NodeJS.ProcessEnv = {
  CLEARWAY_SYNC_TUNING: JSON.stringify({
    submitTimeoutMs: 4_000,
    probeTimeoutMs: 1_000,
    probeOnlineMs: 2_000,
    probeOfflineMs: 250,
    receiptWaitMs: 1_000,
    backoff: { baseMs: 100, capMs: 1_500 },
    changeDebounceMs: 100,
  }),
};

/**
 * Polls `condition` until it holds; fails with `what` (and `detail()`) after `timeoutMs`. Waiting
 * for an outcome, never asserting how long it took.
 */
export async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string, detail?: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${detail ? detail() : ''}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
