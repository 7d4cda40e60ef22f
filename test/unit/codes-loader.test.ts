import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { loadSeeds, SeedLoadError } from '../../electron/backend/store/codes.node';
import { Store } from '../../electron/backend/store/store.node';
import { codeTableIds } from '../../shared/codes/schema';
import { useTempProfiles } from './helpers/temp-profile';
import { useTempSeeds } from './codes-fixtures';

const tempProfile = useTempProfiles();
const tempSeeds = useTempSeeds();

const count = (store: Store, sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
const unitName = (store: Store, code: string) =>
  (store.db.prepare("SELECT name_zh FROM code_entries WHERE table_id = 'unit' AND code = ?").get(code) as { name_zh: string } | undefined)?.name_zh;
const seedVersion = (store: Store, file: string) =>
  (store.db.prepare('SELECT version FROM seed_versions WHERE file = ?').get(file) as { version: string } | undefined)?.version;

function editJson(path: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(path, JSON.stringify(value));
}

describe('seed loader', () => {
  it('loads every table on first open, and nothing on the next open', () => {
    const profileDir = tempProfile();
    const seedsDir = tempSeeds();
    const first = Store.open({ profileDir, seedsDir });
    expect(first.codes.lastLoad?.problems).toEqual([]);
    expect(first.codes.lastLoad?.loaded).toHaveLength(codeTableIds.length + 2); // + tariff fixture + HS
    const entries = count(first, 'SELECT count(*) AS n FROM code_entries');
    const fts = count(first, 'SELECT count(*) AS n FROM code_fts');
    expect(fts).toBe(entries);
    expect(count(first, "SELECT count(*) AS n FROM code_entries WHERE table_id = 'unit'")).toBe(122);
    expect(count(first, 'SELECT count(*) AS n FROM hs_entries WHERE level = 6')).toBe(5613);
    first.close();

    const second = Store.open({ profileDir, seedsDir });
    expect(second.codes.lastLoad?.loaded).toEqual([]);
    expect(second.codes.lastLoad?.unchanged).toHaveLength(codeTableIds.length + 2);
    expect(count(second, 'SELECT count(*) AS n FROM code_entries')).toBe(entries);
    expect(count(second, 'SELECT count(*) AS n FROM code_fts')).toBe(fts);
    second.close();
  });

  it('skips a file whose mtime changed but whose content did not', () => {
    const profileDir = tempProfile();
    const seedsDir = tempSeeds();
    Store.open({ profileDir, seedsDir }).close();
    const file = join(seedsDir, 'codes', 'unit.json');
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const store = Store.open({ profileDir, seedsDir });
    expect(store.codes.lastLoad?.loaded).toEqual([]);
    store.close();
  });

  it('reloads a table when its seed file gets a new version, replacing the old rows', () => {
    const profileDir = tempProfile();
    const seedsDir = tempSeeds();
    Store.open({ profileDir, seedsDir }).close();
    editJson(join(seedsDir, 'codes', 'unit.json'), (t) => {
      t.version = '2099.1';
      const entries = t.entries as { code: string; nameZh: string; initials?: string }[];
      const kg = entries.find((e) => e.code === '035');
      if (kg) kg.nameZh = '公斤(千克)';
      t.entries = entries.filter((e) => e.code !== '163');
    });
    const store = Store.open({ profileDir, seedsDir });
    expect(store.codes.lastLoad?.loaded).toEqual(['codes/unit.json']);
    expect(seedVersion(store, 'codes/unit.json')).toBe('2099.1');
    expect(unitName(store, '035')).toBe('公斤(千克)');
    expect(unitName(store, '163')).toBeUndefined();
    expect(count(store, "SELECT count(*) AS n FROM code_entries WHERE table_id = 'unit'")).toBe(121);
    // The search index followed: the new name is found, the removed row is not.
    expect(store.codes.search('unit', '公斤(千')[0]?.code).toBe('035');
    expect(store.codes.lookup('unit', '163')).toBeNull();
    expect(count(store, 'SELECT count(*) AS n FROM code_fts')).toBe(count(store, 'SELECT count(*) AS n FROM code_entries'));
    store.close();
  });

  it('fails loudly on a corrupt seed file, naming it, and changes nothing', () => {
    const profileDir = tempProfile();
    const seedsDir = tempSeeds();
    const store = Store.open({ profileDir, seedsDir });
    const before = count(store, 'SELECT count(*) AS n FROM code_entries');
    writeFileSync(join(seedsDir, 'codes', 'unit.json'), '{"table": "unit", "version": "2099.2", "entries": [');
    expect(() => loadSeeds(store.db, seedsDir, { strict: true })).toThrow(SeedLoadError);
    expect(() => loadSeeds(store.db, seedsDir, { strict: true })).toThrow(/codes\/unit\.json/);
    expect(unitName(store, '035')).toBe('千克');
    expect(seedVersion(store, 'codes/unit.json')).toBe('2025.1');
    expect(count(store, 'SELECT count(*) AS n FROM code_entries')).toBe(before);
    store.close();
  });

  it('rolls back a file that fails half-way through (a duplicate code) and keeps the previous rows', () => {
    const profileDir = tempProfile();
    const seedsDir = tempSeeds();
    Store.open({ profileDir, seedsDir }).close();
    editJson(join(seedsDir, 'codes', 'trade-mode.json'), (t) => {
      t.version = '2099.3';
      const entries = t.entries as { code: string; nameZh: string }[];
      entries.push({ ...entries[0], nameZh: '重复的一般贸易' } as { code: string; nameZh: string });
    });
    let caught: unknown;
    const store = Store.open({ profileDir, seedsDir: null });
    try {
      loadSeeds(store.db, seedsDir, { strict: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SeedLoadError);
    const problems = (caught as SeedLoadError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'codes/trade-mode.json' });
    expect(problems[0]?.messageEn).toMatch(/0110/);
    expect(seedVersion(store, 'codes/trade-mode.json')).toBe('2025.1');
    expect(store.codes.lookup('trade-mode', '0110')?.nameZh).toBe('一般贸易');
    store.close();
  });

  it('rejects a file that does not match the schema, and one named for another table', () => {
    const profileDir = tempProfile();
    const seedsDir = tempSeeds();
    editJson(join(seedsDir, 'codes', 'fee-mark.json'), (t) => {
      const [first] = t.entries as { code: string }[];
      if (first) first.code = '';
    });
    editJson(join(seedsDir, 'codes', 'brand-type.json'), (t) => {
      t.table = 'unit';
    });
    const store = Store.open({ profileDir, seedsDir });
    const problems = store.codes.status().problems;
    expect(problems.map((p) => p.file).sort()).toEqual(['codes/brand-type.json', 'codes/fee-mark.json']);
    expect(problems.find((p) => p.file === 'codes/brand-type.json')?.messageEn).toContain('declares table "unit"');
    expect(count(store, "SELECT count(*) AS n FROM code_entries WHERE table_id = 'fee-mark'")).toBe(0);
    // The other tables loaded regardless.
    expect(store.codes.lookup('unit', '035')?.nameZh).toBe('千克');
    store.close();
  });

  it('removes the rows of a seed file that is no longer shipped', () => {
    const profileDir = tempProfile();
    const seedsDir = tempSeeds();
    Store.open({ profileDir, seedsDir }).close();
    rmSync(join(seedsDir, 'tariff', 'cn-tariff-test.json'));
    const store = Store.open({ profileDir, seedsDir });
    expect(store.codes.lastLoad?.removed).toEqual(['tariff/cn-tariff-test.json']);
    expect(count(store, 'SELECT count(*) AS n FROM tariff_lines')).toBe(0);
    expect(count(store, 'SELECT count(*) AS n FROM tariff_fts')).toBe(0);
    store.close();
  });

  it('keeps the data when the seeds folder is missing, and reports it through codes.status', async () => {
    const profileDir = tempProfile();
    const seedsDir = tempSeeds();
    new Backend({ profileDir, version: 'test', seedsDir }).close();
    const backend = new Backend({ profileDir, version: 'test', seedsDir: join(seedsDir, 'missing') });
    expect(await backend.call('app.status', {})).toMatchObject({ ok: true, value: { state: 'ready' } });
    const status = await backend.call('codes.status', {});
    if (!status.ok) throw new Error(status.error.messageEn);
    const value = status.value as { problems: { file: string; messageEn: string }[]; seeds: { file: string; version: string }[] };
    expect(value.problems[0]?.messageEn).toMatch(/seeds folder not found/);
    expect(value.seeds.find((s) => s.file === 'codes/unit.json')?.version).toBe('2025.1');
    expect(await backend.call('codes.lookup', { table: 'unit', code: '035' })).toMatchObject({ ok: true, value: { nameZh: '千克' } });
    backend.close();
  });

  it('finds the repository seeds by default', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test' });
    const status = await backend.call('codes.status', {});
    if (!status.ok) throw new Error(status.error.messageEn);
    const value = status.value as { seedsDir: string | null; problems: unknown[]; seeds: unknown[] };
    expect(value.seedsDir).toMatch(/seeds$/);
    expect(value.problems).toEqual([]);
    expect(value.seeds.length).toBeGreaterThanOrEqual(codeTableIds.length + 1);
    backend.close();
  });
});
