import type Database from 'better-sqlite3';
import type { CodeTableId, DeclarationElement, TariffLine } from '../../../shared/codes/schema';
import type { ReferenceData } from '../../../shared/rules/engine';

interface TariffRow {
  code: string;
  name_zh: string;
  name_en: string | null;
  first_unit: string;
  second_unit: string | null;
  elements: string;
}

/**
 * The rules' reference data, answered from the profile's SQLite tables (loaded from seeds/).
 * Answers are cached for the life of the object: create one per validation run, so a seed
 * upgrade between runs is seen.
 */
export function sqliteReferenceData(db: Database.Database): ReferenceData {
  const codeStmt = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM code_entries WHERE table_id = ? AND code = ?');
  const tables = new Map(
    (db.prepare("SELECT table_id, confidence FROM seed_versions WHERE kind = 'code-table'").all() as { table_id: string; confidence: 'C' | 'I' | 'M' }[]).map(
      (r) => [r.table_id, r.confidence],
    ),
  );
  const tariffStmt = db.prepare<[string], TariffRow>(
    'SELECT code, name_zh, name_en, first_unit, second_unit, elements FROM tariff_lines WHERE code = ?',
  );
  const hsCount = (db.prepare('SELECT count(*) AS n FROM hs_entries WHERE level = 6').get() as { n: number }).n;
  const hsStmt = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM hs_entries WHERE level = 6 AND code = ?');
  const tariffCache = new Map<string, TariffLine | null>();

  return {
    hasCode: (table: CodeTableId, code: string) => (tables.has(table) ? codeStmt.get(table, code) !== undefined : undefined),
    tableConfidence: (table) => tables.get(table),
    tariffLine: (code) => {
      if (tariffCache.has(code)) return tariffCache.get(code) ?? null;
      const row = tariffStmt.get(code);
      const line: TariffLine | null = row
        ? {
            code: row.code,
            nameZh: row.name_zh,
            ...(row.name_en ? { nameEn: row.name_en } : {}),
            firstUnit: row.first_unit,
            secondUnit: row.second_unit,
            elements: JSON.parse(row.elements) as DeclarationElement[],
          }
        : null;
      tariffCache.set(code, line);
      return line;
    },
    isHsSubheading: (code6) => (hsCount > 0 ? hsStmt.get(code6) !== undefined : undefined),
  };
}
