// The audit report flattened into the rows both exports print: one row per finding (with its
// invoice line, rule and link to a declaration) and one row per invoice line (with its status).
// Built once per export, with maps instead of searches, so a month of thousands of lines stays fast.
import type { FeeAuditReport, FeeLineLink, InvoiceAuditReport } from '../../../shared/fees/schema';
import type { FeeInvoice, FeeInvoiceLine } from '../../../shared/model/fees';

type Finding = InvoiceAuditReport['findings'][number];

export interface FindingRow {
  invoice: FeeInvoice;
  line: FeeInvoiceLine;
  finding: Finding;
  link: FeeLineLink | undefined;
}

export interface LineRow {
  invoice: FeeInvoice;
  line: FeeInvoiceLine;
  findings: Finding[];
  link: FeeLineLink | undefined;
  status: 'ok' | 'dispute' | 'review';
}

export interface PartyGroup {
  key: string;
  name: string;
  disputes: FindingRow[];
  reviews: FindingRow[];
}

const lineKey = (invoiceId: string, lineNo: number) => `${invoiceId}\u0000${lineNo}`;

function linesOf(audit: InvoiceAuditReport): Map<number, FeeInvoiceLine> {
  return new Map(audit.invoice.lines.map((l) => [l.lineNo, l]));
}

/** Every finding, in invoice order then line order; the dispute before the review on one line. */
export function findingRows(report: FeeAuditReport): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const audit of report.invoices) {
    const lines = linesOf(audit);
    const links = new Map(audit.links.map((l) => [l.lineNo, l]));
    const ordered = [...audit.findings].sort((a, b) => a.lineNo - b.lineNo || (a.severity === b.severity ? a.ruleId.localeCompare(b.ruleId) : a.severity === 'dispute' ? -1 : 1));
    for (const finding of ordered) {
      const line = lines.get(finding.lineNo);
      if (!line) continue;
      rows.push({ invoice: audit.invoice, line, finding, link: links.get(finding.lineNo) });
    }
  }
  return rows;
}

/** Every invoice line with what the audit says of it: disputed, to review, or nothing to object to. */
export function lineRows(report: FeeAuditReport): LineRow[] {
  const byLine = new Map<string, Finding[]>();
  for (const audit of report.invoices) {
    for (const f of audit.findings) {
      const key = lineKey(f.invoiceId, f.lineNo);
      const list = byLine.get(key);
      if (list) list.push(f);
      else byLine.set(key, [f]);
    }
  }
  return report.invoices.flatMap((audit) => {
    const links = new Map(audit.links.map((l) => [l.lineNo, l]));
    return audit.invoice.lines.map((line): LineRow => {
      const findings = byLine.get(lineKey(audit.invoice.id, line.lineNo)) ?? [];
      const status = findings.some((f) => f.severity === 'dispute') ? 'dispute' : findings.length > 0 ? 'review' : 'ok';
      return { invoice: audit.invoice, line, findings, link: links.get(line.lineNo), status };
    });
  });
}

/** The findings per charging party, in the order of the report's party totals. */
export function partyGroups(report: FeeAuditReport, rows: readonly FindingRow[], keyOf: (invoice: FeeInvoice) => string): PartyGroup[] {
  const groups = new Map<string, PartyGroup>(report.byParty.map((p) => [p.key, { key: p.key, name: p.label, disputes: [], reviews: [] }]));
  for (const row of rows) {
    const key = keyOf(row.invoice);
    let group = groups.get(key);
    if (!group) {
      group = { key, name: row.invoice.party.name, disputes: [], reviews: [] };
      groups.set(key, group);
    }
    (row.finding.severity === 'dispute' ? group.disputes : group.reviews).push(row);
  }
  return [...groups.values()];
}

/** A decimal string as a number for a spreadsheet cell (amounts have 2 places, far inside double precision). */
export const amountNumber = (value: string): number => Number(value);
