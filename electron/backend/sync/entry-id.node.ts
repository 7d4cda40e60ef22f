import type Database from 'better-sqlite3';
import { DocumentBodySchema } from '../../../shared/model/documents';

/**
 * Writes the customs EntryId (海关编号, known from the J receipt on) into the declaration as a
 * new revision: revisions are never overwritten, and the frozen DecMessage in the outbox keeps
 * what was actually sent. Nothing happens when the body already carries this EntryId.
 */
export function recordEntryId(db: Database.Database, documentId: string, entryId: string, now: Date): boolean {
  const row = db
    .prepare('SELECT d.revision, r.body FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision WHERE d.id = ?')
    .get(documentId) as { revision: number; body: string } | undefined;
  if (!row) return false;
  const body = DocumentBodySchema.parse(JSON.parse(row.body));
  if (body.kind !== 'declaration' || body.data.head.entryId === entryId) return false;
  body.data.head.entryId = entryId;
  const revision = row.revision + 1;
  const nowIso = now.toISOString();
  db.prepare('INSERT INTO revisions (document_id, revision, body, saved_at) VALUES (?, ?, ?, ?)').run(documentId, revision, JSON.stringify(body), nowIso);
  db.prepare('UPDATE documents SET revision = ?, updated_at = ? WHERE id = ?').run(revision, nowIso, documentId);
  return true;
}
