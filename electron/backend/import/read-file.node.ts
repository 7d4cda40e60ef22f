import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/ipc/errors';
import { decimal } from '../../../shared/model/decimal';
import type { Grid } from '../../../shared/import/detect-header';
import { readXlsxStreaming, type ReadWatch } from './read-xlsx.node';

/** Larger files are refused before parsing: a packing list of 10,000 cartons is well under 2 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileFormat = 'xlsx' | 'csv';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

export interface SheetText {
  name: string;
  rows: Grid;
}

export interface Workbook {
  format: FileFormat;
  encoding?: TextEncoding;
  sheets: SheetText[];
}

function fileError(zh: string, en: string, details?: Record<string, unknown>): AppError {
  return new AppError({ code: 'INVALID_INPUT', field: 'file', messageZh: zh, messageEn: en, ...(details ? { details } : {}) });
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Encrypted OOXML is a compound file holding an "EncryptionInfo" stream (its name in UTF-16LE). */
function isEncryptedOoxml(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0xff && head[1] === 0xfe) return false; // UTF-16LE text has NULs by nature
  return head.includes(0) || head.subarray(0, 5).toString('latin1') === '%PDF-';
}

/**
 * Reads an .xlsx or .csv into text grids; every other kind of file is refused with a reason.
 * `watch` hears the progress of a long .xlsx read and may stop it (its checkCancelled throws).
 */
export async function readWorkbook(fileName: string, bytes: Buffer, watch?: ReadWatch): Promise<Workbook> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw fileError(
      `文件「${fileName}」大于 20 MB，无法导入。请删除无关的工作表或图片后再试。`,
      `"${fileName}" is larger than 20 MB and cannot be imported. Remove unrelated sheets or pictures and try again.`,
      { bytes: bytes.length, limit: MAX_IMPORT_BYTES },
    );
  }
  if (bytes.length === 0) throw fileError(`文件「${fileName}」是空的。`, `"${fileName}" is empty.`);
  if (startsWith(bytes, CFB)) {
    if (isEncryptedOoxml(bytes)) {
      throw fileError(
        `文件「${fileName}」设有打开密码（已加密），无法读取。请在 Excel 中取消密码后另存再导入。`,
        `"${fileName}" is password-protected (encrypted) and cannot be read. Remove the password in Excel, save, and import again.`,
      );
    }
    throw fileError(
      `文件「${fileName}」是旧版 Excel 97-2003（.xls）格式，请在 Excel 中另存为 .xlsx 或 .csv 后导入。`,
      `"${fileName}" is an old Excel 97-2003 (.xls) workbook. Save it as .xlsx or .csv in Excel and import that.`,
    );
  }
  if (startsWith(bytes, ZIP)) return { format: 'xlsx', sheets: await readXlsx(fileName, bytes, watch) };
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName) || looksBinary(bytes)) {
    throw fileError(
      `文件「${fileName}」不是 Excel 表格（.xlsx）或 CSV 文件，无法导入。`,
      `"${fileName}" is not an Excel (.xlsx) or CSV file and cannot be imported.`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  return { format: 'csv', encoding, sheets: [{ name: fileName.replace(/\.[^.]*$/, '') || 'CSV', rows: parseCsv(text) }] };
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

function parseCsv(text: string): Grid {
  // Delimiter detected (comma, semicolon, tab: Excel's "Unicode text" is tab-separated).
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  return parsed.data.map((row) => trimRow(row.map((c) => c.trim())));
}

function trimRow(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && !row[end - 1]) end--;
  return row.slice(0, end);
}

/**
 * How often a workbook is read before it is called damaged. exceljs's streaming reader parks a
 * sheet that comes before the shared strings (the order Excel itself writes) in a temporary file,
 * and under disk load that path now and then loses the workbook part ("Cannot read properties of
 * undefined (reading 'sheets')"): 5 of about 6,000 reads of two good fixtures while two `dd`
 * writers kept the disk busy, none without them; brokers saw "may be damaged" on good files (two
 * CI runs did). A good file reads on the next try; a damaged one fails every time.
 */
const XLSX_READ_ATTEMPTS = 3;

async function readXlsx(fileName: string, bytes: Buffer, watch?: ReadWatch): Promise<SheetText[]> {
  let failure: unknown;
  for (let attempt = 0; attempt < XLSX_READ_ATTEMPTS; attempt++) {
    try {
      return await readXlsxStreaming(bytes, cellText, watch);
    } catch (error) {
      // A cancel (or any of our own errors) passes through; what exceljs or the unzip throws means a bad file.
      if (error instanceof AppError) throw error;
      failure = error;
    }
  }
  throw fileError(
    `文件「${fileName}」不是有效的 Excel 表格（.xlsx），可能已损坏。`,
    `"${fileName}" is not a valid Excel workbook (.xlsx); it may be damaged.`,
    { reason: failure instanceof Error ? failure.message : String(failure) },
  );
}

/** The text a broker sees in the cell (merged cells repeat their top-left value). */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? decimal(value.toPrecision(15)).toFixed() : '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10).replace(/-/g, '');
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return String(value.text).trim();
  return ''; // error values (#N/A) read as empty
}
