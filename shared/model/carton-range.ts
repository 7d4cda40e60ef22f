/**
 * Carton numbers as brokers write them in one cell: "C001-C352", "1-20", "7". Shared by the
 * spreadsheet importer and the packing-list grid (typed or pasted), so both read a cell alike.
 */
export interface CartonRange {
  prefix: string;
  from: string;
  to: string;
}

const RANGE = /^(?:no\.?\s*)?([a-z]{0,4})-?(\d{1,9})\s*(?:-|~|～|–|—|至|到|to)\s*([a-z]{0,4})-?(\d{1,9})$/iu;
const SINGLE = /^(?:no\.?\s*)?([a-z]{0,4})-?(\d{1,9})$/iu;

/** "C001-C352" -> C, 1, 352; "1-20"; "7" -> 7, 7. Leading zeros are dropped (C001 is carton 1). */
export function readCartonRange(text: string): CartonRange | null {
  const t = text.normalize('NFKC').trim();
  const range = RANGE.exec(t);
  if (range) {
    const [, p1 = '', from = '', p2 = '', to = ''] = range;
    if (p2 && p2.toUpperCase() !== p1.toUpperCase()) return null;
    return { prefix: p1.toUpperCase(), from: String(Number(from)), to: String(Number(to)) };
  }
  const single = SINGLE.exec(t);
  if (single) {
    const [, prefix = '', n = ''] = single;
    return { prefix: prefix.toUpperCase(), from: String(Number(n)), to: String(Number(n)) };
  }
  return null;
}

/**
 * The cell text of a stored range. With a prefix both ends are padded to the end's width, at
 * least three digits (C001-C352, C001-C010), as carton marks are usually printed; the reader
 * dropped the zeros, so this is a convention, not a memory. Bare numbers stay bare (1-20).
 */
export function formatCartonRange(range: Partial<CartonRange>): string {
  const { prefix = '', from = '', to = '' } = range;
  if (!from && !to) return prefix;
  const width = prefix ? Math.max(3, to.length) : 0;
  const [start, end] = [from.padStart(width, '0'), to.padStart(width, '0')];
  if (!to || to === from) return `${prefix}${start}`;
  return `${prefix}${start}-${prefix}${end}`;
}
