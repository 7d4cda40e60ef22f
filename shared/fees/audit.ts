import type { FeeInvoice } from '../model/fees';
import { runFeeRules, type FeeAuditContext, type FeeFinding, type FeeRule } from './engine';
import { aboveListRateRule, notOnListRule } from './rules-list';
import { amountAboveQuantityTimesPriceRule } from './rules-arithmetic';
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
  amountAboveQuantityTimesPriceRule,
];

/**
 * Audits a batch of invoices together (a repeat or a lump sum may sit on another invoice of the
 * same party) and reports per invoice, in the order given.
 */
export function auditInvoices(invoices: readonly FeeInvoice[], ctx: FeeAuditContext): InvoiceAudit[] {
  const byInvoice = new Map<string, FeeFinding[]>();
  for (const f of runFeeRules(feeRules, invoices, ctx)) {
    const own = byInvoice.get(f.invoiceId);
    if (own) own.push(f);
    else byInvoice.set(f.invoiceId, [f]);
  }
  return invoices.map((invoice) => {
    const own = byInvoice.get(invoice.id) ?? [];
    return { invoice, findings: own, totals: invoiceTotals(invoice, own) };
  });
}
