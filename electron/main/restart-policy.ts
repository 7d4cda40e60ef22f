/**
 * When to restart a backend that exited unexpectedly. A crash loop (the native module does not
 * load, the disk is gone) must not spin forever: after a few crashes inside the window we stop
 * and let calls answer with an error the UI can show.
 */
export interface RestartPolicy {
  /** Crashes older than this no longer count. */
  windowMs: number;
  /** Delay before the 1st, 2nd, ... restart inside the window; one crash more than entries gives up. */
  delaysMs: readonly number[];
}

export const defaultRestartPolicy: RestartPolicy = { windowMs: 60_000, delaysMs: [250, 1_000, 4_000] };

export interface RestartDecision {
  /** null: give up. */
  delayMs: number | null;
  /** The crash times to remember, this one included. */
  recent: number[];
}

export function nextRestart(crashTimes: readonly number[], now: number, policy: RestartPolicy = defaultRestartPolicy): RestartDecision {
  const recent = [...crashTimes.filter((t) => now - t < policy.windowMs), now];
  const delayMs = policy.delaysMs[recent.length - 1];
  return { delayMs: delayMs ?? null, recent };
}
