// The dashboard as an Excel workbook: 概览/Summary (the query and the headline intervals),
// 分组/Breakdown, 月度/Monthly, 分布/Distribution, 参考/Reference. Figures are numbers with number
// formats, never text, so that a broker can sort, sum and chart them; header rows are frozen.
import ExcelJS from 'exceljs';
import type { Dashboard } from '../../../shared/metrics/schema';
import { buildExportTables, type Cell, type CellKind, type ExportTable } from './export-tables.node';
import { exportWords, say, sheetNames, type ExportLanguage } from './export-text.node';

const numberFormats: Record<CellKind, string | undefined> = { text: undefined, count: '0', hours: '0.00', share: '0.0%' };

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };

function setCell(cell: ExcelJS.Cell, value: Cell, kind: CellKind): void {
  cell.value = value;
  const format = typeof value === 'number' ? numberFormats[kind] : undefined;
  if (format) cell.numFmt = format;
}

/** Display width of a text in Excel's character units: CJK characters take two. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffff]/u.test(char) ? 2 : 1;
  return width;
}

function shownWidth(value: Cell, kind: CellKind): number {
  if (value === null) return 0;
  if (typeof value === 'string') return textWidth(value);
  return kind === 'share' ? 7 : value.toFixed(kind === 'hours' ? 2 : 0).length;
}

/** Writes a header row and its rows from (row, column); returns the next free row. */
function writeTable(sheet: ExcelJS.Worksheet, table: ExportTable, top: number, left: number): number {
  table.columns.forEach((column, i) => {
    const cell = sheet.getCell(top, left + i);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  table.rows.forEach((row, r) => row.forEach((value, i) => setCell(sheet.getCell(top + 1 + r, left + i), value, table.columns[i]?.kind ?? 'text')));
  table.columns.forEach((column, i) => {
    const widest = Math.max(Math.min(textWidth(column.header), 24), ...table.rows.map((row) => shownWidth(row[i] ?? null, column.kind)));
    const sheetColumn = sheet.getColumn(left + i);
    sheetColumn.width = Math.max(sheetColumn.width ?? 0, Math.min(Math.max(widest + 2, 10), 60));
  });
  return top + 1 + table.rows.length;
}

function frozenHeaderSheet(workbook: ExcelJS.Workbook, name: string, headerRow: number): ExcelJS.Worksheet {
  return workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }] });
}

export async function dashboardXlsx(dashboard: Dashboard, language: ExportLanguage): Promise<Uint8Array> {
  const tables = buildExportTables(dashboard, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Clearway';
  workbook.created = new Date(dashboard.generatedAt);

  // Summary: the title stays in view; the query block, then the five intervals.
  const summary = frozenHeaderSheet(workbook, say(sheetNames.summary, language), 1);
  const title = summary.getCell(1, 1);
  title.value = say(exportWords.reportTitle, language);
  title.font = { bold: true, size: 14 };
  tables.query.forEach((row, i) => {
    summary.getCell(3 + i, 1).value = row.label;
    summary.getCell(3 + i, 1).font = { bold: true };
    setCell(summary.getCell(3 + i, 2), row.value, row.kind);
  });
  const intervalsTop = 3 + tables.query.length + 1;
  summary.getCell(intervalsTop, 1).value = tables.intervals.title;
  summary.getCell(intervalsTop, 1).font = { bold: true, size: 12 };
  writeTable(summary, tables.intervals, intervalsTop + 1, 1);
  summary.getColumn(2).width = Math.max(summary.getColumn(2).width ?? 0, ...tables.query.map((row) => shownWidth(row.value, row.kind) + 2));

  for (const [name, table] of [
    [sheetNames.breakdown, tables.breakdown],
    [sheetNames.monthly, tables.monthly],
  ] as const) {
    const sheet = frozenHeaderSheet(workbook, say(name, language), 1);
    writeTable(sheet, table, 1, 1);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }

  // Distribution: the histogram bins, and beside them the cumulative "released by hour" curve.
  const distribution = frozenHeaderSheet(workbook, say(sheetNames.distribution, language), 1);
  writeTable(distribution, tables.distribution, 1, 1);
  writeTable(distribution, tables.releaseCurve, 1, tables.distribution.columns.length + 2);

  const reference = frozenHeaderSheet(workbook, say(sheetNames.reference, language), 1);
  writeTable(reference, tables.reference, 1, 1);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
