import type { ClockState, GatewayStorage } from '../storage/storage';
import { simulatedNow, withSpeed } from './clock';

/**
 * This process's view of the shared simulated clock. The state is re-read from the database on
 * every publisher tick, so `simulator speed N` from the command line reaches running gateways.
 */
export class SimClock {
  private state: ClockState;

  private constructor(
    private readonly storage: GatewayStorage,
    private readonly realNow: () => number,
    state: ClockState,
  ) {
    this.state = state;
  }

  /** Reads the stored clock; `speed` (when given) re-anchors it from now. The first start anchors at real time. */
  static async open(storage: GatewayStorage, realNow: () => number, speed?: number): Promise<SimClock> {
    let state = await storage.readClock();
    if (!state || speed !== undefined) {
      state = withSpeed(state, speed ?? state?.speed ?? 1, realNow());
      await storage.writeClock(state);
    }
    return new SimClock(storage, realNow, state);
  }

  now(): number {
    return simulatedNow(this.state, this.realNow());
  }

  get speed(): number {
    return this.state.speed;
  }

  async refresh(): Promise<void> {
    this.state = (await this.storage.readClock()) ?? this.state;
  }
}
