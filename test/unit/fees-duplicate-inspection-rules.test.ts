import { describe, expect, it } from 'vitest';
import type { InspectionStatus } from '../../shared/model/fees';
import { audit, box40, brief, exampleLine, exampleTerminal, findingsOf, invoiceOf, yardListOf } from '../fixtures/fees/build';

const doc = { itemName: '文件费', unitPrice: '500.00', blNo: 'SHA2025030001', direction: 'import', serviceDate: '2025-03-05' } as const;
const fee006 = (invoices: Parameters<typeof audit>[0]): string[] => findingsOf('FEE-006', invoices);

describe('FEE-006 the same charge twice', () => {
  it('disputes the second of two identical charges, not the first', () => {
    expect(fee006([invoiceOf(exampleLine, '2025-03-05', [doc, { ...doc, itemName: 'DOC' }])])).toEqual(['FEE-006 dispute 500.00 @2']);
  });

  it('finds the repeat on another invoice of the same party', () => {
    const findings = audit([invoiceOf(exampleLine, '2025-03-05', [doc]), invoiceOf(exampleLine, '2025-03-09', [doc])]).findings.filter((f) => f.ruleId === 'FEE-006');
    expect(findings.map((f) => `${f.invoiceId}@${f.lineNo}`)).toHaveLength(1);
    expect(findings[0]?.reference?.lineNo).toBe(1);
  });

  it('is not a repeat when the date, amount, B/L, box or party differ, or when nothing identifies the shipment', () => {
    expect(fee006([invoiceOf(exampleLine, '2025-03-05', [doc, { ...doc, serviceDate: '2025-03-06' }])])).toEqual([]);
    expect(fee006([invoiceOf(exampleLine, '2025-03-05', [doc, { ...doc, unitPrice: '450.00' }])])).toEqual([]);
    expect(fee006([invoiceOf(exampleLine, '2025-03-05', [doc, { ...doc, blNo: 'SHA2025030002' }])])).toEqual([]);
    expect(fee006([invoiceOf(exampleLine, '2025-03-05', [{ ...doc, ...box40, serviceDate: '2025-03-05' }, { ...doc, ...box40, containerNo: 'TGHU1111112', serviceDate: '2025-03-05' }])])).toEqual([]);
    expect(fee006([invoiceOf(exampleLine, '2025-03-05', [doc]), invoiceOf(exampleTerminal, '2025-03-05', [doc])])).toEqual([]);
    const bare = { itemName: '文件费', unitPrice: '500.00' };
    expect(fee006([invoiceOf(exampleLine, '2025-03-05', [bare, bare])])).toEqual([]);
  });
});

describe('FEE-007 inspection handling when the inspection found no problem', () => {
  // A yard that lists inspection handling, so only FEE-007 speaks about these lines.
  const yard = { kind: 'yard', name: '示例查验场站' } as const;
  const yardList = yardListOf(yard, { code: 'INSPECTION-HANDLING', nameZh: '集装箱查验服务费', nameEn: 'Container inspection handling', regime: 'market-published', unit: 'container', rate: '300.00' });
  const run = (status: InspectionStatus | null, declarationId: string | null = 'D-7') => {
    const inv = invoiceOf(yard, '2025-03-10', [{ itemName: '查验费', unitPrice: '300.00', ...(declarationId ? { declarationId } : {}), ...box40 }]);
    return audit([inv], status ? { 'D-7': status } : {}, [yardList]).findings.map(brief);
  };

  it('disputes the charge when the inspection found no problem, and not when it found one', () => {
    expect(run('no-problem')).toEqual(['FEE-007 dispute 300.00 @1']);
    expect(run('problem-found')).toEqual([]);
  });

  it('disputes it when there was no inspection; asks for a review when the result or the declaration is unknown', () => {
    expect(run('not-inspected')).toEqual(['FEE-007 dispute 300.00 @1']);
    expect(run('unknown')).toEqual(['FEE-007 review 300.00 @1']);
    expect(run(null)).toEqual(['FEE-007 review 300.00 @1']);
    expect(run('no-problem', null)).toEqual(['FEE-007 review 300.00 @1']);
  });

  it('applies from the exemption date on (2015-04-17), not the day before', () => {
    const on = (serviceDate: string) => invoiceOf(yard, serviceDate, [{ itemName: '查验费', unitPrice: '300.00', declarationId: 'D-7', serviceDate, ...box40 }]);
    expect(findingsOf('FEE-007', [on('2015-04-16')], { 'D-7': 'no-problem' }, [yardList])).toEqual([]);
    expect(findingsOf('FEE-007', [on('2015-04-17')], { 'D-7': 'no-problem' }, [yardList])).toEqual(['FEE-007 dispute 300.00 @1']);
  });

  it('cites the exemption sources [S40][S41] and names the declaration', () => {
    const inv = invoiceOf(yard, '2025-03-10', [{ itemName: '查验费', unitPrice: '300.00', declarationId: 'D-7', ...box40 }]);
    const [finding] = audit([inv], { 'D-7': 'no-problem' }, [yardList]).findings;
    expect(finding?.sources).toEqual(['S40', 'S41']);
    expect(finding?.messageZh).toContain('D-7');
    expect(finding?.messageEn).toContain('found no problem');
  });
});
