// The tracking benchmark's profile: 100,000 declarations over a year with ~1,000,000 events,
// written with SQL in one transaction each (documents + revisions, then events), seeded so
// every run measures the same data.
import type Database from 'better-sqlite3';
import { seededRandom, type Random } from '../../server/simulator/random';
import type { DeclarationDraft } from '../../shared/model/declaration';
import type { TrackingEventKind } from '../../shared/model/tracking';
import { validExport } from '../fixtures/export-declaration';
import { validImport } from '../fixtures/declarations';

const HOUR = 3_600_000;
/** The year of anchors: 1 Dec 2025 .. 30 Nov 2026, China time. */
export const YEAR = { from: '2025-12-01', to: '2026-11-30' } as const;
const YEAR_START_MS = Date.parse('2025-12-01T00:00:00+08:00');
const YEAR_MS = Date.parse('2026-12-01T00:00:00+08:00') - YEAR_START_MS;

const districts = ['2248', '2248', '2248', '2225', '2225', '2233', '2201', '2210', '2218', '2202'];
const tradeModes = ['0110', '0110', '0110', '0110', '0214', '0615', '1210', '1234', '9610', '4561'];
const seaOrAir = ['2', '2', '2', '2', '2', '2', '5', '5', '4', '9'];
const consignees = Array.from({ length: 60 }, (_, i) => `31222${String(40000 + i).padStart(5, '0')}`);

