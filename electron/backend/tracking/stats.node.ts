import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors';
import type { CodeNames, Name } from '../../../shared/metrics/breakdown-labels';
import { ChainColumnsBuilder, type ChainColumns } from '../../../shared/metrics/chain-columns';
import { chinaDayStartMs, HOUR_MS } from '../../../shared/metrics/china-time';
import { computeDashboard } from '../../../shared/metrics/dashboard';
import { queryPeriods } from '../../../shared/metrics/query-period';
import {
  trsIntervalEnds,
  type BreakdownDimension,
  type ChainTime,
  type Dashboard,
  type DashboardQuery,
  type TrackingDeclarationRow,
  type TrackingDeclarationsInput,
} from '../../../shared/metrics/schema';
import { TrackingEventKind } from '../../../shared/model/tracking';

/** tracking_chains columns per breakdown dimension (months come from the anchor). */
const keyColumns: Record<Exclude<BreakdownDimension, 'month'>, string> = {
  direction: 'c.direction',
  'customs-district': 'c.customs_district',
  port: 'c.port',
  'trade-mode': 'c.trade_mode',
  'transport-mode': 'c.transport_mode',
  tier: 'c.consignee_tier',
  inspected: "CASE WHEN c.inspected THEN 'yes' ELSE 'no' END",
};

const timeColumns: Record<ChainTime, string> = {
  arrivalMs: 'c.arrival_ms',
  declaredMs: 'c.declared_ms',
  acceptedMs: 'c.accepted_ms',
  releasedMs: 'c.released_ms',
  gateOutMs: 'c.gate_out_ms',
};

interface Filter {
  sql: string[];
  params: (string | number)[];
}

/**
 * Chains anchored in [startMs, endMs), of documents not in the recycle bin, with the query's
 * direction and party. Measured on a year of 100,000 chains (test/bench/tracking.bench.ts), so:
 * - the recycle bin is an anti-join on its few ids (`deleted_at > ''` walks documents_by_updated),
 *   not a JOIN that looks every chain's document up (seconds instead of a fraction); and on the
 *   chains' rowids, so that each row is probed with an integer, not its 36-character document id
 *   (the text probe made the anti-join cost ~25 ms of a year's ~150 ms scan; the integer one, ~17);
 * - `+c.anchor_ms` keeps SQLite scanning the narrow chain table in order instead of visiting it
 *   row by row through the anchor index: the scan costs little, handing rows to JS is the cost.
 */
function chainFilter(query: DashboardQuery, startMs: number, endMs: number): Filter {
  const filter: Filter = {
    sql: [
      '+c.anchor_ms >= ?',
      '+c.anchor_ms < ?',
      "c.rowid NOT IN (SELECT t.rowid FROM tracking_chains t WHERE t.document_id IN (SELECT id FROM documents WHERE deleted_at > ''))",
    ],
    params: [startMs, endMs],
  };
  if (query.direction) {
    filter.sql.push('c.direction = ?');
    filter.params.push(query.direction);
  }
  if (query.party) {
    filter.sql.push('c.consignee_code = ?');
    filter.params.push(query.party);
  }
  return filter;
}

type RawChain = [number | null, number | null, number | null, number | null, number | null, number | null, number, string | null];

/** Streams the chains as raw arrays straight into typed columns: no object per row. */
function loadChains(db: Database.Database, query: DashboardQuery, startMs: number, endMs: number): ChainColumns {
  const filter = chainFilter(query, startMs, endMs);
  const key = query.breakdown === 'month' ? 'NULL' : keyColumns[query.breakdown];
  const statement = db
    .prepare(
      `SELECT c.anchor_ms, c.arrival_ms, c.declared_ms, c.accepted_ms, c.released_ms, c.gate_out_ms, c.inspected, ${key}
       FROM tracking_chains c WHERE ${filter.sql.join(' AND ')}`,
    )
    .raw(true);
  const builder = new ChainColumnsBuilder(4096);
  for (const row of statement.iterate(...filter.params) as IterableIterator<RawChain>) {
    builder.push(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]);
  }
  return builder.build();
}

/** Names of the code tables a breakdown shows (关区 names serve both CustomMaster and IEPort). */
function codeNames(db: Database.Database, dimension: BreakdownDimension): CodeNames {
  const table = (id: string): Map<string, Name> => {
    const rows = db.prepare('SELECT code, name_zh, name_en FROM code_entries WHERE table_id = ?').raw(true).all(id) as [string, string, string | null][];
    return new Map(rows.map(([code, zh, en]) => [code, { zh, en: en ?? zh }]));
  };
  const none = new Map<string, Name>();
  return {
    customsDistricts: dimension === 'customs-district' || dimension === 'port' ? table('customs-district') : none,
    tradeModes: dimension === 'trade-mode' ? table('trade-mode') : none,
    transportModes: dimension === 'transport-mode' ? table('transport-mode') : none,
  };
}

