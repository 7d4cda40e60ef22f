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
  const known = normalized.get(name);
  if (known !== undefined) return known;
  const value = normalizeUncached(name);
  // Invoices repeat a handful of names thousands of times; the cap only guards against a pathological file.
  if (normalized.size >= 10_000) normalized.clear();
  normalized.set(name, value);
  return value;
}

const normalized = new Map<string, string>();

function normalizeUncached(name: string): string {
  return name
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s.,'"/\\_\-–—()[\]（）【】、：:·]/g, '');
}

type Named = Pick<FeeItemName, 'code' | 'nameZh' | 'nameEn' | 'synonyms'>;

interface NameIndex {
  codes: Map<string, string>;
  names: Map<string, string>;
  synonyms: Map<string, string>;
}

/** Normalised names per list and per catalogue, built once: an audit of a month matches thousands of lines. */
const indexes = new WeakMap<object, NameIndex>();

function indexOf(owner: object, candidates: readonly Named[]): NameIndex {
  const cached = indexes.get(owner);
  if (cached) return cached;
  const index: NameIndex = { codes: new Map(), names: new Map(), synonyms: new Map() };
  const first = (map: Map<string, string>, key: string, code: string) => {
    if (!map.has(key)) map.set(key, code);
  };
  for (const c of candidates) {
    first(index.codes, c.code.toUpperCase(), c.code);
    first(index.names, normalizeFeeName(c.nameZh), c.code);
    first(index.names, normalizeFeeName(c.nameEn), c.code);
    for (const s of c.synonyms) first(index.synonyms, normalizeFeeName(s), c.code);
  }
  indexes.set(owner, index);
  return index;
}

/**
 * The item code of a billed line: its own code when a list in force or the catalogue knows it,
 * else its name, the party's own wording first (a party may use a common word for its own item),
 * then the shared catalogue. Exact after normalising: a near miss is left unmatched rather than guessed.
 */
export function matchItem(line: FeeInvoiceLine, lists: readonly FeeList[], catalogue: readonly FeeItemName[]): ItemMatch | null {
  const sources = [...lists.map((l) => indexOf(l, l.items)), indexOf(catalogue, catalogue)];
  const code = line.itemCode?.trim().toUpperCase();
  if (code) {
    for (const index of sources) {
      const known = index.codes.get(code);
      if (known) return { code: known, method: 'code' };
    }
  }
  const billed = normalizeFeeName(line.itemName);
  for (const index of sources) {
    const named = index.names.get(billed);
    if (named) return { code: named, method: 'name' };
    const synonym = index.synonyms.get(billed);
    if (synonym) return { code: synonym, method: 'synonym' };
  }
  return null;
}

export function sameParty(a: ChargingParty, b: ChargingParty): boolean {
  if (a.uscc && b.uscc) return a.uscc === b.uscc;
  return normalizeFeeName(a.name) === normalizeFeeName(b.name);
}

/** How a party is grouped and indexed: by USCC when it has one, else by its name as written. */
export const partyKey = (party: ChargingParty): string => party.uscc ?? normalizeFeeName(party.name);

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
