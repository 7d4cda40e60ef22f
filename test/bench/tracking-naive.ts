// The benchmark's baseline and its check: the dashboard's headline figures computed the
// obvious way, from the raw event log, with no tracking_chains and no shared/metrics code.
// Every event is loaded as an object, grouped per declaration in a Map, the chain rules
// applied again, and percentiles taken from Array.sort with a comparator.
import type Database from 'better-sqlite3';

const HOUR = 3_600_000;
const CHINA = 8 * HOUR;

interface EventRow {
  documentId: string;
  kind: string;
  atMs: number;
}

interface HeadRow {
  id: string;
  direction: 'I' | 'E';
  customMaster: string | null;
}

export interface NaiveStats {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
  within24: number | null;
}

export interface NaiveFigures {
  declarations: number;
  waiting: number;
  inspected: number;
  intervals: Record<string, NaiveStats>;
  /** Month (China time) -> [declarations, arrival->release mean]. */
  months: Record<string, [number, number | null]>;
  /** Customs district -> declarations. */
  districts: Record<string, number>;
}

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (rank - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

function describe(values: number[]): NaiveStats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    count: n,
    mean: n ? sorted.reduce((a, b) => a + b, 0) / n : null,
    median: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    min: n ? (sorted[0] as number) : null,
    max: n ? (sorted[n - 1] as number) : null,
    within24: n ? sorted.filter((v) => v <= 24).length / n : null,
  };
}

/** China-time calendar date of an instant, YYYY-MM-DD. */
const chinaDate = (ms: number) => new Date(ms + CHINA).toISOString().slice(0, 10);

export function naiveFigures(db: Database.Database, from: string, to: string): NaiveFigures {
  const events = db.prepare('SELECT document_id AS documentId, kind, at_ms AS atMs FROM tracking_events WHERE deleted_at IS NULL AND document_id IS NOT NULL').all() as EventRow[];
  const heads = db
    .prepare(
      `SELECT d.id, d.direction, json_extract(r.body, '$.data.head.customMaster') AS customMaster
       FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision
       WHERE d.kind = 'declaration' AND d.deleted_at IS NULL`,
    )
    .all() as HeadRow[];
  const headOf = new Map(heads.map((h) => [h.id, h]));
  const byDocument = new Map<string, EventRow[]>();
  for (const e of events) {
    const list = byDocument.get(e.documentId);
    if (list) list.push(e);
    else byDocument.set(e.documentId, [e]);
  }

  const values: Record<string, number[]> = { 'arrival-declared': [], 'declared-accepted': [], 'accepted-released': [], 'released-gate-out': [], 'arrival-released': [] };
  const figures: NaiveFigures = { declarations: 0, waiting: 0, inspected: 0, intervals: {}, months: {}, districts: {} };
  const monthly: Record<string, { declarations: number; overall: number[] }> = {};
  for (const [id, list] of byDocument) {
    const head = headOf.get(id);
    if (!head) continue; // in the recycle bin
    const first = (kind: string) => list.filter((e) => e.kind === kind).reduce<number | null>((m, e) => (m === null || e.atMs < m ? e.atMs : m), null);
    const last = (kind: string) => list.filter((e) => e.kind === kind).reduce<number | null>((m, e) => (m === null || e.atMs > m ? e.atMs : m), null);
    const arrival = head.direction === 'I' ? (first('vessel-arrival') ?? first('goods-arrival')) : first('goods-arrival');
    const declared = first('declared');
    const accepted = first('accepted');
    const released = first('released');
    const gateOut = last('gate-out');
    const anchor = declared ?? arrival;
    if (anchor === null) continue;
    const day = chinaDate(anchor);
    if (day < from || day > to) continue;
    figures.declarations++;
    if (released === null) figures.waiting++;
    if (list.some((e) => e.kind === 'inspection-ordered' || e.kind === 'inspection-done')) figures.inspected++;
    const month = day.slice(0, 7);
    const inMonth = (monthly[month] ??= { declarations: 0, overall: [] });
    inMonth.declarations++;
    const district = head.customMaster ?? '';
    figures.districts[district] = (figures.districts[district] ?? 0) + 1;
    const span = (a: number | null, b: number | null, into: string) => {
      if (a !== null && b !== null) values[into]?.push((b - a) / HOUR);
    };
    span(arrival, declared, 'arrival-declared');
    span(declared, accepted, 'declared-accepted');
    span(accepted, released, 'accepted-released');
    span(released, gateOut, 'released-gate-out');
    span(arrival, released, 'arrival-released');
    if (arrival !== null && released !== null) inMonth.overall.push((released - arrival) / HOUR);
  }
  for (const [interval, list] of Object.entries(values)) figures.intervals[interval] = describe(list);
  for (const [month, m] of Object.entries(monthly)) figures.months[month] = [m.declarations, describe(m.overall).mean];
  return figures;
}
