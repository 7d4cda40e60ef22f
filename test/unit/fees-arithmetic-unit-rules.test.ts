import { describe, expect, it } from 'vitest';
import { box40, exampleLine, exampleTerminal, findingsOf, invoiceOf } from '../fixtures/fees/build';

describe('FEE-008: amount above quantity x unit price', () => {
  it('disputes what the amount adds to quantity x price, forgives a rounded fen, and ignores an amount below', () => {
    const invoice = invoiceOf(exampleTerminal, '2025-03-10', [
      // 3 x 860.00 = 2,580.00 billed as 2,680.00: 100.00 too much.
      { itemName: '港口作业包干费', quantity: '3', unit: 'container', unitPrice: '860.00', amount: '2680.00', ...box40 },
      // 3 x 33.333 = 99.999 -> 100.00 and one fen of rounding: fine.
      { itemName: '港口作业包干费', quantity: '3', unit: 'container', unitPrice: '33.333', amount: '100.01', ...box40 },
      // Below the product: the party's loss, not a finding.
      { itemName: '港口作业包干费', quantity: '2', unit: 'container', unitPrice: '860.00', amount: '1700.00', ...box40 },
    ]);
    expect(findingsOf('FEE-008', [invoice])).toEqual(['FEE-008 dispute 100.00 @1']);
  });
});

describe('FEE-002 and the billed unit', () => {
  it('asks for a look when a line is billed per ton against a per-container rate, instead of comparing the prices', () => {
    const invoice = invoiceOf(exampleTerminal, '2025-03-10', [
      { itemName: '港口作业包干费', quantity: '20', unit: 'ton', unitPrice: '50.00', amount: '1000.00', ...box40 },
      // The same unit: compared as before (860 published, 900 billed: 40.00 over).
      { itemName: '港口作业包干费', quantity: '1', unit: 'container', unitPrice: '900.00', amount: '900.00', ...box40 },
    ]);
    expect(findingsOf('FEE-002', [invoice])).toEqual(['FEE-002 review 1000.00 @1', 'FEE-002 dispute 40.00 @2']);
  });

  it('compares a line that does not say its unit with the rate as before', () => {
    const invoice = invoiceOf(exampleLine, '2025-03-05', [{ itemName: 'D/O FEE', quantity: '1', unitPrice: '300.00', amount: '300.00', ...box40 }]);
    expect(findingsOf('FEE-002', [invoice])).toEqual(['FEE-002 dispute 50.00 @1']);
  });
});
