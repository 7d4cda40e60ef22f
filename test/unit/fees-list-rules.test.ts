import { describe, expect, it } from 'vitest';
import { matchItem, normalizeFeeName } from '../../shared/fees';
import { FeeInvoiceLineSchema } from '../../shared/model/fees';
import { audit, box20, box40, brief, exampleBroker, exampleLine, exampleTerminal, findingsOf, invoiceOf, listWithItems, yardListOf } from '../fixtures/fees/build';
import { loadFeeCatalogue } from '../fixtures/fees/seeds';

const only = (ruleId: string, invoices: Parameters<typeof audit>[0], extra: Parameters<typeof audit>[2] = []): string[] => findingsOf(ruleId, invoices, {}, extra);

describe('matching billed names to list items', () => {
  const names = loadFeeCatalogue().names;
  const line = (itemName: string, itemCode?: string) => FeeInvoiceLineSchema.parse({ lineNo: 1, itemName, itemCode, quantity: '1', unitPrice: '1', amount: '1' });

  it('takes the code first, then the name, then a synonym, and says which', () => {
    expect(matchItem(line('whatever', 'thc'), [], names)).toEqual({ code: 'THC', method: 'code' });
    expect(matchItem(line('码头操作费'), [], names)).toEqual({ code: 'THC', method: 'name' });
    expect(matchItem(line('码头作业费'), [], names)).toEqual({ code: 'THC', method: 'synonym' });
    expect(matchItem(line('Terminal Handling Charge'), [], names)).toEqual({ code: 'THC', method: 'name' });
  });

  it('ignores width, case, spaces and punctuation but does not guess near misses', () => {
    expect(normalizeFeeName('Ｔ.Ｈ.Ｃ ')).toBe('thc');
    expect(matchItem(line('Ｔ.Ｈ.Ｃ'), [], names)).toEqual({ code: 'THC', method: 'synonym' });
    expect(matchItem(line('码头操作附加费'), [], names)).toBeNull();
    // A party's own wording wins over the catalogue's.
    const own = yardListOf({ kind: 'yard', name: 'Y' }, { code: 'Y-LIFT', nameZh: '吊箱费', nameEn: 'Lift', synonyms: ['查验费'], regime: 'market-published', unit: 'container', rate: '100' });
    expect(matchItem(line('查验费'), [own], names)).toEqual({ code: 'Y-LIFT', method: 'synonym' });
    expect(matchItem(line('查验费'), [], names)).toEqual({ code: 'INSPECTION-HANDLING', method: 'synonym' });
    // An unknown code falls back to the name.
    expect(matchItem(line('港建费', 'X-99'), [], names)).toEqual({ code: 'PORT-CONSTRUCTION', method: 'synonym' });
  });
});

describe('FEE-001 item not on the list in force', () => {
  it('disputes an item the party does not list, and passes one it does', () => {
    const inv = invoiceOf(exampleBroker, '2025-03-12', [
      { itemName: '报关费', unitPrice: '250.00', declarationId: 'D-9' },
      { itemName: '加急费', unitPrice: '120.50', declarationId: 'D-9' },
    ]);
    expect(only('FEE-001', [inv])).toEqual(['FEE-001 dispute 120.50 @2']);
  });

  it('checks the list dates on both sides (broker list 2024-01-01 to 2026-12-31)', () => {
    const on = (date: string) => invoiceOf(exampleBroker, date, [{ itemName: '报关费', unitPrice: '250.00', serviceDate: date }]);
    expect(only('FEE-001', [on('2024-01-01'), on('2026-12-31')])).toEqual([]);
    expect(only('FEE-001', [on('2023-12-31')])).toEqual(['FEE-001 review 250.00 @1']);
    expect(only('FEE-001', [on('2027-01-01')])).toEqual(['FEE-001 review 250.00 @1']);
  });

  it('only asks for the list when none of the party was imported', () => {
    const inv = invoiceOf({ kind: 'yard', name: '某堆场' }, '2025-03-01', [{ itemName: '堆存费', unitPrice: '30.00' }]);
    const findings = audit([inv]).findings;
    expect(findings.map(brief)).toEqual(['FEE-001 review 0.00 @1']);
    expect(findings[0]?.messageZh).toContain('尚未导入「某堆场」');
  });

  it('disputes a listed item billed under conditions the list does not price, in both directions', () => {
    const doFee = (direction: 'import' | 'export') => invoiceOf(exampleLine, '2025-03-05', [{ itemName: '换单费', unitPrice: '250.00', ...box40, direction }]);
    expect(only('FEE-001', [doFee('import')])).toEqual([]);
    expect(only('FEE-001', [doFee('export')])).toEqual(['FEE-001 dispute 250.00 @1']);
    // THC has no 45' rate on the example line's list.
    const thc45 = invoiceOf(exampleLine, '2025-03-05', [{ itemName: 'THC', unitPrice: '1250.00', ...box40, containerSize: '45' }]);
    expect(only('FEE-001', [thc45])).toEqual(['FEE-001 dispute 1250.00 @1']);
  });

  it('leaves state charges (货物港务费) and abolished items to their own rules', () => {
    const inv = invoiceOf(exampleLine, '2025-03-05', [
      { itemName: '货物港务费', unitPrice: '27.20', ...box20 },
      { itemName: '港建费', unitPrice: '64.00', ...box20 },
    ]);
    expect(only('FEE-001', [inv])).toEqual([]);
  });
});

