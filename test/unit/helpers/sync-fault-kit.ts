/**
 * Settings shared by the sync fault tests: a fast simulated customs clock and short client
 * timeouts and backoff, so a 1,000-declaration run fits the CI budget.
 */

/** Simulated milliseconds per real millisecond: the slowest receipt chain ends within seconds. */
export const SIMULATOR_SPEED = 20_000;

/** `serve` options for the tests (the per-token rate limit would otherwise pace three busy desktops). */
export const GATEWAY_SERVE_ARGS: string[] = [];

/** Environment for the headless desktops. */
export const CLIENT_ENV: NodeJS.ProcessEnv = {};

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
