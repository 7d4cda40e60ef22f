import type Database from 'better-sqlite3';
import type { FeeInvoice, FeeInvoiceLine, InspectionStatus } from '../../../shared/model/fees';
import type { FeeLineLink } from '../../../shared/fees/schema';

interface DeclarationRow {
  id: string;
  title: string;
  client_seq_no: string;
  bill_no: string | null;
  containers: string | null;
}

interface Declarations {
  byId: Map<string, DeclarationRow>;
  byBill: Map<string, DeclarationRow[]>;
  byContainer: Map<string, DeclarationRow[]>;
}

const key = (value: string | undefined | null): string => (value ?? '').replace(/\s+/g, '').toUpperCase();

/** Every live declaration by id, bill of lading and container number, read once per audit. */
function declarations(db: Database.Database): Declarations {
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.client_seq_no, json_extract(r.body, '$.data.head.billNo') AS bill_no,
         json_extract(r.body, '$.data.containers') AS containers
       FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision
       WHERE d.kind = 'declaration' AND d.deleted_at IS NULL`,
    )
    .all() as DeclarationRow[];
  const out: Declarations = { byId: new Map(), byBill: new Map(), byContainer: new Map() };
  const add = (map: Map<string, DeclarationRow[]>, k: string, row: DeclarationRow) => {
    if (k) map.set(k, [...(map.get(k) ?? []), row]);
  };
  for (const row of rows) {
    out.byId.set(row.id, row);
    add(out.byBill, key(row.bill_no), row);
    const containers = row.containers ? (JSON.parse(row.containers) as { containerId?: string }[]) : [];
    for (const c of new Set(containers.map((c) => key(c.containerId)))) add(out.byContainer, c, row);
  }
  return out;
}

/**
 * The declaration a line is about: its own link when that declaration still exists, else the one
 * declaration with its bill of lading, else the one with its container. Two declarations on one
 * B/L or box (a split shipment) link neither: guessing would pin an inspection on the wrong one.
 */
function linkOf(line: FeeInvoiceLine, decs: Declarations): { row: DeclarationRow; by: FeeLineLink['by'] } | null {
  const own = line.declarationId ? decs.byId.get(line.declarationId) : undefined;
  if (own) return { row: own, by: 'declaration' };
  const byBill = line.blNo ? decs.byBill.get(key(line.blNo)) : undefined;
  if (byBill?.length === 1 && byBill[0]) return { row: byBill[0], by: 'bl' };
  const byContainer = line.containerNo ? decs.byContainer.get(key(line.containerNo)) : undefined;
  if (byContainer?.length === 1 && byContainer[0]) return { row: byContainer[0], by: 'container' };
  return null;
}

/**
 * What the tracking events say of a declaration's inspection: an inspection-done event with its
 * outcome decides (a problem anywhere wins); ordered or done without an outcome is not known yet;
 * released with no inspection event at all was not inspected; anything else is not known.
 */
export function inspectionStatuses(db: Database.Database, documentIds: readonly string[]): Record<string, InspectionStatus> {
  // One read for every linked declaration (a month links hundreds), not one query each.
  const rows = db
    .prepare(
      `SELECT document_id AS id, kind, outcome FROM tracking_events
       WHERE deleted_at IS NULL AND kind IN ('inspection-ordered', 'inspection-done', 'released')
         AND document_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(documentIds)) as { id: string; kind: string; outcome: string | null }[];
  const eventsOf = new Map<string, { kind: string; outcome: string | null }[]>();
  for (const row of rows) eventsOf.set(row.id, [...(eventsOf.get(row.id) ?? []), row]);
  const out: Record<string, InspectionStatus> = {};
  for (const id of documentIds) {
    const events = eventsOf.get(id) ?? [];
    const outcomes = events.filter((e) => e.kind === 'inspection-done').map((e) => e.outcome);
    const inspected = events.some((e) => e.kind === 'inspection-ordered' || e.kind === 'inspection-done');
    if (outcomes.includes('problem-found')) out[id] = 'problem-found';
    else if (outcomes.includes('no-problem')) out[id] = 'no-problem';
    else if (inspected) out[id] = 'unknown';
    else if (events.some((e) => e.kind === 'released')) out[id] = 'not-inspected';
    else out[id] = 'unknown';
  }
  return out;
}

/**
 * Ties each invoice line to a declaration where the documents allow, returning the invoices with
 * `declarationId` filled in (what the inspection rule reads), the links to show, and the
 * inspection status of every linked declaration.
 */
export function linkInvoices(
  db: Database.Database,
  invoices: readonly FeeInvoice[],
): { invoices: FeeInvoice[]; links: Map<string, FeeLineLink[]>; inspections: Record<string, InspectionStatus> } {
  const decs = declarations(db);
  const found = invoices.map((invoice) => invoice.lines.map((line) => linkOf(line, decs)));
  const linkedIds = [...new Set(found.flat().flatMap((l) => (l ? [l.row.id] : [])))];
  const inspections = inspectionStatuses(db, linkedIds);
  const links = new Map<string, FeeLineLink[]>();
  const linked = invoices.map((invoice, i) => {
    const own: FeeLineLink[] = [];
    const lines = invoice.lines.map((line, j) => {
      const link = found[i]?.[j];
      if (!link) return line;
      own.push({
        lineNo: line.lineNo,
        declarationId: link.row.id,
        declarationTitle: link.row.title || link.row.client_seq_no,
        by: link.by,
        inspection: inspections[link.row.id] ?? 'unknown',
      });
      return { ...line, declarationId: link.row.id };
    });
    links.set(invoice.id, own);
    return { ...invoice, lines };
  });
  return { invoices: linked, links, inspections };
}
