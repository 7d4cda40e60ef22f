import { DashboardSchema, type Dashboard } from '../../../shared/metrics/schema';
import { AppError } from '../../../shared/ipc/errors';
import { dashboardCsv } from './export-csv.node';
import { dashboardPdf } from './export-pdf.node';
import { exportFileName, exportFileTypes, type ExportLanguage } from './export-text.node';
import { dashboardXlsx } from './export-xlsx.node';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

const writers: Record<ExportFormat, (dashboard: Dashboard, language: ExportLanguage) => Uint8Array | Promise<Uint8Array>> = {
  csv: dashboardCsv,
  xlsx: dashboardXlsx,
  pdf: dashboardPdf,
};

/**
 * The dashboard's figures as CSV, XLSX or a one-page PDF report. The dashboard is checked against
 * its schema first: the statistics come from another module, and a malformed figure must be named
 * rather than printed as "NaN" in a report someone forwards to a client.
 */
export async function exportDashboard(dashboard: Dashboard, format: ExportFormat, language: ExportLanguage): Promise<ExportedFile> {
  const parsed = DashboardSchema.safeParse(dashboard);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new AppError({
      code: 'INVALID_INPUT',
      field,
      messageZh: `统计结果无法导出：字段 ${field} 不正确（${issue?.message ?? ''}）。`,
      messageEn: `The statistics cannot be exported: field ${field} is not valid (${issue?.message ?? ''}).`,
      details: { issues: parsed.error.issues.slice(0, 5) },
    });
  }
  const bytes = await writers[format](parsed.data, language);
  return { fileName: exportFileName(parsed.data, format, language), mimeType: exportFileTypes[format].mimeType, bytes };
}
