import { z } from 'zod';
import { ChargingPartyKind, Currency, IsoDate } from '../model/fees';

/**
 * What an invoice sheet may leave out: a sheet of one invoice often has its number, date and
 * biller above the table; a month's statement has them as columns. A column wins over these.
 */
export const FeeInvoiceDefaultsSchema = z
  .object({
    partyKind: ChargingPartyKind.optional(),
    partyName: z.string().trim().min(1).max(200).optional(),
    uscc: z
      .string()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
      .optional(),
    invoiceNo: z.string().trim().min(1).max(50).optional(),
    invoiceDate: IsoDate.optional(),
    currency: Currency.optional(),
  })
  .strict();
export type FeeInvoiceDefaults = z.infer<typeof FeeInvoiceDefaultsSchema>;
