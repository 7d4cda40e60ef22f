import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { CodeTableFileSchema, TariffFileSchema, type CodeEntry, type CodeTableId, type Confidence } from '../../../shared/codes/schema';
import { HsFileSchema, seedPaths } from '../../../shared/codes/hs';
import { rankRows } from '../../../shared/codes/rank';
import { hsDigits, normalizeQuery } from '../../../shared/codes/search';
import { CANDIDATES, DEFAULT_LIMIT, gramsOf, hsText, SEP, tariffLineText, textMatch } from './fts-match';
import { hsEntry, searchTariff, sqlTariffSources, TariffMemory, type HsRow, type LineRow, type TariffSources } from './tariff-search.node';
import { CodeTableIndex } from '../../../shared/codes/code-index';
import { validatedOnce } from '../validated-output';
import { CodeHitSchema } from '../../../shared/codes/api';
import type { CodeTableSnapshot } from '../../../shared/codes/table-api';
import type {
  CodeHit,
  CodesStatus,
  SeedProblem,
  TariffLineDetail,
  TariffSearchResult,
} from '../../../shared/codes/api';

// ---------------------------------------------------------------------------------------------
// Where the seeds are
// ---------------------------------------------------------------------------------------------

function looksLikeSeeds(dir: string): boolean {
  return existsSync(join(dir, seedPaths.codesDir));
}

/**
 * The seeds folder when the caller did not name one: Electron's resources folder when packaged
 * (electron-builder copies seeds/ there as an extra resource), next to the bundle
 * (dist/host/host.cjs and dist/electron/backend.cjs are two levels below the repository), or under
 * the working directory (tests, scripts). Callers may always pass the folder explicitly.
 */
export function defaultSeedsDir(): string | null {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: unknown }).resourcesPath;
  if (typeof resourcesPath === 'string') candidates.push(join(resourcesPath, 'seeds'));
  if (typeof __dirname === 'string') candidates.push(resolve(__dirname, '..', '..', 'seeds'), resolve(__dirname, '..', 'seeds'));
  candidates.push(resolve(process.cwd(), 'seeds'));
  return candidates.find(looksLikeSeeds) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

type SeedKind = 'code-table' | 'tariff' | 'hs';

interface SeedFile {
  /** Relative to the seeds folder, with forward slashes: codes/unit.json. */
  file: string;
  path: string;
  kind: SeedKind;
}

interface VersionRow {
  file: string;
  kind: SeedKind;
  table_id: string | null;
  version: string;
  hash: string;
  size: number;
  mtime_ms: number;
  rows: number;
  confidence: Confidence | null;
  loaded_at: string;
}

export interface SeedLoadReport {
  loaded: string[];
  unchanged: string[];
  removed: string[];
  problems: SeedProblem[];
  ms: number;
}

/** Thrown by loadSeeds({ strict: true }) and by a missing seeds folder; names every failed file. */
export class SeedLoadError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`seed load failed: ${problems.map((p) => `${p.file}: ${p.messageEn}`).join('; ')}`);
    this.name = 'SeedLoadError';
  }
}

function listSeedFiles(seedsDir: string): SeedFile[] {
  const files: SeedFile[] = [];
  const codesDir = join(seedsDir, seedPaths.codesDir);
  for (const name of readdirSync(codesDir).sort()) {
    if (name.endsWith('.json')) files.push({ file: `${seedPaths.codesDir}/${name}`, path: join(codesDir, name), kind: 'code-table' });
  }
  const tariffDir = join(seedsDir, seedPaths.tariffDir);
  if (existsSync(tariffDir)) {
    for (const name of readdirSync(tariffDir).sort()) {
      if (seedPaths.tariffPattern.test(name)) files.push({ file: `${seedPaths.tariffDir}/${name}`, path: join(tariffDir, name), kind: 'tariff' });
    }
    const hs = join(seedsDir, seedPaths.hsFile);
    if (existsSync(hs)) files.push({ file: seedPaths.hsFile, path: hs, kind: 'hs' });
  }
  return files;
}

function problem(file: string, messageEn: string, messageZh: string): SeedProblem {
  return { file, messageEn, messageZh };
}

