// The audit as a workbook: 汇总/Summary (the query, then the totals overall, per party, per month
// and per invoice), 争议明细/Disputed lines (one row per finding, with its rule, sources and the
// declaration it is tied to), 发票/Invoices (every line and its status), 来源/Sources. Money is a
// number with the 0.00 format, never text, so that the broker can sort and sum it.
import ExcelJS from 'exceljs';
import type { FeeAuditReport } from '../../../shared/fees/schema';
import type { AuditTotals } from '../../../shared/fees/totals';
import type { Label } from '../../../shared/model/field-labels';
import { RowProgress, type ExportControl } from './export-progress.node';
import { amountNumber, findingRows, lineRows } from './export-rows.node';
import {
  chinaTime,
  feeSheetNames,
  feeWords as w,
  inspectionName,
  linkName,
  partyKindName,
  periodText,
  ruleTitle,
  say,
  severityName,
  sourcesText,
  type ExportLanguage,
} from './export-text.node';

type CellValue = string | number | null;
type Kind = 'text' | 'money' | 'count' | 'quantity';
interface Column {
  label: Label;
  kind: Kind;
}

const FORMATS: Record<Kind, string | undefined> = { text: undefined, money: '0.00', count: '0', quantity: 'General' };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };

/** Display width in Excel's character units: CJK characters take two. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffff]/u.test(char) ? 2 : 1;
  return width;
}

/**
 * A header row and its rows from row `top`; returns the next free row. Column widths follow the
 * content, capped. `progress` counts the rows of the two long sheets.
 */
async function writeTable(sheet: ExcelJS.Worksheet, top: number, columns: readonly Column[], rows: readonly CellValue[][], language: ExportLanguage, progress?: RowProgress): Promise<number> {
  const headerRow = sheet.getRow(top);
  columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = say(column.label, language);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  const widths = columns.map((c) => Math.min(textWidth(say(c.label, language)), 24));
  for (const [r, values] of rows.entries()) {
    const row = sheet.getRow(top + 1 + r);
    values.forEach((value, i) => {
      const kind = columns[i]?.kind ?? 'text';
      const cell = row.getCell(i + 1);
      cell.value = value;
      const format = typeof value === 'number' ? FORMATS[kind] : undefined;
      if (format) cell.numFmt = format;
      const shown = value === null ? 0 : typeof value === 'number' ? (kind === 'money' ? value.toFixed(2).length : String(value).length) : textWidth(value);
      widths[i] = Math.max(widths[i] ?? 0, shown);
    });
    await progress?.row();
  }
  widths.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(column.width ?? 0, Math.min(Math.max(width + 2, 8), 60));
  });
  return top + 1 + rows.length;
}

const totalsColumns: Column[] = [
  { label: w.currency, kind: 'text' },
  { label: w.invoiced, kind: 'money' },
  { label: w.disputed, kind: 'money' },
  { label: w.review, kind: 'money' },
  { label: w.invoices, kind: 'count' },
  { label: w.disputedLines, kind: 'count' },
];

const totalsCells = (t: AuditTotals): CellValue[] => [t.currency, amountNumber(t.invoiced), amountNumber(t.disputed), amountNumber(t.review), t.invoices, t.disputedLines];

function sectionTitle(sheet: ExcelJS.Worksheet, row: number, label: Label, language: ExportLanguage): void {
  const cell = sheet.getCell(row, 1);
  cell.value = say(label, language);
  cell.font = { bold: true, size: 12 };
}

