import type { DeclarationDraft } from '../model/declaration';
import type { PackingList } from '../model/packing-list';
import type { Invoice } from '../model/invoice';
import { decimal, parseDecimal, type DecimalValue } from '../model/decimal';
import { packingListTotals } from '../model/packing-totals';
import { present, type Rule } from './engine';

/** A declaration with the packing list(s) and invoice(s) it is checked against. */
export interface DeclarationBundle {
  declaration: DeclarationDraft;
  packingLists: readonly PackingList[];
  invoices?: readonly Invoice[];
}

function combinedTotals(lists: readonly PackingList[]) {
  const all = lists.map(packingListTotals);
  return all.reduce((a, b) => ({
    cartons: a.cartons.plus(b.cartons),
    pieces: a.pieces.plus(b.pieces),
    netKg: a.netKg.plus(b.netKg),
    grossKg: a.grossKg.plus(b.grossKg),
    cbm: a.cbm.plus(b.cbm),
    incompleteLines: [...a.incompleteLines, ...b.incompleteLines],
  }));
}

export const packagesAndWeightsRule: Rule<DeclarationBundle> = {
  id: 'X-001',
  severity: 'error',
  titleZh: '装箱单总箱数、毛重、净重与报关单一致',
  titleEn: 'Packing list cartons, gross and net weight equal the declaration',
  *check({ declaration, packingLists }) {
    if (packingLists.length === 0) return;
    const totals = combinedTotals(packingLists);
    const head = declaration.head;
    const checks = [
      ['packNo', totals.cartons, '件数', 'Packages', '总箱数', 'total cartons'],
      ['grossWet', totals.grossKg, '毛重', 'Gross weight', '总毛重', 'total gross weight'],
      ['netWt', totals.netKg, '净重', 'Net weight', '总净重', 'total net weight'],
    ] as const;
    for (const [field, sum, zh, en, plZh, plEn] of checks) {
      const declared = parseDecimal(head[field]);
      if (!declared || sum.isZero()) continue;
      if (!declared.eq(sum)) {
        yield {
          path: `head.${field}`,
          messageZh: `报关单${zh} ${head[field]} 与装箱单${plZh} ${sum.toFixed()} 不符。`,
          messageEn: `${en} ${head[field]} on the declaration differs from the packing list's ${plEn}, ${sum.toFixed()}.`,
        };
      }
    }
  },
};

export const containersOnDeclarationRule: Rule<DeclarationBundle> = {
  id: 'X-002',
  severity: 'error',
  titleZh: '装箱单上的集装箱都在报关单上',
  titleEn: 'Every container on the packing list is on the declaration',
  *check({ declaration, packingLists }) {
    const declared = new Set((declaration.containers ?? []).map((c) => c.containerId?.trim().toUpperCase()).filter(Boolean));
    for (const list of packingLists) {
      const which = list.header.plNo ? { zh: ` ${list.header.plNo} `, en: ` ${list.header.plNo}` } : { zh: '', en: '' };
      for (const c of list.containers ?? []) {
        const id = c.containerId?.trim().toUpperCase();
        if (id && !declared.has(id)) {
          yield {
            path: 'containers',
            messageZh: `装箱单${which.zh}上的集装箱「${id}」不在报关单的集装箱中。`,
            messageEn: `Container "${id}" on packing list${which.en} is not on the declaration.`,
          };
        }
      }
    }
  },
};

export const hsCodesMatchRule: Rule<DeclarationBundle> = {
  id: 'X-003',
  severity: 'error',
  titleZh: '装箱单商品编号与报关单表体一致',
  titleEn: 'Commodity codes on the packing list match the declaration items',
  *check({ declaration, packingLists }) {
    const items = declaration.items ?? [];
    const codes = new Set(items.map((i) => i.codeTs).filter(present));
    for (const list of packingLists) {
      for (const line of list.lines ?? []) {
        if (!present(line.hsCode)) continue;
        const gNo = line.itemGNo ? Number(line.itemGNo) : undefined;
        const item = gNo ? items.find((i) => i.gNo === gNo) : undefined;
        if (item && present(item.codeTs) && item.codeTs !== line.hsCode) {
          yield {
            path: `items.${items.indexOf(item)}.codeTs`,
            messageZh: `装箱单第 ${line.lineNo} 行商品编号 ${line.hsCode} 与报关单第 ${gNo} 项 ${item.codeTs} 不一致。`,
            messageEn: `Packing list line ${line.lineNo} has commodity code ${line.hsCode}; declaration item ${gNo} has ${item.codeTs}.`,
          };
        } else if (!item && codes.size > 0 && !codes.has(line.hsCode)) {
          yield {
            path: 'items',
            messageZh: `装箱单第 ${line.lineNo} 行商品编号 ${line.hsCode} 不在报关单表体中。`,
            messageEn: `Commodity code ${line.hsCode} on packing list line ${line.lineNo} is on no declaration item.`,
          };
        }
      }
    }
  },
};

/** Sums of amounts per currency; a line without its own currency takes the invoice's. */
function totalsByCurrency(entries: Iterable<{ currency: string | undefined; amount: string | undefined }>): Map<string, DecimalValue> {
  const totals = new Map<string, DecimalValue>();
  for (const { currency, amount } of entries) {
    const value = parseDecimal(amount);
    if (!currency || !value) continue;
    totals.set(currency, (totals.get(currency) ?? decimal(0)).plus(value));
  }
  return totals;
}

export const invoiceTotalRule: Rule<DeclarationBundle> = {
  id: 'X-004',
  severity: 'error',
  titleZh: '发票金额与报关单各币制总价一致',
  titleEn: 'Invoice amounts equal the declared totals per currency',
  *check({ declaration, invoices }) {
    if (!invoices || invoices.length === 0) return;
    const declared = totalsByCurrency((declaration.items ?? []).map((i) => ({ currency: i.tradeCurr, amount: i.declTotal })));
    const invoiced = totalsByCurrency(
      invoices.flatMap((inv) =>
        (inv.lines ?? []).length > 0
          ? (inv.lines ?? []).map((l) => ({ currency: l.currency ?? inv.header.currency, amount: l.amount }))
          : [{ currency: inv.header.currency, amount: inv.header.totalAmount }],
      ),
    );
    for (const currency of new Set([...declared.keys(), ...invoiced.keys()])) {
      const d = declared.get(currency) ?? decimal(0);
      const i = invoiced.get(currency) ?? decimal(0);
      if (!d.toDecimalPlaces(2).eq(i.toDecimalPlaces(2))) {
        yield {
          path: 'items',
          messageZh: `${currency} 报关总价合计 ${d.toFixed(2)} 与发票金额 ${i.toFixed(2)} 不符。`,
          messageEn: `Declared ${currency} total ${d.toFixed(2)} differs from the invoiced ${i.toFixed(2)}.`,
        };
      }
    }
  },
};

export const crossDocumentRules: Rule<DeclarationBundle>[] = [packagesAndWeightsRule, containersOnDeclarationRule, hsCodesMatchRule, invoiceTotalRule];
