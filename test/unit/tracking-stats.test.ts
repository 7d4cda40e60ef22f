import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.node';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { recordEntryId } from '../../electron/backend/sync/entry-id.node';
import { rebuildChains } from '../../electron/backend/tracking/chains.node';
import { dashboardFor, declarationsFor } from '../../electron/backend/tracking/stats.node';
import { AppError } from '../../shared/ipc/errors';
import { DashboardQuery, TrackingDeclarationsInput, type Dashboard, type DashboardQueryInput, type IntervalStats, type TrackingDeclarationRow, type TrsInterval } from '../../shared/metrics/schema';
import type { TrackingEventKind } from '../../shared/model/tracking';
import { validImport } from '../fixtures/declarations';
import { validExport } from '../fixtures/export-declaration';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';

const tempProfile = useTempProfiles();
const NOW = new Date('2026-11-26T12:00:00Z');
const ENTRY_ID = '224820261000000762';
const open: { backend: Backend; db: Database.Database }[] = [];
afterEach(() => {
  for (const { backend, db } of open.splice(0)) {
    db.close();
    backend.close();
  }
});

type Event = [document: string, kind: TrackingEventKind, at: string, container?: string, deleted?: boolean];

/**
 * A real profile: declarations saved through the backend, events written with plain SQL in a
 * scrambled order (a fixed permutation, not time order) on a second connection, chains rebuilt.
 * Times are China time (+08:00) so the hand-computed hours read off directly.
 */
