import { useEffect, useState } from 'react';
import type { CodeHit } from '../../../../../shared/codes/api';
import type { CodeTableId } from '../../../../../shared/codes/schema';
import { rankRows } from '../../../../../shared/codes/rank';
import { normalizeQuery } from '../../../../../shared/codes/search';
import { api } from '../../../transport/current-transport';
import { useReferenceStore } from './reference-store';

export const MATCH_LIMIT = 12;
const SEARCH_DEBOUNCE_MS = 80;

/**
 * Ranked matches of a table for what was typed. When the table is in memory the ranking is the
 * backend's own (shared/codes/search.ts) run here, synchronously: Enter or Tab pressed right
 * after typing "ybmy" then picks the right code, with no answer still on its way. Before the
 * table has arrived, codes.search answers (debounced).
 */
export function rankLocally(table: CodeTableId, query: string): CodeHit[] | null {
  const loaded = useReferenceStore.getState().tables[table];
  if (!loaded) return null;
  const rows = [...loaded.byCode.values()];
  return normalizeQuery(query) ? rankRows(rows, query, MATCH_LIMIT) : rows.slice(0, MATCH_LIMIT);
}

export function useCodeMatches(table: CodeTableId, query: string | null): CodeHit[] {
  const loaded = useReferenceStore((s) => s.tables[table]);
  const [remote, setRemote] = useState<{ query: string; hits: CodeHit[] } | null>(null);
  const local = query === null || !loaded ? null : rankLocally(table, query);

  useEffect(() => {
    if (query === null || loaded) return;
    let stale = false;
    const timer = window.setTimeout(() => {
      api()
        .codes.search({ table, query: query.slice(0, 100), limit: MATCH_LIMIT })
        .then((hits) => {
          if (!stale) setRemote({ query, hits });
        })
        .catch(() => undefined);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [table, query, loaded]);

  if (query === null) return [];
  if (local) return local;
  return remote?.query === query ? remote.hits : [];
}

/** What a chosen entry puts in the field: a port known by its UN/LOCODE is declared as its country's XXX000. */
export function declaredCode(hit: CodeHit): string {
  return hit.extra?.declareAs ?? hit.code;
}

/** The name shown beside a code, in the UI's language. */
export function hitName(hit: CodeHit, language: string): string {
  return language.startsWith('zh') ? hit.nameZh : (hit.nameEn ?? hit.nameZh);
}
