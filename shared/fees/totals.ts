import { decimal, formatDecimal, sumDecimals, type DecimalValue } from '../model/decimal';
import type { FeeInvoice } from '../model/fees';
import type { FeeFinding } from './engine';
import { partyKey } from './match';

export interface AuditTotals {
  currency: string;
  /** Sum of the invoices' line amounts. */
  invoiced: string;
  /** What the documents show should not have been charged. */
  disputed: string;
  /** What is still to be checked by hand, on lines with nothing disputed. */
  review: string;
  invoices: number;
  disputedLines: number;
}

export interface InvoiceAudit {
  invoice: FeeInvoice;
  findings: FeeFinding[];
  totals: AuditTotals;
}

const largest = (values: readonly string[], cap: DecimalValue): DecimalValue => values.map((v) => decimal(v)).reduce((a, b) => (b.gt(a) ? b : a), decimal(0)).clamp(0, cap);

/**
 * One invoice's totals. A line two rules catch (港建费 off the list and abolished) is counted once,
 * at the larger amount and never above the line itself; review amounts count only where nothing
 * on the line is disputed, so the two totals never overlap.
 */
export function invoiceTotals(invoice: FeeInvoice, findings: readonly FeeFinding[]): AuditTotals {
  let disputed = decimal(0);
  let review = decimal(0);
  let disputedLines = 0;
  for (const line of invoice.lines) {
    const own = findings.filter((f) => f.invoiceId === invoice.id && f.lineNo === line.lineNo);
    const amount = decimal(line.amount);
    const lineDisputed = largest(own.filter((f) => f.severity === 'dispute').map((f) => f.atStake), amount);
    if (lineDisputed.gt(0)) {
      disputed = disputed.plus(lineDisputed);
      disputedLines++;
    } else {
      review = review.plus(largest(own.filter((f) => f.severity === 'review').map((f) => f.atStake), amount));
    }
  }
  return {
    currency: invoice.currency,
    invoiced: formatDecimal(sumDecimals(invoice.lines.map((l) => l.amount)), 2),
    disputed: formatDecimal(disputed, 2),
    review: formatDecimal(review, 2),
    invoices: 1,
    disputedLines,
  };
}

export interface GroupTotals extends AuditTotals {
  key: string;
}

/** Totals summed per key and currency (money in two currencies is never added up). */
function groupTotals(audits: readonly InvoiceAudit[], keyOf: (a: InvoiceAudit) => string): GroupTotals[] {
  const groups = new Map<string, GroupTotals>();
  for (const audit of audits) {
    const key = keyOf(audit);
    const id = `${key}\u0000${audit.totals.currency}`;
    const t = audit.totals;
    const g = groups.get(id);
    if (!g) {
      groups.set(id, { ...t, key });
      continue;
    }
    const add = (a: string, b: string): string => formatDecimal(decimal(a).plus(b), 2);
    groups.set(id, { ...g, invoiced: add(g.invoiced, t.invoiced), disputed: add(g.disputed, t.disputed), review: add(g.review, t.review), invoices: g.invoices + 1, disputedLines: g.disputedLines + t.disputedLines });
  }
  return [...groups.values()].sort((a, b) => (a.key === b.key ? a.currency.localeCompare(b.currency) : a.key.localeCompare(b.key)));
}

export const totalsByParty = (audits: readonly InvoiceAudit[]): GroupTotals[] => groupTotals(audits, (a) => partyKey(a.invoice.party));

/** Per calendar month of the invoice date (yyyy-MM). */
export const totalsByMonth = (audits: readonly InvoiceAudit[]): GroupTotals[] => groupTotals(audits, (a) => a.invoice.invoiceDate.slice(0, 7));
