import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';

export interface TrackedDeclaration {
  id: string;
  title: string;
  direction: 'I' | 'E';
}

/** The live declaration events are entered for; a clear zh/en error naming `field` otherwise. */
export function requireDeclaration(db: Database.Database, documentId: string, field = 'documentId'): TrackedDeclaration {
  const row = db.prepare('SELECT id, kind, title, direction, deleted_at FROM documents WHERE id = ?').get(documentId) as
    | { id: string; kind: string; title: string; direction: 'I' | 'E' | null; deleted_at: string | null }
    | undefined;
  if (!row || row.deleted_at) {
    throw new AppError({
      code: 'NOT_FOUND',
      field,
      messageZh: `找不到报关单（${documentId}），可能已被删除。`,
      messageEn: `Declaration ${documentId} was not found; it may have been deleted.`,
    });
  }
  if (row.kind !== 'declaration') {
    throw new AppError({
      code: 'INVALID_INPUT',
      field,
      messageZh: `「${row.title || documentId}」不是报关单，通关跟踪事件只能记在报关单上。`,
      messageEn: `"${row.title || documentId}" is not a declaration; tracking events belong to declarations only.`,
    });
  }
  return { id: row.id, title: row.title, direction: row.direction ?? 'I' };
}

/** A day of clock difference between this desktop and a terminal's system is tolerated; more is a typo. */
export const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

export function isTooFarAhead(atIso: string, now: Date): boolean {
  return Date.parse(atIso) > now.getTime() + FUTURE_TOLERANCE_MS;
}
