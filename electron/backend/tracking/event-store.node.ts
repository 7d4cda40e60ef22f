import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { InspectionOutcome, TrackingEvent, TrackingEventKind, TrackingEventSource } from '../../../shared/model/tracking';

/**
 * The tracking_events table: one insert that every source uses (idempotent by source + source_ref)
 * and the row as the contract shows it. Only manual and imported events may ever be deleted.
 */
export interface NewTrackingEvent {
  /** Null only for a feed event whose declaration this desktop does not know (yet). */
  documentId: string | null;
  clientSeqNo?: string | null;
  billNo?: string | null;
  containerNo: string | null;
  kind: TrackingEventKind;
  /** ISO UTC. */
  at: string;
  source: TrackingEventSource;
  sourceRef: string;
  recordedAt: string;
  note: string | null;
  /** inspection-done only. */
  outcome?: InspectionOutcome | null;
}

export interface TrackingEventRow {
  id: string;
  document_id: string;
  container_no: string | null;
  kind: TrackingEventKind;
  at: string;
  source: TrackingEventSource;
  recorded_at: string;
  note: string | null;
  outcome: InspectionOutcome | null;
}

export const eventColumns = 'id, document_id, container_no, kind, at, source, recorded_at, note, outcome';

export const isDeletableSource = (source: TrackingEventSource): boolean => source === 'manual' || source === 'import';

/** Inserts one event unless its (source, source_ref) is already there; returns the new id, or null for a repeat. */
export function insertEvent(db: Database.Database, event: NewTrackingEvent): string | null {
  const id = randomUUID();
  const info = db
    .prepare(
      `INSERT OR IGNORE INTO tracking_events (id, document_id, client_seq_no, bill_no, container_no, kind, at, at_ms, source, source_ref, recorded_at, note, outcome)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      event.documentId,
      event.clientSeqNo ?? null,
      event.billNo ?? null,
      event.containerNo,
      event.kind,
      event.at,
      Date.parse(event.at),
      event.source,
      event.sourceRef,
      event.recordedAt,
      event.note,
      event.outcome ?? null,
    );
  return info.changes > 0 ? id : null;
}

export function toTrackingEvent(row: TrackingEventRow): TrackingEvent {
  return {
    id: row.id,
    documentId: row.document_id,
    containerNo: row.container_no,
    kind: row.kind,
    at: row.at,
    source: row.source,
    recordedAt: row.recorded_at,
    note: row.note,
    outcome: row.outcome,
    deletable: isDeletableSource(row.source),
  };
}

/** A declaration's live events, oldest first (ties: in the order they were recorded). */
export function eventsOf(db: Database.Database, documentId: string): TrackingEvent[] {
  const rows = db
    .prepare(`SELECT ${eventColumns} FROM tracking_events WHERE document_id = ? AND deleted_at IS NULL ORDER BY at_ms, recorded_at, rowid`)
    .all(documentId) as TrackingEventRow[];
  return rows.map(toTrackingEvent);
}
