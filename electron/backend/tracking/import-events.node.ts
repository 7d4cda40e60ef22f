import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors';
import type { Grid } from '../../../shared/import/detect-header';
import type { ImportTrackingEventsInput, ImportTrackingEventsResult, InspectionOutcome, TrackingEventKind } from '../../../shared/model/tracking';
import { chinaWallClock } from '../../../shared/metrics/china-time';
import { isTooFarAhead } from './declaration-check.node';
import { insertEvent } from './event-store.node';
import { detectEventHeader, hasReference, type EventColumn, type EventHeader } from './import-columns';
import { readEventSheets } from './import-file.node';
import { readContainerNo, readEventKind, readEventTime, readInspectionOutcome } from './import-values';
import { declarationIndex, type DeclarationIndex } from './declaration-index.node';
import { rebuildChains } from './chains.node';

type RowError = ImportTrackingEventsResult['errors'][number];

interface ReadyRow {
  row: number;
  documentId: string;
  documentTitle: string;
  containerNo: string | null;
  kind: TrackingEventKind;
  at: string;
  note: string | null;
  outcome: InspectionOutcome | null;
  sourceRef: string;
}

/** The preview lists this many rows; the counts cover them all. */
const PREVIEW_ROWS = 1_000;

/**
 * Events from a CSV or Excel file. Every row is checked (declaration found, event known, time
 * readable and not ahead of now by more than a day, container shaped like one); any error and
 * nothing is written. source_ref `<sha256 of the file>:<row>` makes the same file imported again
 * add nothing. A dry run only reports. Returns the result and the documents written to.
 */
export async function importEvents(
  db: Database.Database,
  input: z.output<typeof ImportTrackingEventsInput>,
  now: Date,
): Promise<{ result: ImportTrackingEventsResult; documentIds: string[] }> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  const grids = await readEventSheets(input.fileName, bytes);
  const found = grids.map((grid) => ({ grid, header: detectEventHeader(grid) })).find((g) => g.header !== null);
  if (!found?.header) throw noHeader(input.fileName);
  const { grid, header } = found;
  if (!hasReference(header.columns) || !header.columns.has('event') || !header.columns.has('time')) throw missingColumns(input.fileName, header);

  const index = declarationIndex(db);
  const errors: RowError[] = [];
  const ready: ReadyRow[] = [];
  let rows = 0;
  for (let r = header.row + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((c) => !c.trim())) continue;
    rows++;
    const read = readEventRow(cells, r + 1, header, index, now);
    if ('errors' in read) errors.push(...read.errors);
    else ready.push({ ...read, sourceRef: `${fileHash}:${r + 1}` });
  }

  const known = db.prepare("SELECT 1 FROM tracking_events WHERE source = 'import' AND source_ref = ?");
  const fresh = ready.filter((row) => !known.get(row.sourceRef));
  const duplicates = ready.length - fresh.length;
  const write = !input.dryRun && errors.length === 0;
  if (write) {
    db.transaction(() => {
      for (const row of fresh) {
        insertEvent(db, { ...row, source: 'import', recordedAt: now.toISOString() });
      }
      rebuildChains(db, now, [...new Set(fresh.map((r) => r.documentId))]);
    })();
  }
  const result: ImportTrackingEventsResult = {
    rows,
    added: errors.length === 0 ? fresh.length : 0,
    duplicates,
    errors,
    written: write,
    preview: ready.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, documentTitle: r.documentTitle, kind: r.kind, at: r.at, containerNo: r.containerNo })),
  };
  return { result, documentIds: write ? [...new Set(fresh.map((r) => r.documentId))] : [] };
}