interface Event {
  kind: TrackingEventKind;
  atMs: number;
  container: string | null;
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
/** Exponential with this mean, for waiting times (most short, a long tail). */
const exp = (r: Random, meanH: number) => -Math.log(1 - r()) * meanH * HOUR;
const between = (r: Random, loH: number, hiH: number) => (loH + r() * (hiH - loH)) * HOUR;

type Add = (kind: TrackingEventKind, atMs: number, container?: string | null) => void;

/** How long customs takes, per direction (hours): export clears much faster, as in GACC's figures. */
interface Pace {
  acceptH: [number, number];
  assessH: [number, number];
  dutyShare: number;
  inspectShare: number;
  orderH: [number, number];
  inspectH: [number, number];
  releaseMeanH: number;
  closeH: [number, number];
}

const importPace: Pace = { acceptH: [0.05, 2], assessH: [0.1, 3], dutyShare: 0.6, inspectShare: 0.08, orderH: [0.5, 4], inspectH: [4, 48], releaseMeanH: 6, closeH: [24, 72] };
const exportPace: Pace = { acceptH: [0.02, 1], assessH: [0.05, 1], dutyShare: 0, inspectShare: 0.05, orderH: [0.2, 2], inspectH: [2, 24], releaseMeanH: 1.5, closeH: [24, 96] };

/** Acceptance to closing; release waits for the goods and any inspection. Returns the release time. */
function clearance(r: Random, add: Add, declared: number, arrival: number, pace: Pace): number {
  const accepted = declared + between(r, ...pace.acceptH);
  add('accepted', accepted);
  add('assessed', accepted + between(r, ...pace.assessH));
  if (r() < pace.dutyShare) add('duty-payable', accepted + between(r, 0.2, 4));
  let ready = Math.max(accepted, arrival);
  if (r() < pace.inspectShare) {
    const ordered = accepted + between(r, ...pace.orderH);
    add('inspection-ordered', ordered);
    ready = Math.max(ready, ordered + between(r, ...pace.inspectH));
    add('inspection-done', ready);
  }
  const released = ready + exp(r, pace.releaseMeanH);
  add('released', released);
  add('closed', released + between(r, ...pace.closeH));
  return released;
}

/** One declaration's events in the order they would happen; the caller drops those after `now`. */
function importEvents(r: Random, anchorMs: number, containers: string[]): Event[] {
  const out: Event[] = [];
  const add: Add = (kind, atMs, container = null) => out.push({ kind, atMs, container });
  // 15% declared before the vessel arrives (提前申报); otherwise some hours after.
  const declared = anchorMs;
  const arrival = r() < 0.15 ? declared + between(r, 1, 48) : declared - exp(r, 14);
  if (r() > 0.02) add('vessel-arrival', arrival); // 2%: the arrival never reached this desktop
  if (r() < 0.1) add('vessel-arrival', arrival + between(r, 0.5, 6)); // a later berth report
  add('discharge', arrival + between(r, 2, 10));
  add('declared', declared);
  if (r() < 0.03) add('declared', declared + between(r, 1, 6)); // re-lodged after a return
  const released = clearance(r, add, declared, arrival, importPace);
  add('terminal-release', released + between(r, 0.2, 1));
  add('edo-issued', released + between(r, 0.5, 8));
  for (const box of containers) add('gate-out', released + between(r, 2, 96), box);
  return out;
}

function exportEvents(r: Random, anchorMs: number): Event[] {
  const out: Event[] = [];
  const add: Add = (kind, atMs) => out.push({ kind, atMs, container: null });
  const declared = anchorMs;
  const arrival = r() < 0.1 ? declared + between(r, 0.5, 12) : declared - exp(r, 3);
  add('goods-arrival', arrival);
  add('declared', declared);
  clearance(r, add, declared, arrival, exportPace);
  return out;
}

function body(r: Random, direction: 'I' | 'E', n: number): DeclarationDraft {
  const data = direction === 'I' ? validImport() : validExport();
  const district = pick(r, districts);
  data.head.customMaster = district;
  data.head.iePort = r() < 0.8 ? district : pick(r, districts);
  data.head.tradeMode = pick(r, tradeModes);
  data.head.trafMode = pick(r, seaOrAir);
  data.head.tradeCode = pick(r, consignees);
  data.head.billNo = `BENCH${String(n).padStart(9, '0')}`;
  data.head.noteS = `基准 #${n}`;
  return data;
}

export interface ProfileCounts {
  declarations: number;
  inRecycleBin: number;
  events: number;
}

/** Writes the declarations and their events; `now` cuts off what has not happened yet. */
export function fillProfile(db: Database.Database, declarations: number, now: Date): ProfileCounts {
  const r = seededRandom('tracking-bench');
  const nowIso = now.toISOString();
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, kind, status, title, client_seq_no, direction, revision, created_at, updated_at, deleted_at)
     VALUES (?, 'declaration', 'submitted', ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insertRevision = db.prepare('INSERT INTO revisions (document_id, revision, body, saved_at) VALUES (?, 1, ?, ?)');
  const insertEvent = db.prepare(
    `INSERT INTO tracking_events (id, document_id, container_no, kind, at, at_ms, source, source_ref, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let events = 0;
  let inRecycleBin = 0;
  db.transaction(() => {
    for (let n = 0; n < declarations; n++) {
      const id = `bench-dec-${String(n).padStart(6, '0')}`;
      const direction = r() < 0.6 ? 'I' : 'E';
      const anchorMs = YEAR_START_MS + Math.floor(r() * YEAR_MS);
      const deleted = r() < 0.005;
      if (deleted) inRecycleBin++;
      const data = body(r, direction, n);
      const created = new Date(anchorMs - HOUR).toISOString();
      insertDocument.run(id, `${direction === 'I' ? '进口' : '出口'} ${data.head.billNo}`, `BENCH${String(n).padStart(13, '0')}`, direction, created, created, deleted ? nowIso : null);
      insertRevision.run(id, JSON.stringify({ kind: 'declaration', data }), created);
      const boxes = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, b) => `BNCU${String(n * 3 + b).padStart(7, '0')}`);
      const list = direction === 'I' ? importEvents(r, anchorMs, boxes) : exportEvents(r, anchorMs);
      list.forEach((e, k) => {
        if (e.atMs > now.getTime()) return;
        const at = new Date(Math.round(e.atMs));
        insertEvent.run(`ev-${n}-${k}`, id, e.container, e.kind, at.toISOString(), at.getTime(), e.kind.startsWith('vessel') || e.kind === 'gate-out' ? 'gateway' : 'receipt', `${id}:${k}`, at.toISOString());
        events++;
      });
    }
  })();
  return { declarations, inRecycleBin, events };
}
