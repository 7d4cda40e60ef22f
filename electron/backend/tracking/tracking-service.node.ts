import type Database from 'better-sqlite3';
import type { CallName, CallOutput, CallParsedInput, EventName, EventPayload } from '../../../shared/ipc/contract';
import { dashboardFor, declarationsFor } from './stats.node';
import { exportDashboard } from './export.node';
import { addManualEvent, deleteEvent } from './manual-events.node';
import { importEvents } from './import-events.node';
import { timelineOf } from './timeline.node';

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
    const { db, now, emit } = this.options;
    return {
      'tracking.timeline': ({ documentId }) => timelineOf(db(), documentId),
      'tracking.addEvent': (input) => {
        const event = addManualEvent(db(), input, now());
        emit('tracking.changed', { documentIds: [event.documentId] });
        return event;
      },
      'tracking.deleteEvent': ({ id }) => {
        const documentId = deleteEvent(db(), id, now());
        if (documentId) emit('tracking.changed', { documentIds: [documentId] });
        return { id };
      },
      'tracking.importEvents': async (input) => {
        const { result, documentIds } = await importEvents(db(), input, now());
        if (documentIds.length) emit('tracking.changed', { documentIds });
        return result;
      },
      'tracking.stats': (query) => dashboardFor(db(), query, now()),
      'tracking.declarations': (input) => declarationsFor(db(), input),
      'tracking.export': async ({ query, format, language }) => {
        const file = await exportDashboard(dashboardFor(db(), query, now()), format, language);
        return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
      },
    };
  }
}
