import { describe, expect, it } from 'vitest';
import { crossDocumentRules, packingListRules } from '../../shared/rules/index';
import { runRules, type RuleContext } from '../../shared/rules/engine';
import type { PackingList } from '../../shared/model/packing-list';
import type { DeclarationDraft } from '../../shared/model/declaration';
import { matchingPackingList, validImport } from '../fixtures/declarations';
import { seedReferenceData } from './helpers/seed-reference';

const ctx: RuleContext = { phase: 'declare', refs: seedReferenceData() };
const plIds = (list: PackingList) => runRules(packingListRules, list, ctx).map((f) => `${f.ruleId} ${f.severity} ${f.path}`);
const xFindings = (declaration: DeclarationDraft, list: PackingList) => runRules(crossDocumentRules, { declaration, packingLists: [list] }, ctx);

function editList(change: (l: PackingList) => void): PackingList {
  const list = matchingPackingList();
  change(list);
  return list;
}

describe('packing list rules', () => {
  it('needs a PL number and a real date', () => {
    const list = editList((l) => {
      delete l.header.plNo;
      l.header.plDate = '2026-11-10';
    });
    expect(plIds(list)).toEqual(['PL-001 error header.plNo', 'PL-001 error header.plDate']);
  });

  it('needs a description, cartons and per-carton figures on each line', () => {
    const list = editList((l) => {
      l.lines = [{ lineNo: 1, piecesPerCarton: '0' }];
      delete l.declaredTotals;
    });
    expect(plIds(list)).toEqual([
      'PL-002 error lines.0.description',
      'PL-002 error lines.0.cartons',
      'PL-002 error lines.0.piecesPerCarton',
      'PL-002 error lines.0.netPerCarton',
      'PL-002 error lines.0.grossPerCarton',
    ]);
  });

  it('checks carton ranges against counts and against each other', () => {
    const list = editList((l) => {
      const first = l.lines?.[0];
      if (!first) return;
      first.cartons = '19';
      l.lines = [first, { ...first, lineNo: 2, cartonFrom: '15', cartonTo: '30', cartons: '16' }];
      delete l.declaredTotals;
    });
    expect(plIds(list)).toEqual(['PL-003 error lines.0.cartons', 'PL-003 error lines.1.cartonFrom']);
  });

  it('finds net above gross per carton', () => {
    const list = editList((l) => {
      const first = l.lines?.[0];
      if (first) first.netPerCarton = '9';
      delete l.declaredTotals;
    });
    expect(plIds(list)).toEqual(['PL-004 error lines.0.netPerCarton']);
  });

  it('compares printed totals with the sum of the lines', () => {
    const list = editList((l) => {
      if (l.declaredTotals) {
        l.declaredTotals.grossKg = '161';
        l.declaredTotals.cbm = '1.5';
      }
    });
    const findings = runRules(packingListRules, list, ctx);
    expect(findings.map((f) => f.path)).toEqual(['declaredTotals.grossKg', 'declaredTotals.cbm']);
    expect(findings[0]?.messageZh).toBe('总毛重 161 与各行之和 160.000 不符。');
  });

  it('checks container numbers, seals, and containers named on lines', () => {
    const list = editList((l) => {
      l.containers = [{ containerId: 'CSQU3054384' }];
    });
    expect(plIds(list)).toEqual([
      'PL-006 error containers.0.containerId',
      'PL-006 warning containers.0.sealNo',
      'PL-006 error lines.0.containerId',
    ]);
  });
});

describe('cross-document rules', () => {
  it('compares packages and weights with the declaration', () => {
    const declaration = validImport();
    declaration.head.packNo = '21';
    declaration.head.grossWet = '165';
    const findings = xFindings(declaration, matchingPackingList());
    expect(findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['X-001 head.packNo', 'X-001 head.grossWet']);
    expect(findings[0]?.messageEn).toBe("Packages 21 on the declaration differs from the packing list's total cartons, 20.");
  });

  it('requires every packing-list container on the declaration', () => {
    const declaration = validImport();
    declaration.containers = [];
    expect(xFindings(declaration, matchingPackingList()).map((f) => f.messageZh)).toEqual([
      '装箱单 PL-2026-001 上的集装箱「CSQU3054383」不在报关单的集装箱中。',
    ]);
  });

  it('matches HS codes line by line and against all items', () => {
    const declaration = validImport();
    const list = editList((l) => {
      const first = l.lines?.[0];
      if (!first) return;
      first.hsCode = '8471410000';
      l.lines = [first, { ...first, lineNo: 2, itemGNo: undefined, hsCode: '8517130000' }];
    });
    const hsFindings = xFindings(declaration, list).filter((f) => f.ruleId === 'X-003');
    expect(hsFindings.map((f) => f.path)).toEqual(['items.0.codeTs', 'items']);
  });
});

describe('invoice against the declaration (X-004)', () => {
  it('compares amounts per currency', () => {
    const declaration = validImport(); // one item, USD 81250.00
    const bundle = (amount: string) => ({
      declaration,
      packingLists: [],
      invoices: [{ header: { invoiceNo: 'INV-1', currency: 'USD' }, lines: [{ lineNo: 1, amount: '50000' }, { lineNo: 2, amount }] }],
    });
    expect(runRules(crossDocumentRules, bundle('31250'), ctx)).toEqual([]);
    const off = runRules(crossDocumentRules, bundle('31000'), ctx);
    expect(off.map((f) => f.messageZh)).toEqual(['USD 报关总价合计 81250.00 与发票金额 81000.00 不符。']);
    const otherCurrency = runRules(crossDocumentRules, { declaration, packingLists: [], invoices: [{ header: { currency: 'EUR', totalAmount: '81250' } }] }, ctx);
    expect(otherCurrency.map((f) => f.ruleId)).toEqual(['X-004', 'X-004']);
  });
});
