import type Database from 'better-sqlite3';
import type { CallName, CallOutput, CallParsedInput, EventName, EventPayload } from '../../../shared/ipc/contract';
import { dashboardFor, declarationsFor } from './stats.node';
import { exportDashboard } from './export.node';
import { notBuilt } from './not-built.node';

type TrackingCall = Extract<CallName, `tracking.${string}`>;
export type TrackingHandlers = { [K in TrackingCall]: (input: CallParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

export interface TrackingServiceOptions {
  db: () => Database.Database;
  now: () => Date;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/** Clearance-time tracking: the event log, timelines, statistics and exports (issue 7). */
export class TrackingService {
  constructor(private readonly options: TrackingServiceOptions) {}

  handlers(): TrackingHandlers {
    const { db, now } = this.options;
    return {
      'tracking.timeline': () => notBuilt('tracking.timeline'),
      'tracking.addEvent': () => notBuilt('tracking.addEvent'),
      'tracking.deleteEvent': () => notBuilt('tracking.deleteEvent'),
      'tracking.importEvents': () => notBuilt('tracking.importEvents'),
      'tracking.stats': (query) => dashboardFor(db(), query, now()),
      'tracking.declarations': (input) => declarationsFor(db(), input),
      'tracking.export': async ({ query, format, language }) => {
        const file = await exportDashboard(dashboardFor(db(), query, now()), format, language);
        return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
      },
    };
  }
}
