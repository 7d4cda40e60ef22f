import { describe, expect, it } from 'vitest';
import { audit, box20, box40, brief, exampleLine, exampleTerminal, findingsOf, invoiceOf } from '../fixtures/fees/build';

const lumpSum = (date: string, box: typeof box40 | typeof box20 = box40) => ({ itemName: '港口作业包干费', unitPrice: box === box40 ? '860.00' : '560.00', serviceDate: date, ...box });
const fee004 = (invoices: Parameters<typeof audit>[0]): string[] => findingsOf('FEE-004', invoices);

describe('FEE-004 billed separately although inside the lump sum', () => {
  it('takes the security fee into the lump sum from 2022-04-01, not the day before [S37]', () => {
    const security = (date: string) => invoiceOf(exampleTerminal, date, [lumpSum(date), { itemName: '保安费', unitPrice: '12.00', serviceDate: date, ...box40 }]);
    expect(fee004([security('2022-03-31')])).toEqual([]);
    expect(fee004([security('2022-04-01')])).toEqual(['FEE-004 dispute 12.00 @2']);
  });

  it('disputes lashing and inspection handling beside the lump sum on the same box, whatever the date', () => {
    const inv = invoiceOf(exampleTerminal, '2020-06-01', [lumpSum('2020-06-01'), { itemName: '绑扎费', unitPrice: '45.00', ...box40 }, { itemName: '查验吊箱费', unitPrice: '200.00', ...box40 }]);
    expect(fee004([inv])).toEqual(['FEE-004 dispute 45.00 @2', 'FEE-004 dispute 200.00 @3']);
  });

  it('needs the lump sum on the same box, from the same party', () => {
    const otherBox = invoiceOf(exampleTerminal, '2025-03-08', [lumpSum('2025-03-08', box20), { itemName: '绑扎费', unitPrice: '45.00', ...box40 }]);
    expect(fee004([otherBox])).toEqual([]);
    const otherParty = [invoiceOf(exampleLine, '2025-03-08', [lumpSum('2025-03-08')]), invoiceOf(exampleTerminal, '2025-03-08', [{ itemName: '绑扎费', unitPrice: '45.00', ...box40 }])];
    expect(fee004(otherParty)).toEqual([]);
  });

  it('finds the lump sum on another invoice of the party, and ties lines without a box by B/L', () => {
    const first = invoiceOf(exampleTerminal, '2025-03-08', [{ itemName: '包干费', unitPrice: '860.00', blNo: 'BL1', trade: 'foreign', load: 'full', containerSize: '40' }]);
    const second = invoiceOf(exampleTerminal, '2025-03-20', [
      { itemName: '移箱费', unitPrice: '80.00', blNo: 'BL1' },
      { itemName: '移箱费', unitPrice: '80.00', blNo: 'BL2' },
    ]);
    const findings = audit([first, second]).findings.filter((f) => f.ruleId === 'FEE-004');
    expect(findings.map(brief)).toEqual(['FEE-004 dispute 80.00 @1']);
    expect(findings[0]?.reference).toEqual({ invoiceId: first.id, invoiceNo: first.invoiceNo, lineNo: 1 });
  });
});
