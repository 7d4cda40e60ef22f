import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import { LibraryBodySchema, libraryLabel, type LibraryBody, type LibraryKind, type LibraryRecord } from '../../../shared/model/library';
import { libraryKey } from '../../../shared/model/library-key';

interface Row {
  id: string;
  kind: LibraryKind;
  label: string;
  code: string;
  body: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: Row): LibraryRecord => ({
  id: row.id,
  kind: row.kind,
  label: row.label,
  code: row.code,
  body: LibraryBodySchema.parse(JSON.parse(row.body)),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Parties and products: freely editable offline records that declarations copy from. */
export class LibraryRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  list(kind: LibraryKind, text?: string, limit = 200): LibraryRecord[] {
    const q = text?.trim();
    const match = q ? "AND (label LIKE @q ESCAPE '\\' OR code LIKE @q ESCAPE '\\' OR body LIKE @q ESCAPE '\\')" : '';
    const rows = this.db
      .prepare(`SELECT * FROM library_records WHERE kind = @kind AND deleted_at IS NULL ${match} ORDER BY label LIMIT @limit`)
      .all({ kind, limit, ...(q ? { q: escapeLike(q) } : {}) }) as Row[];
    return rows.map(toRecord);
  }

  get(id: string): LibraryRecord {
    const row = this.db.prepare('SELECT * FROM library_records WHERE id = ? AND deleted_at IS NULL').get(id) as Row | undefined;
    if (!row) {
      throw new AppError({ code: 'NOT_FOUND', messageZh: `找不到资料库记录 ${id}。`, messageEn: `Library record ${id} was not found.`, details: { id } });
    }
    return toRecord(row);
  }

  /** Creates (no id) or replaces a record; the kind of an existing record cannot change. */
  save(id: string | undefined, body: LibraryBody): LibraryRecord {
    const { label, code } = libraryLabel(body);
    const now = this.now().toISOString();
    const text = JSON.stringify(body);
    const recordId = id ?? randomUUID();
    this.db.transaction(() => {
      if (id) {
        const current = this.get(id);
        if (current.kind !== body.kind) {
          throw new AppError({ code: 'INVALID_INPUT', field: 'body.kind', messageZh: '资料库记录的类型不能更改。', messageEn: 'A library record cannot change its kind.' });
        }
        this.db.prepare('UPDATE library_records SET label = ?, code = ?, body = ?, updated_at = ? WHERE id = ?').run(label, code, text, now, id);
      } else {
        this.db
          .prepare('INSERT INTO library_records (id, kind, label, code, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(recordId, body.kind, label, code, text, now, now);
      }
    })();
    return this.get(recordId);
  }

  /** Soft delete: declarations that copied from the record keep their copy. */
  remove(id: string): void {
    this.get(id);
    this.db.prepare('UPDATE library_records SET deleted_at = ? WHERE id = ?').run(this.now().toISOString(), id);
  }

  /** Brings a deleted record back (the undo of remove); a record that is not deleted is returned as it is. */
  restore(id: string): LibraryRecord {
    const row = this.db.prepare('SELECT id FROM library_records WHERE id = ?').get(id);
    if (!row) {
      throw new AppError({ code: 'NOT_FOUND', messageZh: `找不到资料库记录 ${id}。`, messageEn: `Library record ${id} was not found.`, details: { id } });
    }
    this.db.prepare('UPDATE library_records SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(this.now().toISOString(), id);
    return this.get(id);
  }

  /**
   * Imported records in one transaction: a record with the key of a live one (libraryKey) updates
   * it (the imported fields win, the others stay, credit periods are merged by start date);
   * the rest are added. All or nothing.
   */
  importRecords(kind: LibraryKind, bodies: readonly LibraryBody[]): { created: number; updated: number } {
    let created = 0;
    let updated = 0;
    this.db.transaction(() => {
      const live = new Map<string, LibraryRecord>();
      for (const row of this.db.prepare('SELECT * FROM library_records WHERE kind = ? AND deleted_at IS NULL ORDER BY created_at').all(kind) as Row[]) {
        const record = toRecord(row);
        const key = libraryKey(record.body);
        if (key && !live.has(key)) live.set(key, record);
      }
      for (const body of bodies) {
        const key = libraryKey(body);
        const current = key ? live.get(key) : undefined;
        if (current) {
          this.save(current.id, merged(current.body, body));
          updated++;
        } else {
          const record = this.save(undefined, body);
          if (key) live.set(key, record);
          created++;
        }
      }
    })();
    return { created, updated };
  }
}

function merged(current: LibraryBody, imported: LibraryBody): LibraryBody {
  if (current.kind === 'party' && imported.kind === 'party') {
    const periods = new Map((current.data.creditTiers ?? []).map((p) => [p.from, p]));
    for (const p of imported.data.creditTiers ?? []) periods.set(p.from, p);
    const data = { ...current.data, ...imported.data };
    if (periods.size) data.creditTiers = [...periods.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
    return { kind: 'party', data };
  }
  if (current.kind === 'product' && imported.kind === 'product') return { kind: 'product', data: { ...current.data, ...imported.data } };
  return imported;
}
