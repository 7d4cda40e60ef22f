import type { Dashboard } from '../../../shared/metrics/schema';
import { notBuilt } from './not-built.node';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The dashboard's figures as CSV, XLSX or a one-page PDF report (owner: the export work). */
export async function exportDashboard(_dashboard: Dashboard, _format: 'csv' | 'xlsx' | 'pdf', _language: 'zh-CN' | 'en'): Promise<ExportedFile> {
  return notBuilt('tracking.export');
}