function zodSummary(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

interface Parsed {
  kind: SeedKind;
  version: string;
  tableId: string | null;
  confidence: Confidence | null;
  rows: number;
  write: (db: Database.Database, file: string) => void;
}

function parseSeed(seed: SeedFile, text: string): Parsed {
  const json = JSON.parse(text) as unknown;
  if (seed.kind === 'code-table') {
    const parsed = CodeTableFileSchema.safeParse(json);
    if (!parsed.success) throw new Error(`not a valid code table: ${zodSummary(parsed.error.issues)}`);
    const t = parsed.data;
    const expected = seed.file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (t.table !== expected) throw new Error(`file is named ${expected}.json but declares table "${t.table}"`);
    return {
      kind: 'code-table',
      version: t.version,
      tableId: t.table,
      confidence: t.confidence,
      rows: t.entries.length,
      write: (db) => writeCodeTable(db, t.table, t.entries),
    };
  }
  if (seed.kind === 'tariff') {
    const parsed = TariffFileSchema.safeParse(json);
    if (!parsed.success) throw new Error(`not a valid tariff file: ${zodSummary(parsed.error.issues)}`);
    const t = parsed.data;
    return {
      kind: 'tariff',
      version: t.version,
      tableId: null,
      confidence: t.confidence,
      rows: t.lines.length,
      write: (db, file) => {
        const insert = db.prepare(
          `INSERT INTO tariff_lines (code, name_zh, name_en, first_unit, second_unit, ciq_codes, elements, confidence, note, source_file)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const fts = db.prepare('INSERT INTO tariff_fts (rowid, code, name_zh, name_en) VALUES (?, ?, ?, ?)');
        const grams = db.prepare('INSERT INTO tariff_grams (rowid, grams) VALUES (?, ?)');
        for (const l of t.lines) {
          let id: number | bigint;
          try {
            id = insert.run(
              l.code,
              l.nameZh,
              l.nameEn ?? null,
              l.firstUnit,
              l.secondUnit,
              JSON.stringify(l.ciqCodes ?? []),
              JSON.stringify(l.elements),
              l.confidence ?? null,
              l.note ?? null,
              file,
            ).lastInsertRowid;
          } catch (error) {
            throw new Error(`tariff line ${l.code}: ${(error as Error).message}`, { cause: error });
          }
          const text = tariffLineText(l.code, l.nameZh, l.nameEn ?? null);
          fts.run(id, ...text.columns);
          grams.run(id, text.tokens);
        }
      },
    };
  }
  const parsed = HsFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`not a valid HS nomenclature file: ${zodSummary(parsed.error.issues)}`);
  const h = parsed.data;
  return {
    kind: 'hs',
    version: h.version,
    tableId: null,
    confidence: h.confidence,
    rows: h.entries.length,
    write: (db) => {
      db.exec('DELETE FROM hs_fts; DELETE FROM hs_grams; DELETE FROM hs_entries;');
      const insert = db.prepare(
        'INSERT INTO hs_entries (code, level, description_en, parent, section, keywords_zh) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const fts = db.prepare('INSERT INTO hs_fts (rowid, code, description_en, keywords_zh) VALUES (?, ?, ?, ?)');
      const grams = db.prepare('INSERT INTO hs_grams (rowid, grams) VALUES (?, ?)');
      for (const e of h.entries) {
        const text = hsText(e.code, e.descriptionEn, e.keywordsZh ?? null);
        const [, , keywords = null] = text.columns;
        const id = insert.run(e.code, e.level, e.descriptionEn, e.parent ?? null, e.section ?? null, keywords).lastInsertRowid;
        fts.run(id, ...text.columns);
        grams.run(id, text.tokens);
      }
    },
  };
}

function deleteCodeTable(db: Database.Database, tableId: string): void {
  db.prepare('DELETE FROM code_fts WHERE rowid IN (SELECT id FROM code_entries WHERE table_id = ?)').run(tableId);
  db.prepare('DELETE FROM code_grams WHERE rowid IN (SELECT id FROM code_entries WHERE table_id = ?)').run(tableId);
  db.prepare('DELETE FROM code_entries WHERE table_id = ?').run(tableId);
}

function writeCodeTable(db: Database.Database, tableId: CodeTableId, entries: readonly CodeEntry[]): void {
  deleteCodeTable(db, tableId);
  const insert = db.prepare(
    `INSERT INTO code_entries (table_id, code, name_zh, name_en, initials, aliases, confidence, valid_from, valid_to, note, extra, ord)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fts = db.prepare('INSERT INTO code_fts (rowid, code, name_zh, name_en, initials, aliases, table_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const grams = db.prepare('INSERT INTO code_grams (rowid, grams, table_id) VALUES (?, ?, ?)');
  entries.forEach((e, ord) => {
    const aliases = e.aliases?.length ? e.aliases.join(SEP) : null;
    let id: number | bigint;
    try {
      id = insert.run(
        tableId,
        e.code,
        e.nameZh,
        e.nameEn ?? null,
        e.initials ?? null,
        aliases,
        e.confidence ?? null,
        e.validFrom ?? null,
        e.validTo ?? null,
        e.note ?? null,
        e.extra ? JSON.stringify(e.extra) : null,
        ord,
      ).lastInsertRowid;
    } catch (error) {
      throw new Error(`entry ${e.code}: ${(error as Error).message}`, { cause: error });
    }
    fts.run(id, e.code, e.nameZh, e.nameEn ?? null, e.initials ?? null, aliases, tableId);
    grams.run(id, gramsOf([e.code, e.nameZh, e.nameEn, e.initials, ...(e.aliases ?? [])]), tableId);
  });
}

function removeSeed(db: Database.Database, row: VersionRow): void {
  if (row.kind === 'code-table' && row.table_id) deleteCodeTable(db, row.table_id);
  if (row.kind === 'tariff') {
    db.prepare('DELETE FROM tariff_fts WHERE rowid IN (SELECT id FROM tariff_lines WHERE source_file = ?)').run(row.file);
    db.prepare('DELETE FROM tariff_grams WHERE rowid IN (SELECT id FROM tariff_lines WHERE source_file = ?)').run(row.file);
    db.prepare('DELETE FROM tariff_lines WHERE source_file = ?').run(row.file);
  }
  if (row.kind === 'hs') db.exec('DELETE FROM hs_fts; DELETE FROM hs_grams; DELETE FROM hs_entries;');
  db.prepare('DELETE FROM seed_versions WHERE file = ?').run(row.file);
}

export interface LoadSeedsOptions {
  now?: () => Date;
  /** Throw a SeedLoadError when any file fails (after loading the others). Tests and scripts. */
  strict?: boolean;
}

/**
 * Brings the reference tables in line with the seed files. A file whose size and mtime match
 * the recorded ones is skipped without being read; one whose content hash matches is skipped
 * after hashing. A changed file is validated, then loaded in one transaction that first removes
 * the rows of its previous version: a file that fails (bad JSON, schema, duplicate code) changes
 * nothing and is reported with its name. Files that disappeared from the folder lose their rows.
 */
export function loadSeeds(db: Database.Database, seedsDir: string, options: LoadSeedsOptions = {}): SeedLoadReport {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const report: SeedLoadReport = { loaded: [], unchanged: [], removed: [], problems: [], ms: 0 };
  if (!looksLikeSeeds(seedsDir)) {
    throw new SeedLoadError([
      problem(seedsDir, `seeds folder not found (expected ${join(seedsDir, seedPaths.codesDir)})`, `找不到参数数据文件夹：${seedsDir}`),
    ]);
  }
  const recorded = new Map(
    (db.prepare('SELECT * FROM seed_versions').all() as VersionRow[]).map((r) => [r.file, r]),
  );
  const files = listSeedFiles(seedsDir);
  const record = db.prepare(
    `INSERT INTO seed_versions (file, kind, table_id, version, hash, size, mtime_ms, rows, confidence, loaded_at)
     VALUES (@file, @kind, @table_id, @version, @hash, @size, @mtime_ms, @rows, @confidence, @loaded_at)
     ON CONFLICT (file) DO UPDATE SET kind = excluded.kind, table_id = excluded.table_id, version = excluded.version,
       hash = excluded.hash, size = excluded.size, mtime_ms = excluded.mtime_ms, rows = excluded.rows,
       confidence = excluded.confidence, loaded_at = excluded.loaded_at`,
  );
  const touch = db.prepare('UPDATE seed_versions SET size = ?, mtime_ms = ? WHERE file = ?');
  // Reference data is reproducible: if power fails right after a seed transaction, the next start
  // finds the old hash (recorded in the same transaction) and loads the file again. WAL keeps the
  // database consistent at synchronous=NORMAL, so the seed commits skip the per-commit fsync.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    for (const seed of files) {
      const previous = recorded.get(seed.file);
      const stat = statSync(seed.path);
      if (previous && previous.size === stat.size && previous.mtime_ms === stat.mtimeMs) {
        report.unchanged.push(seed.file);
        continue;
      }
      const bytes = readFileSync(seed.path);
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (previous && previous.hash === hash) {
        touch.run(stat.size, stat.mtimeMs, seed.file);
        report.unchanged.push(seed.file);
        continue;
      }
      try {
        const parsed = parseSeed(seed, bytes.toString('utf8'));
        db.transaction(() => {
          // A code table that moved to another file name, or a file that changed table: clear the old rows.
          if (previous) removeSeed(db, previous);
          if (parsed.kind === 'code-table' && parsed.tableId) {
            for (const other of recorded.values()) {
              if (other.file !== seed.file && other.kind === 'code-table' && other.table_id === parsed.tableId) removeSeed(db, other);
            }
          }
          parsed.write(db, seed.file);
          record.run({
            file: seed.file,
            kind: parsed.kind,
            table_id: parsed.tableId,
            version: parsed.version,
            hash,
            size: stat.size,
            mtime_ms: stat.mtimeMs,
            rows: parsed.rows,
            confidence: parsed.confidence,
            loaded_at: now().toISOString(),
          });
        }).immediate();
        report.loaded.push(seed.file);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        report.problems.push(
          problem(
            seed.file,
            `${seed.file} could not be loaded (${reason}); the previous data, if any, is still in use.`,
            `参数数据文件 ${seed.file} 无法载入（${reason}），继续使用原有数据。`,
          ),
        );
      }
    }

    const present = new Set(files.map((f) => f.file));
    for (const row of recorded.values()) {
      if (present.has(row.file)) continue;
      db.transaction(() => removeSeed(db, row)).immediate();
      report.removed.push(row.file);
    }
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
  report.ms = performance.now() - started;
  if (options.strict && report.problems.length) throw new SeedLoadError(report.problems);
  return report;
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

interface EntryRow {
  id: number;
  table_id: CodeTableId;
  code: string;
  name_zh: string;
  name_en: string | null;
  initials: string | null;
  aliases: string | null;
  confidence: Confidence | null;
  valid_from: string | null;
  valid_to: string | null;
  note: string | null;
  extra: string | null;
  ord: number;
}

interface RankedEntry {
  row: EntryRow;
  code: string;
  nameZh: string;
  nameEn: string | null;
  initials: string | null;
  aliases: string[] | null;
}

function toRankable(row: EntryRow): RankedEntry {
  return {
    row,
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    initials: row.initials,
    aliases: row.aliases ? row.aliases.split(SEP) : null,
  };
}

function toHit(row: EntryRow): CodeHit {
  const hit: CodeHit = { table: row.table_id, code: row.code, nameZh: row.name_zh };
  if (row.name_en) hit.nameEn = row.name_en;
  if (row.initials) hit.initials = row.initials;
  if (row.aliases) hit.aliases = row.aliases.split(SEP);
  if (row.confidence) hit.confidence = row.confidence;
  if (row.valid_from) hit.validFrom = row.valid_from;
  if (row.valid_to) hit.validTo = row.valid_to;
  if (row.note) hit.note = row.note;
  if (row.extra) hit.extra = JSON.parse(row.extra) as Record<string, string>;
  return hit;
}

interface TariffRow extends LineRow {
  ciq_codes: string;
  elements: string;
  note: string | null;
}

/** Code tables, tariff lines and the HS nomenclature, read from the profile database. */
export class CodeRepository {
  problems: SeedProblem[] = [];
  seedsDir: string | null = null;
  lastLoad: SeedLoadReport | null = null;

  private readonly byCode: Database.Statement<[string, string], EntryRow>;
  private readonly byCodeNoCase: Database.Statement<[string, string], EntryRow>;
  private readonly codePrefix: Database.Statement<[string, string, string, number], EntryRow>;
  private readonly codeFts: Database.Statement<[string, string, number], EntryRow>;
  private readonly codeGrams: Database.Statement<[string, string, number], EntryRow>;
  private readonly firstRows: Database.Statement<[string, number], EntryRow>;
  private readonly tariffOne: Database.Statement<[string], TariffRow>;
  private readonly hsOne: Database.Statement<[string], HsRow>;
  private readonly unitName: Database.Statement<[string], { name_zh: string }>;
  private readonly indexes = new Map<CodeTableId, CodeTableIndex<RankedEntry & { hit: CodeHit }>>();
  private readonly tariffMemory: TariffMemory;
  private tariffSql: TariffSources | null = null;

  constructor(private readonly db: Database.Database) {
    const cols = 'e.id, e.table_id, e.code, e.name_zh, e.name_en, e.initials, e.aliases, e.confidence, e.valid_from, e.valid_to, e.note, e.extra, e.ord';
    this.byCode = db.prepare(`SELECT ${cols} FROM code_entries e WHERE e.table_id = ? AND e.code = ?`);
    this.byCodeNoCase = db.prepare(`SELECT ${cols} FROM code_entries e WHERE e.table_id = ? AND e.code = ? COLLATE NOCASE ORDER BY e.ord`);
    this.codePrefix = db.prepare(
      `SELECT ${cols} FROM code_entries e WHERE e.table_id = ? AND e.code >= ? AND e.code < ? LIMIT ?`,
    );
    this.codeFts = db.prepare(
      `SELECT ${cols} FROM code_entries e WHERE e.id IN (SELECT rowid FROM code_fts WHERE code_fts MATCH ? AND table_id = ? LIMIT ?)`,
    );
    this.codeGrams = db.prepare(
      `SELECT ${cols} FROM code_entries e WHERE e.id IN (SELECT rowid FROM code_grams WHERE code_grams MATCH ? AND table_id = ? LIMIT ?)`,
    );
    this.firstRows = db.prepare(`SELECT ${cols} FROM code_entries e WHERE e.table_id = ? ORDER BY e.ord LIMIT ?`);
    const tcolsAll = 't.id, t.code, t.name_zh, t.name_en, t.first_unit, t.second_unit, t.ciq_codes, t.elements, t.confidence, t.note';
    this.tariffOne = db.prepare(`SELECT ${tcolsAll} FROM tariff_lines t WHERE t.code = ?`);
    const hcols = 'h.id, h.code, h.level, h.description_en, h.parent, h.section, h.keywords_zh';
    this.hsOne = db.prepare(`SELECT ${hcols} FROM hs_entries h WHERE h.code = ?`);
    this.unitName = db.prepare("SELECT name_zh FROM code_entries WHERE table_id = 'unit' AND code = ?");
    this.tariffMemory = new TariffMemory(db);
  }

  /** Loads changed seed files; problems are kept for codes.status instead of failing the store. */
  load(seedsDir: string, now?: () => Date): SeedLoadReport {
    this.seedsDir = seedsDir;
    this.indexes.clear();
    this.tariffMemory.reset();
    try {
      this.lastLoad = loadSeeds(this.db, seedsDir, { now });
      this.problems = this.lastLoad.problems;
    } catch (error) {
      if (!(error instanceof SeedLoadError)) throw error;
      this.problems = error.problems;
      this.lastLoad = { loaded: [], unchanged: [], removed: [], problems: error.problems, ms: 0 };
    }
    return this.lastLoad;
  }

  /**
   * Code tables are small and change only when seeds load: each is searched in memory through
   * an index built on its first search (see CodeTableIndex), which answers as the SQL path below
   * does (searchSql, kept as the reference the tests compare with) in a fraction of its time.
   */
  search(table: CodeTableId, query: string, limit = DEFAULT_LIMIT): CodeHit[] {
    let index = this.indexes.get(table);
    if (!index) {
      // Each hit is parsed once here with the contract's schema, not on every answer (see validated-output.ts).
      index = new CodeTableIndex(this.firstRows.all(table, -1).map((row) => ({ ...toRankable(row), hit: validatedOnce(CodeHitSchema, toHit(row)) })));
      this.indexes.set(table, index);
    }
    return index.search(query, limit).map((r) => r.hit);
  }

  /** The same search through the FTS5 indexes. */
  searchSql(table: CodeTableId, query: string, limit = DEFAULT_LIMIT): CodeHit[] {
    const q = normalizeQuery(query);
    if (!q) return this.firstRows.all(table, limit).map(toHit);
    const candidates = new Map<number, EntryRow>();
    const add = (rows: EntryRow[]) => rows.forEach((r) => candidates.set(r.id, r));
    // Codes are stored as published (CHN, 0110, e and E): look the prefix up as typed, upper- and lower-cased.
    for (const p of new Set([query.normalize('NFKC').trim(), q, q.toUpperCase()])) add(this.codePrefix.all(table, p, `${p}\uffff`, CANDIDATES));
    const text = textMatch(q);
    if (text) add((text.index === 'fts' ? this.codeFts : this.codeGrams).all(text.match, table, CANDIDATES));
    const ranked = rankRows([...candidates.values()].sort((a, b) => a.ord - b.ord).map(toRankable), query, limit);
    return ranked.map((r) => toHit(r.row));
  }

  /** Every entry of a table in seed order, with the table's confidence (codes.table). */
  table(table: CodeTableId): CodeTableSnapshot {
    const entries = this.firstRows.all(table, -1).map(toHit);
    const version = this.db.prepare<[string], { confidence: Confidence }>("SELECT confidence FROM seed_versions WHERE kind = 'code-table' AND table_id = ?").get(table);
    return { table, confidence: version?.confidence ?? null, entries };
  }

  lookup(table: CodeTableId, code: string): CodeHit | null {
    const exact = this.byCode.get(table, code.trim());
    if (exact) return toHit(exact);
    const loose = this.byCodeNoCase.all(table, code.trim());
    return loose.length === 1 && loose[0] ? toHit(loose[0]) : null;
  }

  /** Builds the in-memory tariff search now rather than at the first search. */
  warmUp(): void {
    this.tariffMemory.warm();
  }

  /** tariff.search, from the rows held in memory (see TariffMemory). */
  tariffSearch(query: string, limit = DEFAULT_LIMIT): TariffSearchResult {
    return searchTariff(this.tariffMemory, query, limit);
  }

  /** The same search reading every row from the database: the reference the tests compare with. */
  tariffSearchSql(query: string, limit = DEFAULT_LIMIT): TariffSearchResult {
    this.tariffSql ??= sqlTariffSources(this.db);
    return searchTariff(this.tariffSql, query, limit);
  }

  tariffGet(code: string): TariffLineDetail | null {
    const digits = hsDigits(code);
    if (!digits) return null;
    const row = this.tariffOne.get(digits);
    if (!row) return null;
    const unit = (c: string) => ({ code: c, nameZh: this.unitName.get(c)?.name_zh ?? null });
    const hs6 = this.hsOne.get(row.code.slice(0, 6));
    const detail: TariffLineDetail = {
      code: row.code,
      nameZh: row.name_zh,
      firstUnit: unit(row.first_unit),
      secondUnit: row.second_unit ? unit(row.second_unit) : null,
      ciqCodes: JSON.parse(row.ciq_codes) as TariffLineDetail['ciqCodes'],
      elements: JSON.parse(row.elements) as TariffLineDetail['elements'],
      hs6: hs6 ? hsEntry(hs6) : null,
    };
    if (row.name_en) detail.nameEn = row.name_en;
    if (row.confidence) detail.confidence = row.confidence;
    if (row.note) detail.note = row.note;
    return detail;
  }

  /** Whether a six-digit code is an HS 2022 subheading; undefined when the nomenclature is not loaded. */
  isHsSubheading(code6: string): boolean | undefined {
    if (this.hsOne.get(code6)) return true;
    const any = this.db.prepare('SELECT 1 AS one FROM hs_entries WHERE level = 6 LIMIT 1').get();
    return any ? false : undefined;
  }

  status(): CodesStatus {
    const rows = this.db.prepare('SELECT * FROM seed_versions ORDER BY file').all() as VersionRow[];
    return {
      seedsDir: this.seedsDir,
      seeds: rows.map((r) => ({
        file: r.file,
        kind: r.kind,
        table: r.table_id,
        version: r.version,
        rows: r.rows,
        confidence: r.confidence,
        loadedAt: r.loaded_at,
      })),
      problems: this.problems,
    };
  }
}
