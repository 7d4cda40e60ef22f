// The dashboard as one CSV file: a section per table (a title line, a header row, the rows), the
// sections separated by an empty line. UTF-8 with a BOM, because Excel on a Chinese Windows reads a
// BOM-less CSV as GBK and garbles every Chinese header.
import Papa from 'papaparse';
import type { Dashboard } from '../../../shared/metrics/schema';
import { buildExportTables, type Cell, type CellKind, type ExportTable } from './export-tables.node';
import { exportWords, hoursText, say, shareText, type ExportLanguage } from './export-text.node';

const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/**
 * Cells Excel would run as a formula (a port or party name typed as "=HYPERLINK(...)") get a
 * leading apostrophe from papaparse. A minus sign is a formula only when a number does not follow:
 * negative hours (declared before arrival) stay numbers.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?%?$))/;

export function csvCell(value: Cell, kind: CellKind): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (kind === 'hours') return hoursText(value);
  if (kind === 'share') return shareText(value);
  return String(value);
}

function section(table: ExportTable): string {
  const rows = table.rows.map((row) => row.map((cell, i) => csvCell(cell, table.columns[i]?.kind ?? 'text')));
  return Papa.unparse([[table.title], table.columns.map((c) => c.header), ...rows], { newline: NEWLINE, escapeFormulae: FORMULA_START });
}

export function dashboardCsv(dashboard: Dashboard, language: ExportLanguage): Uint8Array {
  const tables = buildExportTables(dashboard, language);
  const query: ExportTable = {
    title: tables.queryTitle,
    columns: [
      { header: say(exportWords.item, language), kind: 'text' },
      { header: say(exportWords.value, language), kind: 'text' },
    ],
    rows: tables.query.map((row) => [row.label, csvCell(row.value, row.kind)]),
  };
  const sections = [query, tables.intervals, tables.breakdown, tables.monthly, tables.reference].map(section);
  return new TextEncoder().encode(BOM + sections.join(NEWLINE + NEWLINE) + NEWLINE);
}
