import type { GramPart, IndexedText, TextMatch } from './fts-match';

const TRIGRAM = 3;

/** Binary search: the first index in `items` (sorted) whose item is not `below` the key sought. */
export function firstNotBelow<T>(items: readonly T[], below: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The profile's FTS5 trigram and short-token indexes of one table (tariff lines, or the HS
 * nomenclature), held in memory, answering a TextMatch as FTS5 does: the first `cap` matching
 * rows in row order. A trigram phrase matches a row when one of its columns contains it (case
 * folded); a short-token query when the row has every token, Latin words as prefixes. Rows are
 * given in the table's row-id order, and positions in that order come back.
 *
 * Why: FTS5 through SQLite costs a statement per lookup and reads its posting lists from pages;
 * for the tariff, searched on every keystroke in the HS panel, that is most of a search's time.
 * The tables stay the index of record (the reference the tests compare with, and the first
 * searches while this one is built).
 */
export class TextIndex {
  private readonly columns: string[][];
  private readonly trigrams = new Map<string, number[]>();
  private readonly tokens = new Map<string, number[]>();
  private readonly sortedTokens: string[];

  constructor(rows: readonly IndexedText[]) {
    this.columns = rows.map((r) => r.columns.filter((c): c is string => !!c).map((c) => c.toLowerCase()));
    this.columns.forEach((columns, position) => {
      for (const column of columns) for (const gram of trigramsOf(column)) add(this.trigrams, gram, position);
    });
    rows.forEach((row, position) => {
      for (const token of row.tokens.split(' ')) if (token) add(this.tokens, token, position);
    });
    this.sortedTokens = [...this.tokens.keys()].sort();
  }

  find(text: TextMatch, cap: number): number[] {
    return text.index === 'fts' ? this.findPhrases(text.phrases, cap) : this.findTokens(text.parts, cap);
  }

  private findPhrases(phrases: readonly string[], cap: number): number[] {
    const lowered = phrases.map((p) => p.toLowerCase());
    // Candidates: the rows holding the rarest trigram of any phrase; then each phrase checked whole.
    let rarest: readonly number[] | null = null;
    for (const phrase of lowered) {
      for (const gram of trigramsOf(phrase)) {
        const list = this.trigrams.get(gram) ?? [];
        if (!rarest || list.length < rarest.length) rarest = list;
        if (list.length === 0) return [];
      }
    }
    const out: number[] = [];
    for (const position of rarest ?? []) {
      const columns = this.columns[position] ?? [];
      if (lowered.every((p) => columns.some((c) => c.includes(p)))) {
        out.push(position);
        if (out.length >= cap) break;
      }
    }
    return out;
  }

  private findTokens(parts: readonly GramPart[], cap: number): number[] {
    // Each part's rows, ascending: a token's list, or (a Latin prefix) the union of its tokens' lists.
    const lists = parts.map((part) => (part.prefix ? this.prefixLists(part.token) : [this.tokens.get(part.token) ?? []]));
    if (lists.length === 1) return mergeAscending(lists[0] ?? [], cap);
    // Several parts: walk the part with the fewest postings in row order, keeping the rows every
    // other part marks (a one-letter prefix is the union of hundreds of lists: marking them
    // costs a write per posting, where merging them in full would sort them all).
    const size = (l: readonly (readonly number[])[]) => l.reduce((n, list) => n + list.length, 0);
    const [smallest = [], ...others] = [...lists].sort((a, b) => size(a) - size(b));
    const marks = others.map((l) => {
      const marked = new Uint8Array(this.columns.length);
      for (const list of l) for (const position of list) marked[position] = 1;
      return marked;
    });
    return mergeAscending(smallest, cap, (position) => marks.every((marked) => marked[position] === 1));
  }

  private prefixLists(prefix: string): number[][] {
    const lists: number[][] = [];
    for (let i = firstNotBelow(this.sortedTokens, (t) => t < prefix); i < this.sortedTokens.length; i++) {
      const token = this.sortedTokens[i] as string;
      if (!token.startsWith(prefix)) break;
      lists.push(this.tokens.get(token) ?? []);
    }
    return lists;
  }
}

/**
 * The first `cap` distinct values of ascending lists that `keep` accepts, ascending: a k-way merge
 * over a heap of the lists' heads, which stops at `cap` (a one-letter prefix unites hundreds of
 * lists of thousands of rows, of which a search wants the first 150).
 */
function mergeAscending(lists: readonly (readonly number[])[], cap: number, keep?: (value: number) => boolean): number[] {
  if (lists.length === 1 && !keep) return (lists[0] ?? []).slice(0, cap);
  const at = new Int32Array(lists.length);
  const head = (k: number) => (lists[k] as readonly number[])[at[k] as number] as number;
  // A binary min-heap of list numbers, by their current head.
  const heap: number[] = [];
  lists.forEach((list, k) => {
    if (list.length) heap.push(k);
  });
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const child = right < heap.length && head(heap[right] as number) < head(heap[left] as number) ? right : left;
      if (head(heap[child] as number) >= head(heap[i] as number)) return;
      [heap[i], heap[child]] = [heap[child] as number, heap[i] as number];
      i = child;
    }
  };
  for (let i = (heap.length >>> 1) - 1; i >= 0; i--) siftDown(i);
  const out: number[] = [];
  let last = -1;
  while (out.length < cap && heap.length) {
    const k = heap[0] as number;
    const value = head(k);
    if (value !== last && (!keep || keep(value))) out.push(value);
    last = value;
    at[k] = (at[k] as number) + 1;
    if ((at[k] as number) >= (lists[k] as readonly number[]).length) {
      const tail = heap.pop() as number;
      if (heap.length === 0) break;
      heap[0] = tail;
    }
    siftDown(0);
  }
  return out;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Every run of three characters (code points: a rare character outside the BMP counts one). */
function trigramsOf(text: string): string[] {
  const out: string[] = [];
  if (!SURROGATE.test(text)) {
    for (let i = 0; i + TRIGRAM <= text.length; i++) out.push(text.slice(i, i + TRIGRAM));
    return out;
  }
  const chars = [...text];
  for (let i = 0; i + TRIGRAM <= chars.length; i++) out.push(chars.slice(i, i + TRIGRAM).join(''));
  return out;
}

/** Appends a row's position once (rows are added in order, so a repeat is the last entry). */
function add(postings: Map<string, number[]>, key: string, position: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}
