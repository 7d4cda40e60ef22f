import { create } from 'zustand';
import type { CodeHit, TariffLineDetail } from '../../../../../shared/codes/api';
import type { CodeTableId, TariffLine } from '../../../../../shared/codes/schema';
import type { CodeTableSnapshot } from '../../../../../shared/codes/table-api';
import type { ReferenceData } from '../../../../../shared/rules/engine';
import { api } from '../../../transport/current-transport';

/**
 * Reference data for live checks and for showing a code's name: the small code tables, fetched
 * once per session, and tariff lines fetched per commodity code on demand. The store's `version`
 * changes whenever something arrives, so validation reruns with the fuller picture.
 */
interface TableState {
  confidence: CodeTableSnapshot['confidence'];
  byCode: Map<string, CodeHit>;
}

interface ReferenceStore {
  tables: Partial<Record<CodeTableId, TableState>>;
  /** null: the local tariff has no such line (asked and answered). */
  tariff: Record<string, TariffLineDetail | null>;
  version: number;
}

export const useReferenceStore = create<ReferenceStore>(() => ({ tables: {}, tariff: {}, version: 0 }));

const requestedTables = new Set<CodeTableId>();
const requestedTariff = new Set<string>();

function bump(patch: (s: ReferenceStore) => Partial<ReferenceStore>): void {
  useReferenceStore.setState((s) => ({ ...patch(s), version: s.version + 1 }));
}

/** Fetches each table once; a failure forgets the request so a later call tries again. */
export function ensureTables(tables: Iterable<CodeTableId>): void {
  for (const table of tables) {
    if (requestedTables.has(table)) continue;
    requestedTables.add(table);
    api()
      .codes.table({ table })
      .then((snapshot) => {
        const byCode = new Map(snapshot.entries.map((e) => [e.code, e]));
        bump((s) => ({ tables: { ...s.tables, [table]: { confidence: snapshot.confidence, byCode } } }));
      })
      .catch(() => requestedTables.delete(table));
  }
}

export function ensureTariffLine(code: string): void {
  if (!/^\d{10}$/.test(code) || requestedTariff.has(code)) return;
  requestedTariff.add(code);
  api()
    .tariff.get({ code })
    .then((line) => bump((s) => ({ tariff: { ...s.tariff, [code]: line } })))
    .catch(() => requestedTariff.delete(code));
}

/** A line the panel already fetched: store it so validation need not ask again. */
export function rememberTariffLine(line: TariffLineDetail): void {
  requestedTariff.add(line.code);
  bump((s) => ({ tariff: { ...s.tariff, [line.code]: line } }));
}

export function codeEntry(table: CodeTableId, code: string | undefined): CodeHit | undefined {
  if (!code) return undefined;
  return useReferenceStore.getState().tables[table]?.byCode.get(code);
}

function asTariffLine(detail: TariffLineDetail): TariffLine {
  return {
    code: detail.code,
    nameZh: detail.nameZh,
    ...(detail.nameEn ? { nameEn: detail.nameEn } : {}),
    firstUnit: detail.firstUnit.code,
    secondUnit: detail.secondUnit?.code ?? null,
    elements: detail.elements,
  };
}

/**
 * The rules' view of what is loaded. A table not loaded yet answers undefined (the rule skips
 * it) rather than "not a member"; the HS nomenclature is not held here, so that check is left
 * to the backend run (Ctrl+Enter).
 */
export function liveReferenceData(state: ReferenceStore): ReferenceData {
  return {
    hasCode: (table, code) => state.tables[table]?.byCode.has(code),
    tableConfidence: (table) => state.tables[table]?.confidence ?? undefined,
    tariffLine: (code) => {
      const detail = state.tariff[code];
      return detail ? asTariffLine(detail) : null;
    },
    isHsSubheading: () => undefined,
  };
}