/** The dashboard for a period, from tracking_chains. */
export function dashboardFor(db: Database.Database, query: DashboardQuery, now: Date): Dashboard {
  const periods = queryPeriods(query);
  const chains = loadChains(db, query, periods.period.startMs, periods.period.endMs);
  const baselineChains = periods.baseline ? loadChains(db, query, periods.baseline.startMs, periods.baseline.endMs) : null;
  return computeDashboard({ query, chains, baselineChains, names: codeNames(db, query.breakdown), now });
}

/** The standard steps of each direction, in order: what a declaration that lacks one is waiting for. */
const standardSteps: Record<'I' | 'E', readonly [TrackingEventKind, ChainTime][]> = {
  I: [['vessel-arrival', 'arrivalMs'], ['declared', 'declaredMs'], ['accepted', 'acceptedMs'], ['released', 'releasedMs'], ['gate-out', 'gateOutMs']],
  E: [['goods-arrival', 'arrivalMs'], ['declared', 'declaredMs'], ['accepted', 'acceptedMs'], ['released', 'releasedMs']],
};

/** A breakdown row's declarations: the SQL condition for `key` on the query's dimension. */
function keyFilter(dimension: BreakdownDimension, key: string, filter: Filter): void {
  if (dimension === 'month') {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(key)) {
      throw new AppError({ code: 'INVALID_INPUT', field: 'key', messageZh: `月份“${key}”应写作 YYYY-MM。`, messageEn: `The month "${key}" should be written YYYY-MM.` });
    }
    const [y, m] = key.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    filter.sql.push('c.anchor_ms >= ?', 'c.anchor_ms < ?');
    filter.params.push(chinaDayStartMs(`${key}-01`), chinaDayStartMs(next));
  } else if (dimension === 'inspected') {
    filter.sql.push('c.inspected = ?');
    filter.params.push(key === 'yes' ? 1 : 0);
  } else if (key === '') {
    filter.sql.push(`(${keyColumns[dimension]} IS NULL OR ${keyColumns[dimension]} = '')`);
  } else {
    filter.sql.push(`${keyColumns[dimension]} = ?`);
    filter.params.push(key);
  }
}

type RawDeclaration = [string, string, string, string | null, 'I' | 'E', number | null, number | null, number | null, number | null, number | null, string | null, number | null];

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** The declarations behind a figure, newest anchor first. */
export function declarationsFor(db: Database.Database, input: z.output<typeof TrackingDeclarationsInput>): TrackingDeclarationRow[] {
  const { query } = input;
  const periods = queryPeriods(query);
  const filter = chainFilter(query, periods.period.startMs, periods.period.endMs);
  if (input.key !== undefined) keyFilter(query.breakdown, input.key, filter);
  if (input.interval) filter.sql.push(...trsIntervalEnds[input.interval].map((end) => `${timeColumns[end]} IS NOT NULL`));
  if (input.waitingOnly) filter.sql.push('c.released_ms IS NULL');
  const rows = db
    .prepare(
      // The chains first (filtered, newest first, limited), then their documents: a handful of lookups.
      `SELECT c.document_id, d.title, d.client_seq_no, json_extract(r.body, '$.data.head.entryId'), c.direction,
         c.arrival_ms, c.declared_ms, c.accepted_ms, c.released_ms, c.gate_out_ms, c.last_kind, c.last_at_ms
       FROM (SELECT c.* FROM tracking_chains c WHERE ${filter.sql.join(' AND ')} ORDER BY c.anchor_ms DESC, c.document_id LIMIT ?) c
         JOIN documents d ON d.id = c.document_id JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision
       ORDER BY c.anchor_ms DESC, c.document_id`,
    )
    .raw(true)
    .all(...filter.params, input.limit) as RawDeclaration[];
  return rows.map(([documentId, title, clientSeqNo, entryId, direction, arrivalMs, declaredMs, acceptedMs, releasedMs, gateOutMs, lastKind, lastAtMs]) => {
    const times: Record<ChainTime, number | null> = { arrivalMs, declaredMs, acceptedMs, releasedMs, gateOutMs };
    return {
      documentId,
      title,
      clientSeqNo: clientSeqNo || null,
      entryId: entryId || null,
      direction,
      arrivalAt: iso(arrivalMs),
      declaredAt: iso(declaredMs),
      releasedAt: iso(releasedMs),
      overallHours: arrivalMs !== null && releasedMs !== null ? (releasedMs - arrivalMs) / HOUR_MS : null,
      lastEvent: TrackingEventKind.safeParse(lastKind).data ?? null,
      lastEventAt: iso(lastAtMs),
      // The first standard step not done: declared before arrival still awaits the vessel.
      awaiting: standardSteps[direction].find(([, time]) => times[time] === null)?.[0] ?? null,
    };
  });
}