function readEventRow(
  cells: Grid[number],
  row: number,
  header: EventHeader,
  index: DeclarationIndex,
  now: Date,
): Omit<ReadyRow, 'sourceRef'> | { errors: RowError[] } {
  const cell = (column: EventColumn) => {
    const at = header.columns.get(column);
    return at ? (cells[at.index] ?? '').trim() : '';
  };
  const name = (column: EventColumn) => header.columns.get(column)?.header ?? column;
  const errors: RowError[] = [];
  const fail = (column: EventColumn | null, zh: string, en: string) =>
    errors.push({ row, column: column ? name(column) : null, messageZh: `第 ${row} 行${column ? `「${name(column)}」` : ''}：${zh}`, messageEn: `Row ${row}${column ? `, "${name(column)}"` : ''}: ${en}` });

  const found = index.find({ entryId: cell('entryId'), clientSeqNo: cell('clientSeqNo'), billNo: cell('billNo'), reference: cell('reference') });
  if (found.kind === 'missing') fail(null, '没有报关单号、客户端编号或提运单号，无法确定是哪票报关单。', 'no entry no., ClientSeqNo or bill no.: the declaration cannot be told.');
  else if (found.kind === 'unknown') fail(found.column, `找不到「${found.value}」对应的报关单。`, `no declaration has "${found.value}".`);
  else if (found.kind === 'ambiguous') fail(found.column, `「${found.value}」对应多票报关单，请改用报关单号或客户端编号。`, `"${found.value}" matches more than one declaration; use the entry no. or ClientSeqNo instead.`);

  const eventText = cell('event');
  const kind = eventText ? readEventKind(eventText) : null;
  if (!eventText) fail('event', '事件为空。', 'the event is empty.');
  else if (!kind) fail('event', `无法识别事件「${eventText}」（例如 gate-out 或 提离出闸）。`, `unknown event "${eventText}" (e.g. gate-out or 提离出闸).`);

  const timeText = cell('time');
  const at = timeText ? readEventTime(timeText) : null;
  if (!timeText) fail('time', '时间为空。', 'the time is empty.');
  else if (!at) fail('time', `无法识别时间「${timeText}」（例如 2026-11-03 14:20，不带时区按北京时间）。`, `cannot read the time "${timeText}" (e.g. 2026-11-03 14:20; without a zone it is China time).`);
  else if (isTooFarAhead(at, now)) fail('time', `时间 ${chinaWallClock(at)} 晚于现在一天以上。`, `${chinaWallClock(at)} (China time) is more than a day in the future.`);

  const containerText = cell('container');
  const containerNo = containerText ? readContainerNo(containerText) : null;
  if (containerText && !containerNo) fail('container', `「${containerText}」不是集装箱号（4 个字母 + 7 位数字，如 MSKU1234567）。`, `"${containerText}" is not a container number (4 letters + 7 digits, e.g. MSKU1234567).`);

  const note = cell('note');
  if (note.length > 200) fail('note', '备注不能超过 200 个字符。', 'the note must be at most 200 characters.');

  // 查验结果: what the inspection found, which decides whether its handling fee is payable (FEE-007).
  const outcomeText = cell('outcome');
  const outcome = outcomeText ? readInspectionOutcome(outcomeText) : null;
  if (outcomeText && !outcome) fail('outcome', `无法识别查验结果「${outcomeText}」（无异常 或 发现问题）。`, `cannot read the inspection result "${outcomeText}" (no problem or problem found).`);
  else if (outcome && kind && kind !== 'inspection-done') fail('outcome', `只有“查验完毕”事件可以填写查验结果，本行事件为「${eventText}」。`, `only an inspection-done event has an inspection result; this row's event is "${eventText}".`);

  if (errors.length || found.kind !== 'found' || !kind || !at) return { errors };
  return { row, documentId: found.id, documentTitle: found.title, containerNo, kind, at, note: note || null, outcome };
}

function noHeader(fileName: string): AppError {
  return new AppError({
    code: 'INVALID_INPUT',
    field: 'file',
    messageZh: `文件「${fileName}」中找不到表头：需要报关单号（或客户端编号、提运单号）、事件、时间等列。`,
    messageEn: `No header row found in "${fileName}": it needs columns for the entry no. (or ClientSeqNo, bill no.), the event and the time.`,
  });
}

function missingColumns(fileName: string, header: EventHeader): AppError {
  const missing: { zh: string; en: string }[] = [];
  if (!hasReference(header.columns)) missing.push({ zh: '报关单号/客户端编号/提运单号', en: 'entry no. / ClientSeqNo / bill no.' });
  if (!header.columns.has('event')) missing.push({ zh: '事件', en: 'event' });
  if (!header.columns.has('time')) missing.push({ zh: '时间', en: 'time' });
  return new AppError({
    code: 'INVALID_INPUT',
    field: 'file',
    messageZh: `文件「${fileName}」第 ${header.row + 1} 行的表头缺少列：${missing.map((m) => m.zh).join('、')}。`,
    messageEn: `The header in row ${header.row + 1} of "${fileName}" lacks the column(s): ${missing.map((m) => m.en).join(', ')}.`,
    details: { missing: missing.map((m) => m.en) },
  });
}
