// fees.export: the audit report as a workbook or as the PDF sent to the charging party.
// The report is checked against its schema first: it comes from the audit module, and a
// malformed amount must be named rather than printed as "NaN" in a letter to a terminal.
import { AppError } from '../../../shared/ipc/errors';
import { FeeAuditReportSchema, type FeeAuditReport } from '../../../shared/fees/schema';
import { feeAuditPdf } from './export-pdf.node';
import type { ExportControl } from './export-progress.node';
import { exportFileTypes, feeExportFileName, type ExportLanguage } from './export-text.node';
import { feeAuditXlsx } from './export-xlsx.node';

export type FeeExportFormat = 'xlsx' | 'pdf';

export interface FeeExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

const writers: Record<FeeExportFormat, (report: FeeAuditReport, language: ExportLanguage, control: ExportControl) => Promise<Uint8Array>> = {
  xlsx: feeAuditXlsx,
  pdf: feeAuditPdf,
};

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The report's schema keeps amounts as plain strings; a file must never print "NaN", so each is checked. */
function badAmount(report: FeeAuditReport): { path: string; value: string } | null {
  const totals = (prefix: string, t: { invoiced: string; disputed: string; review: string }) =>
    (['invoiced', 'disputed', 'review'] as const).map((k) => ({ path: `${prefix}.${k}`, value: t[k] }));
  const amounts = [
    ...report.overall.flatMap((t, i) => totals(`overall.${i}`, t)),
    ...report.byParty.flatMap((t, i) => totals(`byParty.${i}`, t)),
    ...report.byMonth.flatMap((t, i) => totals(`byMonth.${i}`, t)),
    ...report.invoices.flatMap((a, i) => [...totals(`invoices.${i}.totals`, a.totals), ...a.findings.map((f, n) => ({ path: `invoices.${i}.findings.${n}.atStake`, value: f.atStake }))]),
  ];
  return amounts.find((a) => !DECIMAL.test(a.value)) ?? null;
}

function invalid(field: string, reasonZh: string, reasonEn: string): AppError {
  return new AppError({
    code: 'INVALID_INPUT',
    field,
    messageZh: `审核结果无法导出：字段 ${field} 不正确（${reasonZh}）。`,
    messageEn: `The audit cannot be exported: field ${field} is not valid (${reasonEn}).`,
  });
}

export async function exportFeeAudit(report: FeeAuditReport, format: FeeExportFormat, language: ExportLanguage, control: ExportControl = {}): Promise<FeeExportFile> {
  const parsed = FeeAuditReportSchema.safeParse(report);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue?.path.join('.') ?? '', issue?.message ?? '', issue?.message ?? '');
  }
  const bad = badAmount(parsed.data);
  if (bad) throw invalid(bad.path, `“${bad.value}”不是金额`, `"${bad.value}" is not an amount`);
  const bytes = await writers[format](parsed.data, language, control);
  return { fileName: feeExportFileName(parsed.data, format, language), mimeType: exportFileTypes[format].mimeType, bytes };
}
