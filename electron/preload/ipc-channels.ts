/** The only two IPC channels between renderer and main; both ends import these names. */
export const CALL_CHANNEL = 'clearway:call';
export const EVENT_CHANNEL = 'clearway:event';

/** What main sends on EVENT_CHANNEL. */
export interface EventEnvelope {
  event: string;
  payload: unknown;
}
