import type Database from 'better-sqlite3';
import { creditTierOn, type CreditTierPeriodSchema } from '../../../shared/model/parties';
import { chinaDateOf } from '../../../shared/metrics/china-time';
import type { z } from 'zod';

/**
 * tracking_chains from tracking_events: one row per declaration with its step times and the
 * dimensions the dashboard breaks down by. The rules are written down in shared/metrics/schema.ts
 * (ChainRow). Called in the same transaction as every change to a document's events, and over
 * everything when a profile is opened for the first time with this migration.
 */
const aggregate = `
SELECT document_id AS documentId,
  MIN(CASE WHEN kind = 'vessel-arrival' THEN at_ms END) AS vesselMs,
  MIN(CASE WHEN kind = 'goods-arrival' THEN at_ms END) AS goodsMs,
  MIN(CASE WHEN kind = 'declared' THEN at_ms END) AS declaredMs,
  MIN(CASE WHEN kind = 'accepted' THEN at_ms END) AS acceptedMs,
  MIN(CASE WHEN kind = 'released' THEN at_ms END) AS releasedMs,
  MAX(CASE WHEN kind = 'gate-out' THEN at_ms END) AS gateOutMs,
  MAX(kind IN ('inspection-ordered', 'inspection-done')) AS inspected,
  MAX(at_ms) AS lastAtMs
FROM tracking_events
WHERE deleted_at IS NULL AND document_id IS NOT NULL`;

interface Aggregate {
  documentId: string;
  vesselMs: number | null;
  goodsMs: number | null;
  declaredMs: number | null;
  acceptedMs: number | null;
  releasedMs: number | null;
  gateOutMs: number | null;
  inspected: number;
  lastAtMs: number;
}

interface HeadFacts {
  direction: 'I' | 'E';
  customMaster: string | null;
  iePort: string | null;
  tradeMode: string | null;
  trafMode: string | null;
  tradeCode: string | null;
  tradeCoScc: string | null;
}

const headQuery = `
SELECT d.direction AS direction,
  json_extract(r.body, '$.data.head.customMaster') AS customMaster,
  json_extract(r.body, '$.data.head.iePort') AS iePort,
  json_extract(r.body, '$.data.head.tradeMode') AS tradeMode,
  json_extract(r.body, '$.data.head.trafMode') AS trafMode,
  json_extract(r.body, '$.data.head.tradeCode') AS tradeCode,
  json_extract(r.body, '$.data.head.tradeCoScc') AS tradeCoScc
FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision
WHERE d.id = ? AND d.kind = 'declaration'`;

type TierPeriods = z.infer<typeof CreditTierPeriodSchema>[];

/** Rewrites the chains of these documents (all documents with events when omitted). */
export function rebuildChains(db: Database.Database, now: Date, documentIds?: readonly string[]): void {
  let rows: Aggregate[];
  if (documentIds) {
    const one = db.prepare(`${aggregate} AND document_id = ? GROUP BY document_id`);
    rows = documentIds.flatMap((id) => one.all(id) as Aggregate[]);
  } else {
    rows = db.prepare(`${aggregate} GROUP BY document_id`).all() as Aggregate[];
  }
  const head = db.prepare(headQuery);
  const lastKind = db.prepare(
    'SELECT kind FROM tracking_events WHERE document_id = ? AND deleted_at IS NULL ORDER BY at_ms DESC, recorded_at DESC LIMIT 1',
  );
  const party = db.prepare(
    `SELECT body FROM library_records WHERE kind = 'party' AND deleted_at IS NULL
       AND (json_extract(body, '$.data.uscc') = ? OR json_extract(body, '$.data.customsCode') = ?) ORDER BY updated_at DESC LIMIT 1`,
  );
  const upsert = db.prepare(`
INSERT INTO tracking_chains (document_id, direction, customs_district, port, trade_mode, transport_mode, consignee_code,
  consignee_tier, inspected, anchor_ms, arrival_ms, declared_ms, accepted_ms, released_ms, gate_out_ms, last_kind, last_at_ms, updated_at)
VALUES (@documentId, @direction, @customsDistrict, @port, @tradeMode, @transportMode, @consigneeCode,
  @consigneeTier, @inspected, @anchorMs, @arrivalMs, @declaredMs, @acceptedMs, @releasedMs, @gateOutMs, @lastKind, @lastAtMs, @updatedAt)
ON CONFLICT (document_id) DO UPDATE SET direction = excluded.direction, customs_district = excluded.customs_district,
  port = excluded.port, trade_mode = excluded.trade_mode, transport_mode = excluded.transport_mode,
  consignee_code = excluded.consignee_code, consignee_tier = excluded.consignee_tier, inspected = excluded.inspected,
  anchor_ms = excluded.anchor_ms, arrival_ms = excluded.arrival_ms, declared_ms = excluded.declared_ms,
  accepted_ms = excluded.accepted_ms, released_ms = excluded.released_ms, gate_out_ms = excluded.gate_out_ms,
  last_kind = excluded.last_kind, last_at_ms = excluded.last_at_ms, updated_at = excluded.updated_at`);
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.documentId);
    const facts = head.get(row.documentId) as HeadFacts | undefined;
    if (!facts) continue;
    // Import: the vessel's arrival (else the goods', for air and road); export: goods in the supervised area (运抵).
    const arrivalMs = facts.direction === 'I' ? (row.vesselMs ?? row.goodsMs) : row.goodsMs;
    const anchorMs = row.declaredMs ?? arrivalMs;
    const consigneeCode = facts.tradeCoScc || facts.tradeCode || null;
    upsert.run({
      documentId: row.documentId,
      direction: facts.direction,
      customsDistrict: facts.customMaster,
      port: facts.iePort,
      tradeMode: facts.tradeMode,
      transportMode: facts.trafMode,
      consigneeCode,
      consigneeTier: consigneeCode && anchorMs !== null ? tierOn(party, facts, anchorMs) : null,
      inspected: row.inspected ? 1 : 0,
      anchorMs,
      arrivalMs,
      declaredMs: row.declaredMs,
      acceptedMs: row.acceptedMs,
      releasedMs: row.releasedMs,
      gateOutMs: row.gateOutMs,
      lastKind: (lastKind.get(row.documentId) as { kind: string } | undefined)?.kind ?? null,
      lastAtMs: row.lastAtMs,
      updatedAt: now.toISOString(),
    });
  }
  // A document whose last event was deleted has no chain any more.
  const forget = db.prepare('DELETE FROM tracking_chains WHERE document_id = ?');
  for (const id of documentIds ?? []) {
    if (!seen.has(id)) forget.run(id);
  }
}

/** The consignee's credit tier on the anchor date (China time), from the party library. */
function tierOn(party: Database.Statement, facts: HeadFacts, anchorMs: number): string | null {
  const record = party.get(facts.tradeCoScc ?? '', facts.tradeCode ?? '') as { body: string } | undefined;
  if (!record) return null;
  const periods = (JSON.parse(record.body) as { data?: { creditTiers?: TierPeriods } }).data?.creditTiers ?? [];
  return creditTierOn(periods, chinaDateOf(anchorMs));
}
