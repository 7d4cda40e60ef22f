import type { CodeTableFile, CodeTableId, TariffLine } from '../codes/schema';
import type { ReferenceData } from './engine';

/**
 * ReferenceData over tables held in memory: what the renderer uses for live checks once it has
 * fetched the tables, and what tests build from the shipped seed files. The backend has its own
 * SQLite-backed implementation with the same answers.
 */
export function inMemoryReferenceData(tables: readonly CodeTableFile[], tariff: readonly TariffLine[], hsSubheadings?: Iterable<string>): ReferenceData {
  const codes = new Map<CodeTableId, { confidence: 'C' | 'I' | 'M'; codes: Set<string> }>();
  for (const t of tables) codes.set(t.table, { confidence: t.confidence, codes: new Set(t.entries.map((e) => e.code)) });
  const lines = new Map(tariff.map((l) => [l.code, l]));
  const hs = hsSubheadings ? new Set(hsSubheadings) : null;
  return {
    hasCode: (table, code) => codes.get(table)?.codes.has(code),
    tableConfidence: (table) => codes.get(table)?.confidence,
    tariffLine: (code) => lines.get(code) ?? null,
    isHsSubheading: (code6) => (hs ? hs.has(code6) : undefined),
  };
}
