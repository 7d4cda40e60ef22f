import { prepareRow, rankPrepared, type PreparedRow, type Rankable } from './rank';
import { normalizeQuery } from './search';

/** Grams of up to this many characters are indexed; longer queries look up their rarest gram. */
const GRAM = 3;

/**
 * An in-memory index of one code table (the largest has a few hundred rows): every 1-, 2- and
 * 3-character piece of each row's code, names, aliases and initials, lower-cased as matchTier
 * compares them, to the rows holding it. A query's candidates are the rows holding its rarest
 * gram (for each word, when it has several); rankRows (on rows prepared once) then keeps the rows that really match and
 * orders them. So the answer is the one a full scan with rankRows gives, at the cost of
 * ranking a handful of candidates instead of the whole table.
 */
export class CodeTableIndex<T extends Rankable> {
  private readonly postings = new Map<string, number[]>();
  /** The rows with their lower-cased fields, for the ranking. */
  private readonly prepared: readonly PreparedRow<T>[];

  constructor(private readonly rows: readonly T[]) {
    this.prepared = rows.map((row) => prepareRow(row));
    rows.forEach((row, i) => {
      const grams = new Set<string>();
      const fields = [row.code, row.nameZh, row.nameEn ?? '', row.initials ?? '', ...(row.aliases ?? [])];
      for (const field of fields) {
        const chars = [...field.toLowerCase()];
        for (let start = 0; start < chars.length; start++) {
          let gram = '';
          for (let end = start; end < Math.min(chars.length, start + GRAM); end++) {
            gram += chars[end];
            grams.add(gram);
          }
        }
      }
      for (const gram of grams) {
        const list = this.postings.get(gram);
        if (list) list.push(i);
        else this.postings.set(gram, [i]);
      }
    });
  }

  get size(): number {
    return this.rows.length;
  }

  /** The rows a full scan would rank for `query`, ranked the same way; the first rows for an empty query. */
  search(query: string, limit: number): T[] {
    const q = normalizeQuery(query);
    if (!q) return this.rows.slice(0, limit);
    // Postings are in row order, and so is a filtered one: the candidates need no sorting.
    let candidates: readonly number[] | null = null;
    for (const word of q.split(' ')) {
      const rows = this.rarest(word);
      if (candidates) {
        const held: ReadonlySet<number> = new Set(candidates);
        candidates = rows.filter((i): boolean => held.has(i));
      } else candidates = rows;
      if (candidates.length === 0) return [];
    }
    const ordered = (candidates ?? []).map((i) => this.prepared[i] as PreparedRow<T>);
    return rankPrepared(ordered, query, limit).map((p) => p.row);
  }

  /** Rows holding every gram of `word` include the rows containing it: the shortest such list. */
  private rarest(word: string): readonly number[] {
    const chars = [...word];
    if (chars.length <= GRAM) return this.postings.get(word) ?? [];
    let best: readonly number[] | null = null;
    for (let start = 0; start + GRAM <= chars.length; start++) {
      const list = this.postings.get(chars.slice(start, start + GRAM).join('')) ?? [];
      if (!best || list.length < best.length) best = list;
      if (list.length === 0) break;
    }
    return best ?? [];
  }
}