describe('FEE-002 rate above the published rate', () => {
  it('charges the excess times the quantity, in exact decimals', () => {
    const inv = invoiceOf(exampleLine, '2025-03-05', [
      { itemName: 'THC', quantity: '3', unitPrice: '850.10', amount: '2550.30', ...box20 },
      { itemName: 'THC', quantity: '3', unitPrice: '850.00', amount: '2550.00', ...box20 },
    ]);
    expect(only('FEE-002', [inv])).toEqual(['FEE-002 dispute 0.30 @1']);
  });

  it('prices reefer and general boxes apart, both ways', () => {
    const thc = (containerType: 'general' | 'reefer', unitPrice: string) => invoiceOf(exampleLine, '2025-03-05', [{ itemName: 'THC', unitPrice, ...box20, containerType }]);
    expect(only('FEE-002', [thc('reefer', '950.00')])).toEqual([]);
    expect(only('FEE-002', [thc('general', '950.00')])).toEqual(['FEE-002 dispute 100.00 @1']);
  });

  it('gives the party the highest rate a line leaves open', () => {
    const open = (unitPrice: string) => invoiceOf(exampleLine, '2025-03-05', [{ itemName: '换单费', unitPrice, direction: 'import' }]);
    expect(only('FEE-002', [open('250.00')])).toEqual([]);
    expect(only('FEE-002', [open('260.00')])).toEqual(['FEE-002 dispute 10.00 @1']);
  });

  it('only asks for a review when the published rate is unverified', () => {
    const yard = { kind: 'yard', name: '示例堆场' } as const;
    const list = yardListOf(yard, { code: 'STORAGE', nameZh: '堆存费', nameEn: 'Storage', regime: 'market-published', unit: 'day', rate: '10.00', unverified: true, sources: ['G'] });
    const inv = invoiceOf(yard, '2025-03-05', [{ itemName: '堆存费', quantity: '4', unitPrice: '12.50', amount: '50.00' }]);
    expect(only('FEE-002', [inv], [list])).toEqual(['FEE-002 review 10.00 @1']);
  });

  it('follows a rate change on the list: the old rate until 2025-06-30, the new one from 2025-07-01', () => {
    const yard = { kind: 'yard', name: '示例堆场' } as const;
    const storage = { nameZh: '堆存费', nameEn: 'Storage', regime: 'market-published', unit: 'day' } as const;
    const list = listWithItems(yard, [
      { ...storage, code: 'STORAGE', rate: '10.00', validTo: '2025-06-30' },
      { ...storage, code: 'STORAGE', rate: '12.00', validFrom: '2025-07-01' },
    ]);
    const day = (serviceDate: string) => invoiceOf(yard, '2025-07-05', [{ itemName: '堆存费', quantity: '5', unitPrice: '12.00', amount: '60.00', serviceDate }]);
    expect(only('FEE-002', [day('2025-06-30')], [list])).toEqual(['FEE-002 dispute 10.00 @1']);
    expect(only('FEE-002', [day('2025-07-01')], [list])).toEqual([]);
  });

  it('does not compare rates in another currency', () => {
    const inv = { ...invoiceOf(exampleTerminal, '2025-03-05', [{ itemName: '包干费', unitPrice: '900.00', ...box40 }]), currency: 'USD' };
    expect(only('FEE-002', [inv])).toEqual([]);
  });
});
