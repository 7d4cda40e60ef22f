import { describe, expect, it } from 'vitest';
import type { PackingList } from '../../shared/model/packing-list';
import { packingListTotals } from '../../shared/model/packing-totals';
import { packingListRules } from '../../shared/rules/packing-list';
import { noReferenceData, runRules, type Finding } from '../../shared/rules/engine';
import { checkPackingList } from '../../renderer/src/areas/packing-lists/packing-checks';
import { inlineMessages } from '../../renderer/src/areas/editor/validation/inline-messages';
import { keepIfSame } from '../../renderer/src/areas/editor/validation/same-findings';

const finding = (path: string, messageEn: string, ruleId = 'DEC-H-001'): Finding => ({ ruleId, severity: 'error', path, messageZh: `中文:${messageEn}`, messageEn });

describe('inline field messages', () => {
  it('shows the first finding on a path, in the chosen language, once the field holds text', () => {
    const en = inlineMessages([finding('head.billNo', 'first'), finding('head.billNo', 'second'), finding('items.0.gUnit', 'unit')], false);
    expect(en('head.billNo', 'COSU1')).toBe('first');
    expect(en('items.0.gUnit', '999')).toBe('unit');
    expect(inlineMessages([finding('head.billNo', 'first')], true)('head.billNo', 'COSU1')).toBe('中文:first');
  });

  it('stays quiet on empty or untouched fields and on paths without findings', () => {
    const messages = inlineMessages([finding('head.billNo', 'first')], false);
    expect(messages('head.billNo', '')).toBeNull();
    expect(messages('head.billNo', '   ')).toBeNull();
    expect(messages('head.billNo', undefined)).toBeNull();
    expect(messages('head.tradeMode', '0110')).toBeNull();
  });
});

describe('live findings keep their array when nothing changed', () => {
  it('returns the previous array for equal findings and the new one for any difference', () => {
    const previous = [finding('head.billNo', 'a'), finding('items.1.gQty', 'b', 'DEC-I-003')];
    const same = previous.map((f) => ({ ...f }));
    expect(keepIfSame(previous, same)).toBe(previous);
    const reworded = [previous[0] as Finding, { ...(previous[1] as Finding), messageEn: 'c' }];
    expect(keepIfSame(previous, reworded)).toBe(reworded);
    const fewer = previous.slice(1);
    expect(keepIfSame(previous, fewer)).toBe(fewer);
    const moved = [previous[0] as Finding, { ...(previous[1] as Finding), path: 'items.2.gQty' }];
    expect(keepIfSame(previous, moved)).toBe(moved);
  });
});

describe('the packing list check the worker runs', () => {
  const list: PackingList = {
    header: { plNo: 'PL-1' },
    lines: [
      { lineNo: 1, cartonPrefix: 'C', cartonFrom: '1', cartonTo: '20', description: 'T-shirts', piecesPerCarton: '12', netPerCarton: '5', grossPerCarton: '6', lengthCm: '50', widthCm: '40', heightCm: '30' },
      { lineNo: 2, cartons: '3', piecesPerCarton: '100', netPerCarton: '2.5', grossPerCarton: '3' },
    ],
  };

  it('gives the same findings as the rules run directly, and the totals as printed figures', () => {
    const checks = checkPackingList(list);
    expect(checks.findings).toEqual(runRules(packingListRules, list, { phase: 'declare', refs: noReferenceData }));
    expect(checks.findings.length).toBeGreaterThan(0); // line 2 has no description: a finding to compare
    const totals = packingListTotals(list);
    expect(checks.totals).toEqual({
      cartons: '23',
      pieces: '540',
      netKg: '107.5',
      grossKg: '129',
      cbm: totals.cbm.toDecimalPlaces(3).toFixed(),
      incompleteLines: 1,
    });
    expect(checks.totals.cbm).toBe('1.2');
  });

  it('crosses a structured clone unchanged (what postMessage does to it)', () => {
    const checks = checkPackingList(list);
    expect(structuredClone(checks)).toEqual(checks);
  });
});
