import { describe, expect, it } from 'vitest';
import { auditInvoices } from '../../shared/fees';
import { audit, box20, box40, brief, exampleLine, exampleTerminal, findingsOf, invoiceOf } from '../fixtures/fees/build';
import { seededContext } from '../fixtures/fees/seeds';

const only = (ruleId: string, invoices: Parameters<typeof audit>[0]): string[] => findingsOf(ruleId, invoices);

const portConstruction = (date: string, trade: 'foreign' | 'domestic' = 'foreign') =>
  invoiceOf(exampleTerminal, date, [{ itemName: '港口建设费', unitPrice: '64.00', serviceDate: date, ...box20, trade }]);

describe('FEE-003 charged after abolition or while exempt', () => {
  it('lets the port construction fee through on 2020-12-31 and disputes it from 2021-01-01 [S36]', () => {
    expect(only('FEE-003', [portConstruction('2020-12-31')])).toEqual([]);
    expect(only('FEE-003', [portConstruction('2021-01-01')])).toEqual(['FEE-003 dispute 64.00 @1']);
    expect(audit([portConstruction('2021-01-01')]).findings[0]?.sources).toEqual(['S36']);
  });

  it('asks for a review during the 2020 waiver on foreign-trade cargo only (its start date is unverified)', () => {
    expect(only('FEE-003', [portConstruction('2020-02-29')])).toEqual([]);
    expect(only('FEE-003', [portConstruction('2020-03-01')])).toEqual(['FEE-003 review 64.00 @1']);
    expect(only('FEE-003', [portConstruction('2020-06-30')])).toEqual(['FEE-003 review 64.00 @1']);
    expect(only('FEE-003', [portConstruction('2020-07-01')])).toEqual([]);
    expect(only('FEE-003', [portConstruction('2020-05-01', 'domestic')])).toEqual([]);
  });

  it('uses the invoice date when a line has no service date', () => {
    const undated = (invoiceDate: string) => invoiceOf(exampleTerminal, invoiceDate, [{ itemName: '港建费', unitPrice: '96.00', ...box40 }]);
    expect(only('FEE-003', [undated('2020-12-31')])).toEqual([]);
    expect(only('FEE-003', [undated('2021-01-01')])).toEqual(['FEE-003 dispute 96.00 @1']);
  });
});

describe('FEE-005 government-priced item with a mark-up', () => {
  const dues = (unitPrice: string, quantity = '1') => invoiceOf(exampleLine, '2025-03-05', [{ itemName: '货物港务费', quantity, unitPrice, amount: unitPrice, ...box40 }]);

  it('passes the state rate and flags a cent above it, as a review while the rates are unverified [G]', () => {
    expect(only('FEE-005', [dues('40.80')])).toEqual([]);
    expect(only('FEE-005', [dues('40.81')])).toEqual(['FEE-005 review 0.01 @1']);
  });

  it('disputes the mark-up once the rate is verified, at excess times quantity', () => {
    const ctx = seededContext();
    const verified = { ...ctx, regulations: ctx.regulations.map((r) => (r.code === 'CARGO-PORT-DUES' ? { ...r, unverified: false } : r)) };
    const [result] = auditInvoices([dues('44.80', '2')], verified);
    expect(result?.findings.map(brief)).toEqual(['FEE-005 dispute 8.00 @1']);
    expect(result?.findings[0]?.sources).toEqual(['S34', 'S37', 'G']);
  });

  it('prices the security fee by the state only until 2022-03-31', () => {
    const security = (date: string) => invoiceOf(exampleLine, date, [{ itemName: '港口设施保安费', unitPrice: '15.00', serviceDate: date, ...box40 }]);
    expect(only('FEE-005', [security('2022-03-31')])).toEqual(['FEE-005 review 3.00 @1']);
    expect(only('FEE-005', [security('2022-04-01')])).toEqual([]);
  });
});
