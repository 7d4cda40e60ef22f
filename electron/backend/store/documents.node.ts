import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { ListDocumentsInput } from '../../../shared/ipc/contract';
import {
  DocumentBodySchema,
  type ClearwayDocument,
  type DocumentBody,
  type DocumentKind,
  type DocumentStatus,
  type DocumentSummary,
  type RevisionSummary,
} from '../../../shared/model/documents';
import { declarationTitle, type Direction } from '../../../shared/model/declaration';
import { nextClientSeqNo } from './client-seq.node';

/** Unpinned revisions kept per document; older autosave steps are pruned in the same transaction. */
export const REVISIONS_KEPT = 200;

interface DocumentRow {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
  title: string;
  client_seq_no: string;
  direction: Direction | null;
  body: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

type SummaryRow = Omit<DocumentRow, 'body'>;

const summaryColumns = 'id, kind, status, title, client_seq_no, direction, revision, created_at, updated_at, deleted_at';

function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    clientSeqNo: row.client_seq_no,
    direction: row.direction,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function describeBody(body: DocumentBody): { title: string; direction: Direction | null } {
  if (body.kind === 'declaration') {
    return { title: declarationTitle(body.data), direction: body.data.head.ieFlag ?? null };
  }
  return { title: '', direction: null };
}

function notFound(id: string): AppError {
  return new AppError({
    code: 'NOT_FOUND',
    messageZh: `找不到单据 ${id}，它可能已被删除。`,
    messageEn: `Document ${id} was not found; it may have been deleted.`,
    details: { id },
  });
}

/** LIKE with the user's text taken literally (% and _ are ordinary characters in a B/L number). */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class DocumentRepository {
  private readonly selectOne: Database.Statement<[string], DocumentRow>;
  private readonly insertDocument: Database.Statement;
  private readonly updateDocument: Database.Statement;
  private readonly insertRevision: Database.Statement;
  private readonly pruneRevisions: Database.Statement;
  private readonly setDeleted: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {
    this.selectOne = db.prepare(`SELECT ${summaryColumns}, body FROM documents WHERE id = ?`);
    this.insertDocument = db.prepare(
      `INSERT INTO documents (id, kind, status, title, client_seq_no, direction, body, revision, created_at, updated_at)
       VALUES (@id, @kind, 'draft', @title, @clientSeqNo, @direction, @body, 1, @now, @now)`,
    );
    this.updateDocument = db.prepare(
      `UPDATE documents SET body = @body, title = @title, direction = @direction, revision = @revision, updated_at = @now
       WHERE id = @id AND revision = @baseRevision`,
    );
    this.insertRevision = db.prepare(
      'INSERT INTO revisions (document_id, revision, body, saved_at) VALUES (?, ?, ?, ?)',
    );
    this.pruneRevisions = db.prepare(
      'DELETE FROM revisions WHERE document_id = ? AND revision <= ? AND pinned = 0',
    );
    this.setDeleted = db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?');
  }

  create(body: DocumentBody): ClearwayDocument {
    const id = randomUUID();
    const now = this.now().toISOString();
    const text = JSON.stringify(body);
    const { title, direction } = describeBody(body);
    this.db.transaction(() => {
      const clientSeqNo = nextClientSeqNo(this.db, this.now());
      this.insertDocument.run({ id, kind: body.kind, title, clientSeqNo, direction, body: text, now });
      this.insertRevision.run(id, 1, text, now);
    })();
    return this.get(id);
  }

  get(id: string): ClearwayDocument {
    const row = this.selectOne.get(id);
    if (!row) throw notFound(id);
    return { ...toSummary(row), body: DocumentBodySchema.parse(JSON.parse(row.body)) };
  }

  /**
   * One transaction: the document row and its revision row land together or not at all.
   * `baseRevision` guards against two editors (two windows, a stale tab) overwriting each other.
   */
  save(id: string, baseRevision: number, body: DocumentBody): DocumentSummary {
    const text = JSON.stringify(body);
    const { title, direction } = describeBody(body);
    return this.db.transaction(() => {
      const current = this.selectOne.get(id);
      if (!current) throw notFound(id);
      if (current.kind !== body.kind) {
        throw new AppError({
          code: 'INVALID_INPUT',
          field: 'body.kind',
          messageZh: '单据类型不能更改。',
          messageEn: 'A document cannot change its kind.',
        });
      }
      if (current.deleted_at !== null) {
        throw new AppError({
          code: 'CONFLICT',
          messageZh: '此单据在回收站中，请先恢复再编辑。',
          messageEn: 'This document is in the recycle bin; restore it before editing.',
          details: { id },
        });
      }
      if (current.status !== 'draft') {
        throw new AppError({
          code: 'CONFLICT',
          messageZh: '已发送的单据不能直接修改，请新建修改版本。',
          messageEn: 'A sent document cannot be changed in place; create an amendment instead.',
          details: { id, status: current.status },
        });
      }
      if (current.revision !== baseRevision) {
        throw new AppError({
          code: 'CONFLICT',
          messageZh: `此单据已在别处保存过（版本 ${current.revision}，您编辑的是版本 ${baseRevision}），请重新打开后再改。`,
          messageEn: `This document was saved elsewhere (revision ${current.revision}; you were editing ${baseRevision}). Reopen it and edit again.`,
          details: { id, current: current.revision, base: baseRevision },
        });
      }
      const revision = baseRevision + 1;
      const now = this.now().toISOString();
      this.updateDocument.run({ id, body: text, title, direction, revision, now, baseRevision });
      this.insertRevision.run(id, revision, text, now);
      this.pruneRevisions.run(id, revision - REVISIONS_KEPT);
      return toSummary({ ...current, title, direction, revision, updated_at: now });
    })();
  }

  list(filter: ListDocumentsInput): DocumentSummary[] {
    const where: string[] = [filter.trashed ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
    const params: Record<string, string | number> = {};
    if (filter.kind) {
      where.push('kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.status) {
      where.push('status = @status');
      params.status = filter.status;
    }
    if (filter.updatedFrom) {
      where.push('updated_at >= @updatedFrom');
      params.updatedFrom = filter.updatedFrom;
    }
    if (filter.updatedTo) {
      where.push('updated_at <= @updatedTo');
      params.updatedTo = filter.updatedTo;
    }
    const text = filter.text?.trim();
    if (text) {
      // Full-text search (FTS5 trigram) arrives with the code tables; a LIKE over the
      // title, the ClientSeqNo and the JSON body finds any field's text meanwhile.
      where.push("(title LIKE @text ESCAPE '\\' OR client_seq_no LIKE @text ESCAPE '\\' OR body LIKE @text ESCAPE '\\')");
      params.text = likePattern(text);
    }
    params.limit = filter.limit ?? 500;
    const order = filter.trashed ? 'deleted_at DESC' : 'updated_at DESC';
    const rows = this.db
      .prepare(`SELECT ${summaryColumns} FROM documents WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT @limit`)
      .all(params) as SummaryRow[];
    return rows.map(toSummary);
  }

  /** Soft delete: the row stays, with its revisions, until the broker empties the bin. */
  trash(id: string): DocumentSummary {
    return this.db.transaction(() => {
      const current = this.selectOne.get(id);
      if (!current) throw notFound(id);
      if (current.status !== 'draft') {
        throw new AppError({
          code: 'CONFLICT',
          messageZh: '已发送的单据不能删除。',
          messageEn: 'A sent document cannot be deleted.',
          details: { id, status: current.status },
        });
      }
      const deletedAt = current.deleted_at ?? this.now().toISOString();
      this.setDeleted.run(deletedAt, id);
      return toSummary({ ...current, deleted_at: deletedAt });
    })();
  }

  restore(id: string): DocumentSummary {
    return this.db.transaction(() => {
      const current = this.selectOne.get(id);
      if (!current) throw notFound(id);
      this.setDeleted.run(null, id);
      return toSummary({ ...current, deleted_at: null });
    })();
  }

  revisions(id: string): RevisionSummary[] {
    if (!this.selectOne.get(id)) throw notFound(id);
    const rows = this.db
      .prepare(
        'SELECT revision, saved_at AS savedAt, length(CAST(body AS BLOB)) AS byteLength FROM revisions WHERE document_id = ? ORDER BY revision DESC',
      )
      .all(id) as RevisionSummary[];
    return rows;
  }
}
