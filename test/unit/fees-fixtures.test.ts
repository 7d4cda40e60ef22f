import { describe, expect, it } from 'vitest';
import { totalsByMonth, totalsByParty } from '../../shared/fees';
import { audit, brief } from '../fixtures/fees/build';
import { fixtureInspections, fixtureInvoices } from '../fixtures/fees/invoices';

// The fixture set: four invoices with findings and totals worked out by hand (see the comments
// in test/fixtures/fees/invoices.ts), audited together against the shipped seeds.
const { audits } = audit(fixtureInvoices, fixtureInspections);
const byId = new Map(audits.map((a) => [a.invoice.id, a]));
const findingsOf = (id: string): string[] => (byId.get(id)?.findings ?? []).map(brief).sort();

describe('fee audit of the fixture invoices', () => {
  it('finds exactly the known problems on the terminal invoice', () => {
    expect(findingsOf('inv-terminal-march')).toEqual(
      [
        'FEE-002 dispute 40.00 @2',
        'FEE-001 dispute 12.00 @3',
        'FEE-004 dispute 12.00 @3',
        'FEE-001 dispute 150.00 @4',
        'FEE-004 dispute 150.00 @4',
        'FEE-007 dispute 150.00 @4',
        'FEE-005 review 13.60 @5',
        'FEE-003 dispute 64.00 @6',
      ].sort(),
    );
    expect(byId.get('inv-terminal-march')?.totals).toEqual({ currency: 'CNY', invoiced: '1740.40', disputed: '266.00', review: '13.60', invoices: 1, disputedLines: 4 });
  });

  it('finds the over-rate D/O, the repeated DOC and the export-only telex release on the line invoice', () => {
    expect(findingsOf('inv-line-march')).toEqual(['FEE-001 dispute 300.00 @6', 'FEE-002 dispute 50.00 @3', 'FEE-006 dispute 500.00 @5']);
    expect(byId.get('inv-line-march')?.totals).toEqual({ currency: 'CNY', invoiced: '3727.20', disputed: '850.00', review: '0.00', invoices: 1, disputedLines: 3 });
  });

  it('adds cents exactly on the broker invoice (0.10 + 0.20 + 180.00 = 180.30)', () => {
    expect(findingsOf('inv-broker-march')).toEqual(['FEE-001 dispute 180.00 @3', 'FEE-002 dispute 0.10 @4', 'FEE-002 dispute 0.20 @5', 'FEE-003 review 100.00 @2']);
    expect(byId.get('inv-broker-march')?.totals).toEqual({ currency: 'CNY', invoiced: '1080.30', disputed: '180.30', review: '100.00', invoices: 1, disputedLines: 3 });
  });

  it('lets the port construction fee through on 2020-12-31 and disputes it on 2021-01-01', () => {
    expect(findingsOf('inv-terminal-new-year')).toEqual(['FEE-003 dispute 64.00 @2']);
    expect(byId.get('inv-terminal-new-year')?.totals.disputed).toBe('64.00');
  });

  it('sums per charging party and per month', () => {
    expect(totalsByParty(audits).map((t) => [t.key, t.invoices, t.invoiced, t.disputed, t.review])).toEqual([
      ['示例报关有限公司', 1, '1080.30', '180.30', '100.00'],
      ['示例远洋船务有限公司', 1, '3727.20', '850.00', '0.00'],
      ['示例集装箱码头有限公司', 2, '1868.40', '330.00', '13.60'],
    ]);
    expect(totalsByMonth(audits).map((t) => [t.key, t.invoices, t.invoiced, t.disputed, t.review, t.disputedLines])).toEqual([
      ['2021-01', 1, '128.00', '64.00', '0.00', 1],
      ['2025-03', 3, '6547.90', '1296.30', '113.60', 10],
    ]);
  });

  it('says how each line was matched and names the lump sum and the first charge it relies on', () => {
    const terminal = byId.get('inv-terminal-march')?.findings ?? [];
    expect(terminal.find((f) => f.lineNo === 4 && f.ruleId === 'FEE-004')?.match).toEqual({ code: 'INSPECTION-HANDLING', method: 'synonym' });
    expect(terminal.find((f) => f.lineNo === 4 && f.ruleId === 'FEE-004')?.reference).toEqual({ invoiceId: 'inv-terminal-march', invoiceNo: 'T-2025-0301', lineNo: 1 });
    const repeat = byId.get('inv-line-march')?.findings.find((f) => f.ruleId === 'FEE-006');
    expect(repeat?.reference).toEqual({ invoiceId: 'inv-line-march', invoiceNo: 'L-88021', lineNo: 4 });
    expect(repeat?.messageZh).toContain('L-88021 第 4 行');
    expect(terminal.find((f) => f.ruleId === 'FEE-003')?.sources).toEqual(['S36']);
  });
});
