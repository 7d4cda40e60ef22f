import type Database from 'better-sqlite3';
import { auditInvoices, feeRules } from '../../../shared/fees/audit';
import { sameParty, partyKey } from '../../../shared/fees/match';
import { totalsByMonth, totalsByParty, type AuditTotals } from '../../../shared/fees/totals';
import type { FeeAuditQuery, FeeAuditReport } from '../../../shared/fees/schema';
import { decimal, formatDecimal } from '../../../shared/model/decimal';
import type { FeeCatalogueFile, FeeInvoice, FeeList } from '../../../shared/model/fees';
import { linkInvoices } from './line-links.node';

/** Totals over everything, one row per currency. */
function overallTotals(totals: readonly AuditTotals[]): AuditTotals[] {
  const byCurrency = new Map<string, AuditTotals>();
  const add = (a: string, b: string) => formatDecimal(decimal(a).plus(b), 2);
  for (const t of totals) {
    const g = byCurrency.get(t.currency);
    byCurrency.set(
      t.currency,
      g
        ? { ...g, invoiced: add(g.invoiced, t.invoiced), disputed: add(g.disputed, t.disputed), review: add(g.review, t.review), invoices: g.invoices + t.invoices, disputedLines: g.disputedLines + t.disputedLines }
        : { ...t },
    );
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export interface AuditInputs {
  lists: readonly FeeList[];
  invoices: readonly FeeInvoice[];
  catalogue: FeeCatalogueFile;
}

/**
 * The audit of a period: invoices tied to declarations (B/L, container), the inspection result
 * of each from the tracking events, every rule run over the batch, and the totals per invoice,
 * party, month and currency. Pure reading: nothing is written. `lines`: every line (the
 * exports), or only those a finding concerns (the screen).
 */
export function auditReport(db: Database.Database, query: FeeAuditQuery, inputs: AuditInputs, now: Date, lines: 'all' | 'caught' = 'all'): FeeAuditReport {
  const chosen = inputs.invoices.filter((i) => (!query.partyKey || partyKey(i.party) === query.partyKey) && (!query.invoiceIds || query.invoiceIds.includes(i.id)));
  const { invoices, links, inspections } = linkInvoices(db, chosen);
  const declarationTitles = Object.fromEntries([...links.values()].flat().map((l) => [l.declarationId, l.declarationTitle]));
  const audits = auditInvoices(invoices, { lists: inputs.lists, names: inputs.catalogue.names, regulations: inputs.catalogue.regulations, inspections, declarationTitles });
  const partyNames = new Map(invoices.map((i) => [partyKey(i.party), i.party.name]));
  const cited = new Set(audits.flatMap((a) => a.findings.flatMap((f) => f.sources)));
  return {
    query,
    generatedAt: now.toISOString(),
    invoices: audits.map(({ invoice, findings, totals }) => {
      const caught = new Set(findings.map((f) => f.lineNo));
      const carried = (lineNo: number) => lines === 'all' || caught.has(lineNo);
      return {
        invoice: { id: invoice.id, party: invoice.party, invoiceNo: invoice.invoiceNo, invoiceDate: invoice.invoiceDate, currency: invoice.currency, lineCount: invoice.lines.length, lines: invoice.lines.filter((l) => carried(l.lineNo)) },
        findings,
        totals,
        links: (links.get(invoice.id) ?? []).filter((l) => carried(l.lineNo)),
      };
    }),
    byParty: totalsByParty(audits).map((t) => ({ ...t, label: partyNames.get(t.key) ?? t.key })),
    byMonth: totalsByMonth(audits).map((t) => ({ ...t, label: t.key })),
    overall: overallTotals(audits.map((a) => a.totals)),
    rules: feeRules.map((r) => ({ id: r.id, titleZh: r.titleZh, titleEn: r.titleEn })),
    sources: inputs.catalogue.sources.filter((s) => cited.has(s.id)),
    usesExampleLists: invoices.some((i) => inputs.lists.some((l) => l.example && sameParty(l.party, i.party))),
  };
}
