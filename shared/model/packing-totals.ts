import { decimal, parseDecimal, type DecimalValue } from './decimal';
import type { PackingLine, PackingList } from './packing-list';

export interface LineTotals {
  cartons: DecimalValue | null;
  pieces: DecimalValue | null;
  netKg: DecimalValue | null;
  grossKg: DecimalValue | null;
  cbm: DecimalValue | null;
}

/**
 * Cartons of a line: the carton range (C001-C352 -> 352) when both ends are given, else the
 * cartons column. Both given and different is reported by a rule (PL-…), not resolved here.
 */
export function lineCartons(line: PackingLine): DecimalValue | null {
  const from = parseDecimal(line.cartonFrom);
  const to = parseDecimal(line.cartonTo);
  if (from && to && to.gte(from)) return to.minus(from).plus(1);
  return parseDecimal(line.cartons);
}

export function lineTotals(line: PackingLine): LineTotals {
  const cartons = lineCartons(line);
  const times = (perCarton: string | undefined) => {
    const v = parseDecimal(perCarton);
    return cartons && v ? cartons.times(v) : null;
  };
  const [l, w, h] = [parseDecimal(line.lengthCm), parseDecimal(line.widthCm), parseDecimal(line.heightCm)];
  const cbm = cartons && l && w && h ? cartons.times(l).times(w).times(h).dividedBy(1_000_000) : null;
  return { cartons, pieces: times(line.piecesPerCarton), netKg: times(line.netPerCarton), grossKg: times(line.grossPerCarton), cbm };
}

export interface ListTotals {
  cartons: DecimalValue;
  pieces: DecimalValue;
  netKg: DecimalValue;
  grossKg: DecimalValue;
  cbm: DecimalValue;
  /** Lines missing a figure needed for a total; the totals exclude them for that figure. */
  incompleteLines: number[];
}

/**
 * Several rules need the same totals; documents are immutable values (parsed JSON, zustand
 * state), so the totals of one list object are computed once.
 */
const totalsCache = new WeakMap<PackingList, ListTotals>();

export function packingListTotals(list: PackingList): ListTotals {
  const cached = totalsCache.get(list);
  if (cached) return cached;
  const totals = computeTotals(list);
  totalsCache.set(list, totals);
  return totals;
}

function computeTotals(list: PackingList): ListTotals {
  const totals: ListTotals = {
    cartons: decimal(0),
    pieces: decimal(0),
    netKg: decimal(0),
    grossKg: decimal(0),
    cbm: decimal(0),
    incompleteLines: [],
  };
  for (const line of list.lines ?? []) {
    const t = lineTotals(line);
    if (!t.cartons || !t.pieces || !t.netKg || !t.grossKg || !t.cbm) totals.incompleteLines.push(line.lineNo);
    if (t.cartons) totals.cartons = totals.cartons.plus(t.cartons);
    if (t.pieces) totals.pieces = totals.pieces.plus(t.pieces);
    if (t.netKg) totals.netKg = totals.netKg.plus(t.netKg);
    if (t.grossKg) totals.grossKg = totals.grossKg.plus(t.grossKg);
    if (t.cbm) totals.cbm = totals.cbm.plus(t.cbm);
  }
  return totals;
}
