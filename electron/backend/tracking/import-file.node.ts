import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/ipc/errors';
import type { Grid } from '../../../shared/import/detect-header';
import { cellText, MAX_IMPORT_BYTES, readWorkbook } from '../import/read-file.node';
import { readXlsxStreaming } from '../import/read-xlsx.node';

/**
 * An events file as text grids. CSV (any encoding the domain importer reads) goes through its
 * reader; an .xlsx is read here with one difference: a date cell keeps its time of day
 * ("2026-11-03 14:20:00", Excel's wall clock), where the domain importer needs the date only.
 */
export async function readEventSheets(fileName: string, bytes: Buffer): Promise<Grid[]> {
  const zip = bytes.length <= MAX_IMPORT_BYTES && bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (!zip) return (await readWorkbook(fileName, bytes)).sheets.map((s) => s.rows);
  try {
    return (await readXlsxStreaming(bytes, eventCellText)).map((s) => s.rows);
  } catch (error) {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'file',
      messageZh: `文件「${fileName}」不是有效的 Excel 表格（.xlsx），可能已损坏。`,
      messageEn: `"${fileName}" is not a valid Excel workbook (.xlsx); it may be damaged.`,
      details: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
}

function eventCellText(value: ExcelJS.CellValue): string {
  // exceljs gives a date cell as a Date whose UTC fields are what Excel shows (Excel has no zones).
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 19).replace('T', ' ');
  return cellText(value);
}
