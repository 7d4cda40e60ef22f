import { describe, expect, it } from 'vitest';
import { FeeInvoiceSchema, FeeItemSchema } from '../../shared/model/fees';
import { formatAmount, formatMoney } from '../../renderer/src/areas/fees/fee-format';
import { auditQuery, feePeriod, wholeMonth } from '../../renderer/src/areas/fees/fees-filter-store';
import { emptyLine, invoiceFromDraft } from '../../renderer/src/areas/fees/invoice-draft';
import { includesFrom, withCondition, withDate } from '../../renderer/src/areas/fees/list-draft';

/** The fee screens' own arithmetic and form mapping: what they show and what they send. */
describe('fee screens: money, periods, the hand-entered invoice and list edits', () => {
  it('shows decimal strings grouped, two places, without rounding through a float', () => {
    expect(formatMoney('1296.3')).toBe('1,296.30');
    expect(formatMoney('0.1')).toBe('0.10');
    expect(formatMoney('12345678901234.56')).toBe('12,345,678,901,234.56');
    expect(formatMoney('5')).toBe('5.00');
    expect(formatAmount('860', 'CNY')).toBe('CNY 860.00');
  });

  it('knows a whole month, and refuses a period that ends before it starts', () => {
    expect(wholeMonth('2025-02-01', '2025-02-28')).toBe('2025-02');
    expect(wholeMonth('2024-02-01', '2024-02-28')).toBe('');
    expect(wholeMonth('2024-02-01', '2024-02-29')).toBe('2024-02');
    expect(wholeMonth('2025-03-02', '2025-03-31')).toBe('');
    expect(feePeriod('2025-03-31', '2025-03-01')).toBeNull();
    expect(auditQuery('2025-03-01', '', '')).toEqual({ period: { from: '2025-03-01' } });
    expect(auditQuery('2025-03-01', '2025-03-31', 'abc')).toEqual({ period: { from: '2025-03-01', to: '2025-03-31' }, partyKey: 'abc' });
  });

  it('turns a typed invoice into what the contract takes: unit price from the amount, codes upper-cased, empty fields left out', () => {
    const invoice = invoiceFromDraft(
      {
        partyKind: 'yard',
        partyName: ' 示例堆场 ',
        invoiceNo: 'Y-1',
        invoiceDate: '2025-03-15',
        currency: 'cny',
        lines: [
          { ...emptyLine(), itemName: '港建费', amount: '64.00', blNo: 'sha1', containerNo: 'tghu1111112', containerSize: '20' },
          { ...emptyLine(), itemName: '堆存费', quantity: '3', unitPrice: '16', amount: '48' },
        ],
      },
      'inv-x',
    );
    expect(FeeInvoiceSchema.parse(invoice)).toEqual({
      id: 'inv-x',
      party: { kind: 'yard', name: '示例堆场' },
      invoiceNo: 'Y-1',
      invoiceDate: '2025-03-15',
      currency: 'CNY',
      lines: [
        { lineNo: 1, itemName: '港建费', quantity: '1', unitPrice: '64.00', amount: '64.00', blNo: 'SHA1', containerNo: 'TGHU1111112', containerSize: '20' },
        { lineNo: 2, itemName: '堆存费', quantity: '3', unitPrice: '16', amount: '48' },
      ],
    });
  });

  it('edits a list item as the schema wants it: includes keep their dates, "any" drops a condition, an empty date goes', () => {
    const item = FeeItemSchema.parse({
      code: 'LUMP',
      nameZh: '包干费',
      nameEn: 'Lump sum',
      regime: 'market-published',
      unit: 'container',
      rate: '560',
      conditions: { load: 'full', containerSize: '20' },
      includes: [{ code: 'SECURITY', from: '2022-04-01' }],
      validFrom: '2020-01-01',
    });
    expect(includesFrom('SECURITY、 FUMIGATION, FUMIGATION;INSPECTION', item.includes)).toEqual([{ code: 'SECURITY', from: '2022-04-01' }, { code: 'FUMIGATION' }, { code: 'INSPECTION' }]);
    expect(withCondition(item.conditions, 'load', undefined)).toEqual({ containerSize: '20' });
    expect(withCondition(item.conditions, 'trade', 'foreign')).toEqual({ load: 'full', containerSize: '20', trade: 'foreign' });
    const undated = withDate(item, 'validFrom', '');
    expect('validFrom' in undated).toBe(false);
    expect(FeeItemSchema.parse(withDate(undated, 'validTo', '2026-12-31')).validTo).toBe('2026-12-31');
  });
});
