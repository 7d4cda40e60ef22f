import type { ClockState } from '../storage/storage';

/**
 * The simulated clock: real time scaled by a speed factor from an anchor (3600 = one simulated
 * hour per real second). The state lives in the database so every gateway process on it, and the
 * `simulator speed` command, agree on what time it is in the simulated world.
 */
export function simulatedNow(state: ClockState, realNowMs: number): number {
  return Math.round(state.anchorSimMs + (realNowMs - state.anchorRealMs) * state.speed);
}

/** A new speed from now on: the simulated time does not jump, it only runs faster or slower. */
export function withSpeed(state: ClockState | null, speed: number, realNowMs: number): ClockState {
  const simNow = state ? simulatedNow(state, realNowMs) : realNowMs;
  return { anchorRealMs: realNowMs, anchorSimMs: simNow, speed };
}