async function profileWithEvents() {
  const profile = tempProfile();
  const backend = syncBackend(profile);
  const imp2Data = validImport();
  imp2Data.head.customMaster = '2225';
  imp2Data.head.iePort = '2225';
  imp2Data.head.tradeCode = '3122240009';
  const ids = {
    imp1: await saveNew(backend, { kind: 'declaration', data: validImport() }),
    imp2: await saveNew(backend, { kind: 'declaration', data: imp2Data }),
    exp1: await saveNew(backend, { kind: 'declaration', data: validExport() }),
    binned: await saveNew(backend, { kind: 'declaration', data: validImport() }),
    october: await saveNew(backend, { kind: 'declaration', data: validImport() }),
  };
  await ok(backend, 'documents.trash', { id: ids.binned });
  const db = new Database(join(profile, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  open.push({ backend, db });
  return { backend, db, ids };
}

type Ids = Awaited<ReturnType<typeof profileWithEvents>>['ids'];

const events = (ids: Ids): Event[] => [
  // imp1: declared 2 h BEFORE the vessel (提前申报), re-lodged later (the first lodgement counts),
  // two vessel arrivals (the earliest counts), released exactly 24 h after arrival, two boxes out
  // (the LAST box counts), inspected, and a deleted manual "released" that must not count.
  [ids.imp1, 'vessel-arrival', '2026-11-10T12:00:00+08:00'],
  [ids.imp1, 'gate-out', '2026-11-11T10:00:00+08:00', 'CSQU3054383'],
  [ids.imp1, 'released', '2026-11-11T08:00:00+08:00'],
  [ids.imp1, 'declared', '2026-11-10T09:00:00+08:00'],
  [ids.imp1, 'inspection-ordered', '2026-11-10T09:30:00+08:00'],
  [ids.imp1, 'released', '2026-11-10T10:00:00+08:00', undefined, true],
  [ids.imp1, 'accepted', '2026-11-10T07:00:00+08:00'],
  [ids.imp1, 'gate-out', '2026-11-11T14:00:00+08:00', 'TGHU1234567'],
  [ids.imp1, 'declared', '2026-11-10T06:00:00+08:00'],
  [ids.imp1, 'vessel-arrival', '2026-11-10T08:00:00+08:00'],
  // imp2 (关区 2225): released 58 h after arrival, not out yet.
  [ids.imp2, 'released', '2026-11-22T10:00:00+08:00'],
  [ids.imp2, 'accepted', '2026-11-20T11:00:00+08:00'],
  [ids.imp2, 'vessel-arrival', '2026-11-20T00:00:00+08:00'],
  [ids.imp2, 'declared', '2026-11-20T10:00:00+08:00'],
  // exp1: export arrival is the goods' arrival (运抵), not a vessel's; accepted, still waiting.
  [ids.exp1, 'accepted', '2026-11-15T09:30:00+08:00'],
  [ids.exp1, 'vessel-arrival', '2026-11-15T01:00:00+08:00'],
  [ids.exp1, 'declared', '2026-11-15T09:00:00+08:00'],
  [ids.exp1, 'goods-arrival', '2026-11-15T08:00:00+08:00'],
  // In the recycle bin: never counted.
  [ids.binned, 'vessel-arrival', '2026-11-12T00:00:00+08:00'],
  [ids.binned, 'declared', '2026-11-12T01:00:00+08:00'],
  [ids.binned, 'released', '2026-11-12T02:00:00+08:00'],
  // Declared on 31 Oct, 23:30 in Shanghai (already 1 Nov nowhere): October, outside the period.
  [ids.october, 'vessel-arrival', '2026-10-31T20:00:00+08:00'],
  [ids.october, 'declared', '2026-10-31T23:30:00+08:00'],
  [ids.october, 'released', '2026-11-01T01:00:00+08:00'],
];

function insertEvents(db: Database.Database, list: Event[]): void {
  const insert = db.prepare(
    `INSERT INTO tracking_events (id, document_id, container_no, kind, at, at_ms, source, source_ref, recorded_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    list.forEach(([document, kind, at, container, deleted], n) => {
      const iso = new Date(at).toISOString();
      insert.run(`ev-${n}`, document, container ?? null, kind, iso, Date.parse(at), deleted ? 'manual' : 'gateway', `test:${n}`, NOW.toISOString(), deleted ? NOW.toISOString() : null);
    });
    rebuildChains(db, NOW);
  })();
}

const stats = (d: { intervals: IntervalStats[] }, interval: TrsInterval) => d.intervals.find((s) => s.interval === interval);
const query = (input: Partial<DashboardQueryInput> = {}) => DashboardQuery.parse({ from: '2026-11-01', to: '2026-11-30', ...input });
const declarations = (db: Database.Database, input: Record<string, unknown>) =>
  declarationsFor(db, TrackingDeclarationsInput.parse({ query: { from: '2026-11-01', to: '2026-11-30' }, ...input }));

describe('the dashboard from a real profile', () => {
  it('builds chains from scrambled events by the documented rules and computes the figures', async () => {
    const { backend, db, ids } = await profileWithEvents();
    insertEvents(db, events(ids));
    const d = await ok<Dashboard>(backend, 'tracking.stats', { from: '2026-11-01', to: '2026-11-30', breakdown: 'customs-district' });
    expect(d).toMatchObject({ declarations: 3, waiting: 1, inspected: 1 });
    // imp1 24 h, imp2 58 h; exp1 not released.
    expect(stats(d, 'arrival-released')).toMatchObject({ count: 2, incomplete: 1, meanH: 41, medianH: 41, minH: 24, maxH: 58, within24: 0.5, within48: 0.5, within72: 1 });
    // imp1 -2 (declared before arrival), exp1 +1 (from goods arrival), imp2 +10.
    expect(stats(d, 'arrival-declared')).toMatchObject({ count: 3, incomplete: 0, meanH: 3, medianH: 1, minH: -2, maxH: 10 });
    // imp1: accepted 07:00 -> released next day 08:00; imp2: 11:00 -> 10:00 two days on.
    expect(stats(d, 'accepted-released')).toMatchObject({ count: 2, incomplete: 1, minH: 25, maxH: 47 });
    // imp1: released 08:00, last box out 14:00.
    expect(stats(d, 'released-gate-out')).toMatchObject({ count: 1, incomplete: 2, meanH: 6 });
    expect(d.breakdown.rows.map((r) => [r.key, r.labelZh, r.labelEn, r.declarations])).toEqual([
      ['2248', '洋山海关', 'Yangshan Customs', 2],
      ['2225', '外港海关', 'Waigang Customs (Waigaoqiao port)', 1],
    ]);
  });

  it('filters by direction and party; the baseline reads its own period', async () => {
    const { db, ids } = await profileWithEvents();
    insertEvents(db, events(ids));
    expect(dashboardFor(db, query({ direction: 'E' }), NOW)).toMatchObject({ declarations: 1, waiting: 1 });
    const party = dashboardFor(db, query({ party: '3122240009' }), NOW);
    expect(party.declarations).toBe(1);
    expect(stats(party, 'arrival-released')?.meanH).toBe(58);
    // October's one declaration (declared 23:30 on 31 Oct, released 5 h after arrival) as the baseline.
    const withBaseline = dashboardFor(db, query({ baseline: { from: '2026-10-01', to: '2026-10-31', reduction: 0.2 } }), NOW);
    expect(withBaseline.baseline).toMatchObject({ declarations: 1, overallMeanH: 5, goalH: 4 });
    expect(withBaseline.monthly).toHaveLength(1);
    expect(withBaseline.monthly[0]).toMatchObject({ month: '2026-11', declarations: 3, goalH: 4, gapToGoalH: 37 });
  });

  it('a document taken out of the recycle bin counts again', async () => {
    const { backend, db, ids } = await profileWithEvents();
    insertEvents(db, events(ids));
    await ok(backend, 'documents.restore', { id: ids.binned });
    expect(dashboardFor(db, query(), NOW).declarations).toBe(4);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const { backend } = await profileWithEvents();
    const error = await failure(backend, 'tracking.stats', { from: '2026-11-30', to: '2026-11-01' });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
    expect(error.messageZh).toMatch(/统计期.*2026-11-30/);
    expect(error.messageEn).toMatch(/period.*2026-11-30/);
    const baseline = await failure(backend, 'tracking.declarations', { query: { from: '2026-11-01', to: '2026-11-30', baseline: { from: '2025-12-01', to: '2025-01-01' } } });
    expect(baseline).toMatchObject({ code: 'INVALID_INPUT', field: 'baseline.from' });
  });
});

describe('the declarations behind a figure', () => {
  it('lists newest anchor first with entry id, last event and the step awaited', async () => {
    const { backend, db, ids } = await profileWithEvents();
    insertEvents(db, events(ids));
    recordEntryId(db, ids.imp1, ENTRY_ID, NOW);
    const rows = await ok<TrackingDeclarationRow[]>(backend, 'tracking.declarations', { query: { from: '2026-11-01', to: '2026-11-30' } });
    expect(rows.map((r) => r.documentId)).toEqual([ids.imp2, ids.exp1, ids.imp1]);
    const [imp2, exp1, imp1] = rows;
    expect(imp1).toMatchObject({
      entryId: ENTRY_ID,
      direction: 'I',
      arrivalAt: '2026-11-10T00:00:00.000Z',
      declaredAt: '2026-11-09T22:00:00.000Z',
      releasedAt: '2026-11-11T00:00:00.000Z',
      overallHours: 24,
      lastEvent: 'gate-out',
      lastEventAt: '2026-11-11T06:00:00.000Z',
      awaiting: null,
    });
    expect(imp1?.clientSeqNo).toMatch(/\S/);
    expect(imp1?.title).toMatch(/\S/);
    expect(imp2).toMatchObject({ entryId: null, overallHours: 58, lastEvent: 'released', awaiting: 'gate-out' });
    expect(exp1).toMatchObject({ direction: 'E', arrivalAt: '2026-11-15T00:00:00.000Z', releasedAt: null, overallHours: null, lastEvent: 'accepted', awaiting: 'released' });
  });

  it('narrows to a breakdown row, a complete interval, the waiting ones, a limit', async () => {
    const { db, ids } = await profileWithEvents();
    insertEvents(db, events(ids));
    const idsOf = (rows: TrackingDeclarationRow[]) => rows.map((r) => r.documentId);
    expect(idsOf(declarations(db, { query: { from: '2026-11-01', to: '2026-11-30', breakdown: 'customs-district' }, key: '2225' }))).toEqual([ids.imp2]);
    expect(idsOf(declarations(db, { query: { from: '2026-11-01', to: '2026-11-30', breakdown: 'inspected' }, key: 'yes' }))).toEqual([ids.imp1]);
    expect(idsOf(declarations(db, { query: { from: '2026-11-01', to: '2026-11-30', breakdown: 'direction' }, key: 'E' }))).toEqual([ids.exp1]);
    expect(idsOf(declarations(db, { query: { from: '2026-10-01', to: '2026-11-30' }, key: '2026-10' }))).toEqual([ids.october]);
    expect(idsOf(declarations(db, { query: { from: '2026-11-01', to: '2026-11-30', breakdown: 'tier' }, key: '' }))).toEqual([ids.imp2, ids.exp1, ids.imp1]);
    expect(idsOf(declarations(db, { interval: 'released-gate-out' }))).toEqual([ids.imp1]);
    expect(idsOf(declarations(db, { interval: 'arrival-released' }))).toEqual([ids.imp2, ids.imp1]);
    expect(idsOf(declarations(db, { waitingOnly: true }))).toEqual([ids.exp1]);
    expect(idsOf(declarations(db, { query: { from: '2026-11-01', to: '2026-11-30', party: '3122240009' } }))).toEqual([ids.imp2]);
    expect(idsOf(declarations(db, { limit: 1 }))).toEqual([ids.imp2]);
  });

  it('refuses a month key that is not YYYY-MM, in Chinese and English', async () => {
    const { db, ids } = await profileWithEvents();
    insertEvents(db, events(ids));
    let error: unknown;
    try {
      declarations(db, { key: 'Nov' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'key' });
    expect((error as AppError).messageZh).toContain('月份');
  });
});
