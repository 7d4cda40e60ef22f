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
import { packingListTitle } from '../../../shared/model/packing-list';
import { invoiceTitle } from '../../../shared/model/invoice';
import { nextClientSeqNo } from './client-seq.node';

/** Unpinned revisions kept per document; older autosave steps are pruned in the same transaction. */
export const REVISIONS_KEPT = 200;

interface SummaryRow {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
  title: string;
  client_seq_no: string;
  direction: Direction | null;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

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
  switch (body.kind) {
    case 'declaration':
      return { title: declarationTitle(body.data), direction: body.data.head.ieFlag ?? null };
    case 'packing-list':
      return { title: packingListTitle(body.data), direction: null };
    case 'invoice':
      return { title: invoiceTitle(body.data), direction: null };
  }
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
  private readonly selectOne: Database.Statement<[string], SummaryRow>;
  private readonly selectBody: Database.Statement<[string, number], { body: string }>;
  private readonly insertDocument: Database.Statement;
  private readonly updateDocument: Database.Statement;
  private readonly insertRevision: Database.Statement;
  private readonly pruneRevisions: Database.Statement;
  private readonly setDeleted: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {
    this.selectOne = db.prepare(`SELECT ${summaryColumns} FROM documents WHERE id = ?`);
    this.selectBody = db.prepare('SELECT body FROM revisions WHERE document_id = ? AND revision = ?');
    this.insertDocument = db.prepare(
      `INSERT INTO documents (id, kind, status, title, client_seq_no, direction, revision, created_at, updated_at)
       VALUES (@id, @kind, 'draft', @title, @clientSeqNo, @direction, 1, @now, @now)`,
    );
    this.updateDocument = db.prepare(
      `UPDATE documents SET title = @title, direction = @direction, revision = @revision, status = 'draft', updated_at = @now
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
      this.insertDocument.run({ id, kind: body.kind, title, clientSeqNo, direction, now });
      this.insertRevision.run(id, 1, text, now);
    })();
    return this.get(id);
  }

  get(id: string): ClearwayDocument {
    // One read transaction, so the summary and the body are of the same revision.
    return this.db.transaction(() => {
      const row = this.selectOne.get(id);
      if (!row) throw notFound(id);
      const stored = this.selectBody.get(id, row.revision);
      if (!stored) throw new Error(`document ${id} has no body at revision ${row.revision}`);
      return { ...toSummary(row), body: DocumentBodySchema.parse(JSON.parse(stored.body)) };
    })();
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
      // A rejected declaration may be corrected: the save starts a new revision as a draft, which
      // is sent under a new idempotency key. Any other sent status stays frozen.
      if (current.status !== 'draft' && current.status !== 'rejected') {
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
      this.updateDocument.run({ id, title, direction, revision, now, baseRevision });
      this.insertRevision.run(id, revision, text, now);
      this.pruneRevisions.run(id, revision - REVISIONS_KEPT);
      return toSummary({ ...current, status: 'draft', title, direction, revision, updated_at: now });
    })();
  }

  list(filter: ListDocumentsInput): DocumentSummary[] {
    const where: string[] = [filter.trashed ? 'd.deleted_at IS NOT NULL' : 'd.deleted_at IS NULL'];
    const params: Record<string, string | number> = {};
    if (filter.kind) {
      where.push('d.kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.status) {
      where.push('d.status = @status');
      params.status = filter.status;
    }
    if (filter.updatedFrom) {
      where.push('d.updated_at >= @updatedFrom');
      params.updatedFrom = filter.updatedFrom;
    }
    if (filter.updatedTo) {
      where.push('d.updated_at <= @updatedTo');
      params.updatedTo = filter.updatedTo;
    }
    // Declaration filters read the current revision's body inside SQLite (json_extract), so no body is parsed in JS.
    const currentBody = '(SELECT r.body FROM revisions r WHERE r.document_id = d.id AND r.revision = d.revision)';
    if (filter.direction) {
      where.push('d.direction = @direction');
      params.direction = filter.direction;
    }
    if (filter.tradeMode) {
      where.push(`json_extract(${currentBody}, '$.data.head.tradeMode') = @tradeMode`);
      params.tradeMode = filter.tradeMode;
    }
    const consignee = filter.consignee?.trim();
    if (consignee) {
      where.push(`coalesce(json_extract(${currentBody}, '$.data.head.tradeName'), '') LIKE @consignee ESCAPE '\\'`);
      params.consignee = likePattern(consignee);
    }
    const text = filter.text?.trim();
    if (text) {
      // Full-text search (FTS5 trigram) arrives with the code tables; a LIKE over the
      // title, the ClientSeqNo and the JSON body finds any field's text meanwhile.
      where.push(
        `(d.title LIKE @text ESCAPE '\\' OR d.client_seq_no LIKE @text ESCAPE '\\' OR EXISTS (
           SELECT 1 FROM revisions r WHERE r.document_id = d.id AND r.revision = d.revision AND r.body LIKE @text ESCAPE '\\'))`,
      );
      params.text = likePattern(text);
    }
    params.limit = filter.limit ?? 500;
    const order = filter.trashed ? 'd.deleted_at DESC' : 'd.updated_at DESC';
    const columns = summaryColumns.split(', ').map((c) => `d.${c}`).join(', ');
    const rows = this.db
      .prepare(`SELECT ${columns} FROM documents d WHERE ${where.join(' AND ')} ORDER BY ${order}, d.rowid DESC LIMIT @limit`)
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

  /** trash() for each, in one transaction: the first refusal undoes the others. */
  trashMany(ids: readonly string[]): DocumentSummary[] {
    return this.db.transaction(() => ids.map((id) => this.trash(id)))();
  }

  restoreMany(ids: readonly string[]): DocumentSummary[] {
    return this.db.transaction(() => ids.map((id) => this.restore(id)))();
  }

  restore(id: string): DocumentSummary {
    return this.db.transaction(() => {
      const current = this.selectOne.get(id);
      if (!current) throw notFound(id);
      this.setDeleted.run(null, id);
      return toSummary({ ...current, deleted_at: null });
    })();
  }

  /**
   * Ids of live documents of a kind whose body names the declaration (data.declarationId).
   * json_extract reads the link inside SQLite, so no body is parsed in JS to find it.
   */
  linkedTo(kind: DocumentKind, declarationId: string): string[] {
    const rows = this.db
      .prepare(
        `SELECT d.id FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision
         WHERE d.kind = ? AND d.deleted_at IS NULL AND json_extract(r.body, '$.data.declarationId') = ?
         ORDER BY d.created_at`,
      )
      .all(kind, declarationId) as { id: string }[];
    return rows.map((r) => r.id);
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
