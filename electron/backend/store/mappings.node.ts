import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors';
import { ImportField, ImportTarget } from '../../../shared/import/fields';
import type { SavedMapping } from '../../../shared/import/schema';

interface MappingRow {
  name: string;
  target: ImportTarget;
  fingerprint: string;
  columns: string;
  updated_at: string;
}

const StoredColumns = z.array(z.object({ header: z.string(), field: ImportField.nullable() }));

function toMapping(row: MappingRow): SavedMapping {
  // Stored by this code; parsed anyway so a field id retired later reads as "not mapped".
  const parsed = StoredColumns.safeParse(JSON.parse(row.columns));
  const columns = parsed.success ? parsed.data : [];
  return { name: row.name, target: ImportTarget.parse(row.target), fingerprint: row.fingerprint, columns, updatedAt: row.updated_at };
}

/** Saved spreadsheet column mappings (migration 0003), one row per name. */
export class MappingRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  list(target?: ImportTarget): SavedMapping[] {
    const rows = target
      ? (this.db.prepare('SELECT * FROM import_mappings WHERE target = ? ORDER BY name').all(target) as MappingRow[])
      : (this.db.prepare('SELECT * FROM import_mappings ORDER BY target, name').all() as MappingRow[]);
    return rows.map(toMapping);
  }

  get(name: string): SavedMapping {
    const row = this.db.prepare('SELECT * FROM import_mappings WHERE name = ?').get(name) as MappingRow | undefined;
    if (!row) {
      throw new AppError({
        code: 'NOT_FOUND',
        field: 'mappingName',
        messageZh: `找不到名为「${name}」的列对应方案。`,
        messageEn: `No saved column mapping is called "${name}".`,
        details: { name },
      });
    }
    return toMapping(row);
  }

  /** The most recently saved mapping for this layout, if any. */
  forLayout(target: ImportTarget, fingerprint: string): SavedMapping | null {
    const row = this.db
      .prepare('SELECT * FROM import_mappings WHERE target = ? AND fingerprint = ? ORDER BY updated_at DESC LIMIT 1')
      .get(target, fingerprint) as MappingRow | undefined;
    return row ? toMapping(row) : null;
  }

  /** Saving under an existing name replaces that mapping. */
  save(mapping: Omit<SavedMapping, 'updatedAt'>): SavedMapping {
    const updatedAt = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO import_mappings (name, target, fingerprint, columns, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET target = excluded.target, fingerprint = excluded.fingerprint,
           columns = excluded.columns, updated_at = excluded.updated_at`,
      )
      .run(mapping.name, mapping.target, mapping.fingerprint, JSON.stringify(mapping.columns), updatedAt);
    return { ...mapping, updatedAt };
  }

  delete(name: string): boolean {
    return this.db.prepare('DELETE FROM import_mappings WHERE name = ?').run(name).changes > 0;
  }
}
