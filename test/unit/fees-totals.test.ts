import { describe, expect, it } from 'vitest';
import { totalsByMonth, totalsByParty } from '../../shared/fees';
import { audit, box20, exampleBroker, exampleLine, exampleTerminal, invoiceOf } from '../fixtures/fees/build';

describe('fee audit totals', () => {
  it('adds decimal amounts without binary floating point (0.1 + 0.2 = 0.30)', () => {
    const inv = invoiceOf(exampleBroker, '2025-03-12', [
      { itemName: '报关费', unitPrice: '250.10', declarationId: 'D-1' },
      { itemName: '报关费', unitPrice: '250.20', declarationId: 'D-2' },
      { itemName: '报关费', unitPrice: '250.00', declarationId: 'D-3' },
    ]);
    const [result] = audit([inv]).audits;
    expect(result?.totals).toMatchObject({ invoiced: '750.30', disputed: '0.30', review: '0.00', disputedLines: 2 });
  });

  it('counts a line caught by several rules once, at the largest amount, and never counts review on a disputed line', () => {
    // 港建费 after 2021 on a list that lacks it: FEE-003 (64.00); 货物港务费 marked up: review only.
    const inv = invoiceOf(exampleTerminal, '2025-03-08', [
      { itemName: '港建费', unitPrice: '64.00', ...box20 },
      { itemName: '货物港务费', unitPrice: '30.00', ...box20 },
      { itemName: '港口作业包干费', unitPrice: '560.00', ...box20 },
      { itemName: '绑扎费', unitPrice: '45.00', ...box20 },
    ]);
    const [result] = audit([inv]).audits;
    // 绑扎费: FEE-001 (not listed) and FEE-004 (inside the lump sum), both 45.00, counted once.
    expect(result?.findings.filter((f) => f.lineNo === 4).map((f) => f.ruleId)).toEqual(['FEE-001', 'FEE-004']);
    expect(result?.totals).toMatchObject({ invoiced: '699.00', disputed: '109.00', review: '2.80', disputedLines: 2 });
  });

  it('never adds amounts in different currencies together', () => {
    const cny = invoiceOf(exampleLine, '2025-03-05', [{ itemName: 'THC', unitPrice: '900.00', ...box20 }]);
    const usd = { ...invoiceOf(exampleLine, '2025-03-20', [{ itemName: 'THC', unitPrice: '130.00', ...box20 }]), currency: 'USD' };
    const audits = audit([cny, usd]).audits;
    expect(totalsByParty(audits).map((t) => [t.currency, t.invoiced, t.disputed])).toEqual([
      ['CNY', '900.00', '50.00'],
      ['USD', '130.00', '0.00'],
    ]);
    expect(totalsByMonth(audits).map((t) => [t.key, t.currency, t.invoices])).toEqual([
      ['2025-03', 'CNY', 1],
      ['2025-03', 'USD', 1],
    ]);
  });
});
