import type { z } from 'zod';
import type { FeeAuditReport, FeeFindingSchema, FeeLineLink } from '../../../../shared/fees/schema';
import { decimal, formatDecimal } from '../../../../shared/model/decimal';
import type { FeeInvoice, FeeInvoiceLine } from '../../../../shared/model/fees';

export type FeeFinding = z.infer<typeof FeeFindingSchema>;

/** One invoice line that a rule caught, with every finding on it. */
export interface FindingLine {
  invoice: FeeInvoice;
  lineNo: number;
  line: FeeInvoiceLine | undefined;
  link: FeeLineLink | undefined;
  findings: FeeFinding[];
  /** A dispute (money to claim back) or only findings to review. */
  severity: 'dispute' | 'review';
  /** What the line puts at stake: counted once, at its largest finding, never above the line (as the totals count it). */
  atStake: string;
}

function largest(values: readonly string[], cap: string | undefined): string {
  let top = decimal(0);
  for (const v of values) if (decimal(v).gt(top)) top = decimal(v);
  if (cap !== undefined && top.gt(decimal(cap))) top = decimal(cap);
  return formatDecimal(top, 2);
}

/** The shown invoices' caught lines, in invoice and line order. */
export function findingLines(report: FeeAuditReport, invoiceId: string | null): FindingLine[] {
  return report.invoices
    .filter((i) => invoiceId === null || i.invoice.id === invoiceId)
    .flatMap(({ invoice, findings, links }) => {
      const lineNos = [...new Set(findings.map((f) => f.lineNo))].sort((a, b) => a - b);
      return lineNos.map((lineNo) => {
        const own = findings.filter((f) => f.lineNo === lineNo);
        const disputes = own.filter((f) => f.severity === 'dispute');
        const line = invoice.lines.find((l) => l.lineNo === lineNo);
        const counted = disputes.length > 0 ? disputes : own;
        return {
          invoice,
          lineNo,
          line,
          link: links.find((l) => l.lineNo === lineNo),
          // Disputes first: they are what the line is claimed for.
          findings: [...disputes, ...own.filter((f) => f.severity !== 'dispute')],
          severity: disputes.length > 0 ? 'dispute' : 'review',
          atStake: largest(
            counted.map((f) => f.atStake),
            line?.amount,
          ),
        };
      });
    });
}
