import type { RejectedRow } from '../../../shared/import/schema';
import { emptyInvoice, InvoiceLineSchema, type Invoice, type InvoiceLine } from '../../../shared/model/invoice';
import { asText, type BuilderFactory, type DocumentLineBuilder } from './line-builder';
import { reject, type RowContext } from './read-row';
import { priced, requireDescription } from './priced';

/**
 * Commercial invoice lines. `currency` is the currency a header names ("UNIT PRICE (USD)"),
 * used for lines when no column gives one.
 */
export function invoiceBuilder(currency?: string): BuilderFactory {
  return (ctx: RowContext): DocumentLineBuilder => {
    const lines: { row: number; line: InvoiceLine }[] = [];
    let totalAmount: string | undefined;
    return {
      output: 'document',
      add(r) {
        const out: RejectedRow[] = [...r.rejected];
        const v = r.values;
        requireDescription(r, ctx, out);
        const line: InvoiceLine = { lineNo: lines.length + 1, ...priced(r, ctx, out) };
        if (v.partNo) line.partNo = v.partNo;
        if (v.description) line.description = v.description;
        if (v.hsCode) line.hsCode = v.hsCode;
        if (v.unit) line.unit = v.unit;
        const cur = v.currency ?? currency;
        if (cur) line.currency = cur;
        if (v.originCountry) line.originCountry = v.originCountry;
        const checked = InvoiceLineSchema.safeParse(line);
        if (!checked.success && out.length === 0) {
          const key = String(checked.error.issues[0]?.path[0] ?? '');
          out.push(reject(ctx, r.row, null, null, `字段 ${key} 过长。`, `Field ${key} is too long.`));
        }
        if (out.length === 0) lines.push({ row: r.row, line });
        return out;
      },
      totals(r) {
        if (r.values.amount) totalAmount = r.values.amount;
      },
      get count() {
        return lines.length;
      },
      sample: (limit) => lines.slice(0, limit).map(({ row, line }) => ({ row, values: asText(line) })),
      body(existing) {
        const base: Invoice = existing?.kind === 'invoice' ? existing.data : emptyInvoice();
        const data: Invoice = { ...base, header: { ...base.header }, lines: lines.map((l) => l.line) };
        const currencies = new Set(data.lines?.map((l) => l.currency));
        const only = currencies.size === 1 ? [...currencies][0] : undefined;
        if (!data.header.currency && only) data.header.currency = only;
        if (totalAmount) data.header.totalAmount = totalAmount;
        return { kind: 'invoice', data };
      },
    };
  };
}
