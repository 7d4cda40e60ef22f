import type Database from 'better-sqlite3';
import type { Timeline } from '../../../shared/model/tracking';
import { requireDeclaration } from './declaration-check.node';
import { eventsOf } from './event-store.node';
import { readContainerNo } from './import-values';
import { buildTimeline } from './timeline';

/** A declaration's timeline: its live events and the containers its current revision lists. */
export function timelineOf(db: Database.Database, documentId: string): Timeline {
  const declaration = requireDeclaration(db, documentId);
  const listed = db
    .prepare(
      `SELECT json_extract(c.value, '$.containerId') AS id FROM documents d
       JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision, json_each(r.body, '$.data.containers') c
       WHERE d.id = ?`,
    )
    .all(documentId) as { id: string | null }[];
  // Only well-formed numbers: a typo in the form must not hold the gate-out step open forever.
  const containers = listed.flatMap((c) => {
    const no = c.id ? readContainerNo(c.id) : null;
    return no ? [no] : [];
  });
  return buildTimeline(documentId, declaration.direction, eventsOf(db, documentId), containers);
}
