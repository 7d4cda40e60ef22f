import { z } from 'zod';

/**
 * The commercial invoice (发票, EdocCode 00000001), kept to cross-check the declared totals
 * (rule X-004). Numbers are decimal strings.
 */
const opt = (max: number) => z.string().max(max).optional();

export const InvoiceLineSchema = z.object({
  lineNo: z.number().int().positive(),
  partNo: opt(50),
  description: opt(500),
  hsCode: opt(10),
  itemGNo: opt(9),
  quantity: opt(25),
  unit: opt(20),
  unitPrice: opt(25),
  amount: opt(25),
  currency: opt(3),
  originCountry: opt(3),
});
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>;

export const InvoiceSchema = z.object({
  header: z.object({
    invoiceNo: opt(50),
    invoiceDate: opt(8),
    sellerName: opt(200),
    buyerName: opt(200),
    contractNo: opt(50),
    terms: opt(20),
    currency: opt(3),
    totalAmount: opt(25),
  }),
  lines: z.array(InvoiceLineSchema).optional(),
  declarationId: opt(64),
});
export type Invoice = z.infer<typeof InvoiceSchema>;

export function emptyInvoice(): Invoice {
  return { header: {} };
}

export function invoiceTitle(invoice: Invoice): string {
  return [invoice.header.invoiceNo?.trim(), invoice.header.buyerName?.trim()].filter((p): p is string => Boolean(p)).join(' · ');
}
