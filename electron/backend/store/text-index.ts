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
    const merged = lists.map((l) => mergeAscending(l, Infinity)).sort((a, b) => a.length - b.length);
    const [smallest, ...others] = merged;
    const out: number[] = [];
    for (const position of smallest ?? []) {
      if (others.every((list) => hasSorted(list, position))) {
        out.push(position);
        if (out.length >= cap) break;
      }
    }
    return out;
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

/** The first `cap` distinct values of ascending lists, ascending: a merge that stops early (a word's few spellings), or a sort (a one-letter prefix's many). */
function mergeAscending(lists: readonly (readonly number[])[], cap: number): number[] {
  if (lists.length === 1) return (lists[0] ?? []).slice(0, cap);
  if (lists.length > 16) return [...new Set(lists.flat())].sort((a, b) => a - b).slice(0, cap);
  const at = lists.map(() => 0);
  const out: number[] = [];
  while (out.length < cap) {
    let best = -1;
    let value = Infinity;
    lists.forEach((list, k) => {
      const v = list[at[k] as number];
      if (v !== undefined && v < value) {
        value = v;
        best = k;
      }
    });
    if (best < 0) break;
    if (out[out.length - 1] !== value) out.push(value);
    at[best] = (at[best] as number) + 1;
  }
  return out;
}

function hasSorted(list: readonly number[], value: number): boolean {
  return list[firstNotBelow(list, (x) => x < value)] === value;
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
