import type { FeeInvoice } from '../model/fees';
import { runFeeRules, type FeeAuditContext, type FeeRule } from './engine';
import { aboveListRateRule, notOnListRule } from './rules-list';
import { duplicateChargeRule } from './rules-duplicate';
import { insideLumpSumRule } from './rules-lump-sum';
import { inspectionNoProblemRule } from './rules-inspection';
import { abolishedOrExemptRule, governmentPriceMarkUpRule } from './rules-regulation';
import { invoiceTotals, type InvoiceAudit } from './totals';

export const feeRules: readonly FeeRule[] = [
  notOnListRule,
  aboveListRateRule,
  abolishedOrExemptRule,
  insideLumpSumRule,
  governmentPriceMarkUpRule,
  duplicateChargeRule,
  inspectionNoProblemRule,
];

/**
 * Audits a batch of invoices together (a repeat or a lump sum may sit on another invoice of the
 * same party) and reports per invoice, in the order given.
 */
export function auditInvoices(invoices: readonly FeeInvoice[], ctx: FeeAuditContext): InvoiceAudit[] {
  const findings = runFeeRules(feeRules, invoices, ctx);
  return invoices.map((invoice) => {
    const own = findings.filter((f) => f.invoiceId === invoice.id);
    return { invoice, findings: own, totals: invoiceTotals(invoice, own) };
  });
}
