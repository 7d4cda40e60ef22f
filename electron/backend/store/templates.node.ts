import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import { copyableDraft } from '../../../shared/model/declaration-copy';
import { DeclarationDraftSchema, type DeclarationDraft } from '../../../shared/model/declaration';
import type { TemplateSummary } from '../../../shared/model/templates';

interface Row {
  id: string;
  name: string;
  direction: 'I' | 'E' | null;
  item_count: number;
  created_at: string;
  updated_at: string;
}

const toSummary = (row: Row): TemplateSummary => ({
  id: row.id,
  name: row.name,
  direction: row.direction,
  itemCount: row.item_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function notFound(id: string): AppError {
  return new AppError({
    code: 'NOT_FOUND',
    messageZh: `找不到模板 ${id}，它可能已被删除。`,
    messageEn: `Template ${id} was not found; it may have been deleted.`,
    details: { id },
  });
}

/** Named declaration bodies; a template never holds what customs assigned to one filing. */
export class TemplateRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  list(): TemplateSummary[] {
    const rows = this.db
      .prepare('SELECT id, name, direction, item_count, created_at, updated_at FROM templates WHERE deleted_at IS NULL ORDER BY name')
      .all() as Row[];
    return rows.map(toSummary);
  }

  /** Saving under the name of a live template replaces its body: the broker is updating it. */
  save(name: string, draft: DeclarationDraft): TemplateSummary {
    const body = copyableDraft(draft, true);
    const now = this.now().toISOString();
    const values = { name, direction: body.head.ieFlag ?? null, itemCount: body.items?.length ?? 0, body: JSON.stringify(body), now };
    return this.db.transaction(() => {
      const existing = this.db.prepare('SELECT id FROM templates WHERE name = ? AND deleted_at IS NULL').get(name) as { id: string } | undefined;
      const id = existing?.id ?? randomUUID();
      if (existing) {
        this.db
          .prepare('UPDATE templates SET direction = @direction, item_count = @itemCount, body = @body, updated_at = @now WHERE id = @id')
          .run({ ...values, id });
      } else {
        this.db
          .prepare(
            `INSERT INTO templates (id, name, direction, item_count, body, created_at, updated_at)
             VALUES (@id, @name, @direction, @itemCount, @body, @now, @now)`,
          )
          .run({ ...values, id });
      }
      return this.summary(id);
    })();
  }

  body(id: string): DeclarationDraft {
    const row = this.db.prepare('SELECT body FROM templates WHERE id = ? AND deleted_at IS NULL').get(id) as { body: string } | undefined;
    if (!row) throw notFound(id);
    return DeclarationDraftSchema.parse(JSON.parse(row.body));
  }

  remove(id: string): void {
    const result = this.db.prepare('UPDATE templates SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.now().toISOString(), id);
    if (result.changes === 0) throw notFound(id);
  }

  private summary(id: string): TemplateSummary {
    const row = this.db
      .prepare('SELECT id, name, direction, item_count, created_at, updated_at FROM templates WHERE id = ? AND deleted_at IS NULL')
      .get(id) as Row | undefined;
    if (!row) throw notFound(id);
    return toSummary(row);
  }
}
