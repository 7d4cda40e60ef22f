import type { ChargingParty, FeeConditions, FeeInvoiceLine, FeeItem, FeeItemName, FeeList } from '../model/fees';

/** How a billed line was tied to an item code; shown with each finding so a person can judge it. */
export type MatchMethod = 'code' | 'name' | 'synonym';
export interface ItemMatch {
  code: string;
  method: MatchMethod;
}

/**
 * Names as invoices write them: full-width letters and digits, spaces, brackets and dashes vary
 * from one biller to the next ("Ｔ.Ｈ.Ｃ", "码头操作费（THC）" ...), so all of that is dropped before comparing.
 */
export function normalizeFeeName(name: string): string {
  return name
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s.,'"/\\_\-–—()[\]（）【】、：:·]/g, '');
}

type Named = Pick<FeeItemName, 'code' | 'nameZh' | 'nameEn' | 'synonyms'>;

function byName(line: FeeInvoiceLine, candidates: readonly Named[]): ItemMatch | null {
  const billed = normalizeFeeName(line.itemName);
  const named = candidates.find((c) => normalizeFeeName(c.nameZh) === billed || normalizeFeeName(c.nameEn) === billed);
  if (named) return { code: named.code, method: 'name' };
  const synonym = candidates.find((c) => c.synonyms.some((s) => normalizeFeeName(s) === billed));
  return synonym ? { code: synonym.code, method: 'synonym' } : null;
}

/**
 * The item code of a billed line: its own code when the list or the catalogue knows it, else its
 * name, the party's own wording first (a party may use a common word for its own item), then the
 * shared catalogue. Exact after normalising: a near miss is left unmatched rather than guessed.
 */
export function matchItem(line: FeeInvoiceLine, partyItems: readonly FeeItem[], catalogue: readonly FeeItemName[]): ItemMatch | null {
  const code = line.itemCode?.trim().toUpperCase();
  if (code) {
    const known = [...partyItems, ...catalogue].find((c) => c.code.toUpperCase() === code);
    if (known) return { code: known.code, method: 'code' };
  }
  return byName(line, partyItems) ?? byName(line, catalogue);
}

export function sameParty(a: ChargingParty, b: ChargingParty): boolean {
  if (a.uscc && b.uscc) return a.uscc === b.uscc;
  return normalizeFeeName(a.name) === normalizeFeeName(b.name);
}

export const within = (date: string, from: string | undefined, to: string | undefined): boolean =>
  (from === undefined || from <= date) && (to === undefined || date <= to);

/** The party's lists that are in force on the date. */
export function listsInForce(lists: readonly FeeList[], party: ChargingParty, date: string): FeeList[] {
  return lists.filter((l) => sameParty(l.party, party) && within(date, l.validFrom, l.validTo));
}

/**
 * Whether a row's conditions can apply to the line. A condition the line does not state cannot
 * rule the row out: the audit then compares with the highest applicable rate, so it never
 * claims more than the documents support.
 */
export function conditionsFit(conditions: FeeConditions, line: FeeInvoiceLine): boolean {
  const keys = ['direction', 'load', 'trade', 'containerSize', 'containerType'] as const;
  return keys.every((k) => conditions[k] === undefined || line[k] === undefined || conditions[k] === line[k]);
}

export interface ListRow {
  list: FeeList;
  item: FeeItem;
}

/** The rows of the lists in force that carry this item on the date (any conditions). */
export function rowsInForce(lists: readonly FeeList[], code: string, date: string): ListRow[] {
  return lists.flatMap((list) => list.items.filter((item) => item.code === code && within(date, item.validFrom, item.validTo)).map((item) => ({ list, item })));
}

/** Those of them whose conditions can apply to this line. */
export function applicableRows(lists: readonly FeeList[], code: string, line: FeeInvoiceLine, date: string): ListRow[] {
  return rowsInForce(lists, code, date).filter((r) => conditionsFit(r.item.conditions, line));
}