async function summarySheet(workbook: ExcelJS.Workbook, report: FeeAuditReport, language: ExportLanguage): Promise<void> {
  const sheet = workbook.addWorksheet(say(feeSheetNames.summary, language), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const title = sheet.getCell(1, 1);
  title.value = say(w.reportTitle, language);
  title.font = { bold: true, size: 14 };
  const partyName = report.query.partyKey ? (report.byParty.find((p) => p.key === report.query.partyKey)?.label ?? report.query.partyKey) : say(w.allParties, language);
  const query: [Label, string][] = [
    [w.period, periodText(report.query.period, language)],
    [w.party, partyName],
    [w.generatedAt, chinaTime(report.generatedAt)],
  ];
  query.forEach(([label, value], i) => {
    sheet.getCell(3 + i, 1).value = say(label, language);
    sheet.getCell(3 + i, 1).font = { bold: true };
    sheet.getCell(3 + i, 2).value = value;
  });
  let row = 3 + query.length;
  if (report.usesExampleLists) {
    const note = sheet.getCell(row, 1);
    note.value = say(w.exampleLists, language);
    note.font = { bold: true, color: { argb: 'FFB00020' } };
    row++;
  }
  sheet.getCell(row, 1).value = say(w.totalsNote, language);
  row += 2;

  sectionTitle(sheet, row, w.overallTable, language);
  row = (await writeTable(sheet, row + 1, totalsColumns, report.overall.map(totalsCells), language)) + 1;

  sectionTitle(sheet, row, w.byPartyTable, language);
  row = (await writeTable(sheet, row + 1, [{ label: w.party, kind: 'text' }, ...totalsColumns], report.byParty.map((t) => [t.label, ...totalsCells(t)]), language)) + 1;

  sectionTitle(sheet, row, w.byMonthTable, language);
  row = (await writeTable(sheet, row + 1, [{ label: w.month, kind: 'text' }, ...totalsColumns], report.byMonth.map((t) => [t.label, ...totalsCells(t)]), language)) + 1;

  sectionTitle(sheet, row, w.byInvoiceTable, language);
  await writeTable(
    sheet,
    row + 1,
    [{ label: w.invoiceNo, kind: 'text' }, { label: w.invoiceDate, kind: 'text' }, { label: w.party, kind: 'text' }, ...totalsColumns],
    report.invoices.map((a) => [a.invoice.invoiceNo, a.invoice.invoiceDate, a.invoice.party.name, ...totalsCells(a.totals)]),
    language,
  );
}

async function disputedSheet(workbook: ExcelJS.Workbook, report: FeeAuditReport, language: ExportLanguage, progress: RowProgress): Promise<void> {
  const sheet = workbook.addWorksheet(say(feeSheetNames.disputed, language), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const columns: Column[] = [
    { label: w.invoiceNo, kind: 'text' },
    { label: w.invoiceDate, kind: 'text' },
    { label: w.party, kind: 'text' },
    { label: w.lineNo, kind: 'count' },
    { label: w.item, kind: 'text' },
    { label: w.blNo, kind: 'text' },
    { label: w.containerNo, kind: 'text' },
    { label: w.currency, kind: 'text' },
    { label: w.amount, kind: 'money' },
    { label: w.rule, kind: 'text' },
    { label: w.ruleTitle, kind: 'text' },
    { label: w.severity, kind: 'text' },
    { label: w.atStake, kind: 'money' },
    { label: w.message, kind: 'text' },
    { label: w.sources, kind: 'text' },
    { label: w.url, kind: 'text' },
    { label: w.declaration, kind: 'text' },
    { label: w.inspection, kind: 'text' },
  ];
  const urls = new Map(report.sources.map((s) => [s.id, s.url]));
  const rows = findingRows(report).map(({ invoice, line, finding, link }): CellValue[] => [
    invoice.invoiceNo,
    invoice.invoiceDate,
    invoice.party.name,
    line.lineNo,
    line.itemName,
    line.blNo ?? null,
    line.containerNo ?? null,
    invoice.currency,
    amountNumber(line.amount),
    finding.ruleId,
    ruleTitle(report, finding.ruleId, language),
    severityName(finding.severity, language),
    amountNumber(finding.atStake),
    language === 'en' ? finding.messageEn : finding.messageZh,
    sourcesText(report, finding.sources, language) || null,
    finding.sources
      .map((id) => urls.get(id))
      .filter((u): u is string => Boolean(u))
      .join('\n') || null,
    link ? link.declarationTitle : null,
    link ? inspectionName(link.inspection, language) : null,
  ]);
  await writeTable(sheet, 1, columns, rows, language, progress);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

async function invoicesSheet(workbook: ExcelJS.Workbook, report: FeeAuditReport, language: ExportLanguage, progress: RowProgress): Promise<void> {
  const sheet = workbook.addWorksheet(say(feeSheetNames.invoices, language), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const columns: Column[] = [
    { label: w.invoiceNo, kind: 'text' },
    { label: w.invoiceDate, kind: 'text' },
    { label: w.party, kind: 'text' },
    { label: w.partyKind, kind: 'text' },
    { label: w.lineNo, kind: 'count' },
    { label: w.item, kind: 'text' },
    { label: w.itemCode, kind: 'text' },
    { label: w.quantity, kind: 'quantity' },
    { label: w.unit, kind: 'text' },
    { label: w.currency, kind: 'text' },
    { label: w.unitPrice, kind: 'money' },
    { label: w.amount, kind: 'money' },
    { label: w.serviceDate, kind: 'text' },
    { label: w.blNo, kind: 'text' },
    { label: w.containerNo, kind: 'text' },
    { label: w.declaration, kind: 'text' },
    { label: w.linkedBy, kind: 'text' },
    { label: w.inspection, kind: 'text' },
    { label: w.status, kind: 'text' },
    { label: w.rules, kind: 'text' },
  ];
  const rows = lineRows(report).map(({ invoice, line, findings, link, status }): CellValue[] => [
    invoice.invoiceNo,
    invoice.invoiceDate,
    invoice.party.name,
    partyKindName(invoice.party.kind, language),
    line.lineNo,
    line.itemName,
    line.itemCode ?? null,
    Number(line.quantity),
    line.unit ?? null,
    invoice.currency,
    amountNumber(line.unitPrice),
    amountNumber(line.amount),
    line.serviceDate ?? null,
    line.blNo ?? null,
    line.containerNo ?? null,
    link ? link.declarationTitle : null,
    link ? linkName(link.by, language) : null,
    link ? inspectionName(link.inspection, language) : null,
    status === 'ok' ? say(w.ok, language) : severityName(status, language),
    findings.map((f) => `${f.ruleId} ${severityName(f.severity, language)}`).join(', ') || null,
  ]);
  await writeTable(sheet, 1, columns, rows, language, progress);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

async function sourcesSheet(workbook: ExcelJS.Workbook, report: FeeAuditReport, language: ExportLanguage): Promise<void> {
  const sheet = workbook.addWorksheet(say(feeSheetNames.sources, language), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const columns: Column[] = [
    { label: w.sourceId, kind: 'text' },
    { label: w.title, kind: 'text' },
    { label: w.url, kind: 'text' },
  ];
  await writeTable(sheet, 1, columns, report.sources.map((s) => [s.id, s.title, s.url ?? null]), language);
}

export async function feeAuditXlsx(report: FeeAuditReport, language: ExportLanguage, control: ExportControl = {}): Promise<Uint8Array> {
  const findings = report.invoices.reduce((n, a) => n + a.findings.length, 0);
  const lines = report.invoices.reduce((n, a) => n + a.invoice.lines.length, 0);
  const progress = new RowProgress(findings + lines, control);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Clearway';
  workbook.created = new Date(report.generatedAt);
  await summarySheet(workbook, report, language);
  await disputedSheet(workbook, report, language, progress);
  await invoicesSheet(workbook, report, language, progress);
  await sourcesSheet(workbook, report, language);
  await progress.saving();
  // Shared strings off: the same bytes for Excel, and a third of the save time of a long month.
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: false }));
  progress.saved();
  return bytes;
}
