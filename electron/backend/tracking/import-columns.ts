import { HEADER_SCAN_ROWS, type Grid } from '../../../shared/import/detect-header';
import { squash } from '../../../shared/import/header-match';

/** The columns an events file may have; at least one reference, an event and a time. */
export type EventColumn = 'entryId' | 'clientSeqNo' | 'billNo' | 'reference' | 'container' | 'event' | 'time' | 'note' | 'outcome';

/** Header words, Chinese and English, as brokers' and terminals' sheets print them (compared squashed). */
const synonyms: Record<EventColumn, readonly string[]> = {
  entryId: ['报关单号', '报关单编号', '海关编号', '报关单海关编号', 'entryid', 'entryno', 'entrynumber', 'customsdeclarationno', 'declarationno'],
  clientSeqNo: ['客户端编号', '客户端统一编号', '统一编号', 'clientseqno', 'clientsequenceno', 'clientseq'],
  billNo: ['提运单号', '提单号', '运单号', 'blno', 'billno', 'billoflading', 'billofladingno', 'mblno', 'hblno'],
  reference: ['单号', '报关单', '参考号', 'reference', 'ref', 'declaration'],
  container: ['集装箱号', '箱号', '集装箱', 'containerno', 'containernumber', 'container', 'cntrno', 'ctnrno'],
  event: ['事件', '节点', '环节', '状态', '事件类型', 'event', 'milestone', 'status', 'eventtype', 'step'],
  time: ['时间', '事件时间', '发生时间', '日期时间', '日期', 'time', 'eventtime', 'datetime', 'date', 'at', 'timestamp'],
  note: ['备注', '说明', 'note', 'notes', 'remark', 'remarks', 'comment'],
  // What an inspection found (查验结果): only an inspection-done row may carry one.
  outcome: ['查验结果', '查验结论', '查验情况', '检查结果', 'inspectionresult', 'inspectionoutcome', 'outcome'],
};

const lexicon: [string, EventColumn][] = Object.entries(synonyms).flatMap(([column, words]) =>
  words.map((w): [string, EventColumn] => [squash(w), column as EventColumn]),
);

/** The column one header cell names: the exact word, else the longest known word inside it ("报关单号 EntryId"). */
export function matchEventColumn(header: string): EventColumn | null {
  const text = squash(header);
  if (!text) return null;
  const exact = lexicon.find(([word]) => word === text);
  if (exact) return exact[1];
  let best: [string, EventColumn] | null = null;
  for (const entry of lexicon) {
    const han = /^\p{Script=Han}+$/u.test(entry[0]);
    if (entry[0].length < (han ? 2 : 4) || !text.includes(entry[0])) continue;
    if (!best || entry[0].length > best[0].length) best = entry;
  }
  return best?.[1] ?? null;
}

export interface EventHeader {
  /** 0-based row of the header in the grid. */
  row: number;
  columns: Map<EventColumn, { index: number; header: string }>;
}

const REFERENCES: readonly EventColumn[] = ['entryId', 'clientSeqNo', 'billNo', 'reference'];

export function hasReference(columns: EventHeader['columns']): boolean {
  return REFERENCES.some((c) => columns.has(c));
}

/**
 * The header among the first rows: the row that names the most columns, at least two. The first
 * cell naming a column keeps it (a second "时间" column is ignored).
 */
export function detectEventHeader(grid: Grid): EventHeader | null {
  let found: EventHeader | null = null;
  for (let row = 0; row < Math.min(grid.length, HEADER_SCAN_ROWS); row++) {
    const columns = new Map<EventColumn, { index: number; header: string }>();
    (grid[row] ?? []).forEach((cell, index) => {
      const column = matchEventColumn(cell);
      if (column && !columns.has(column)) columns.set(column, { index, header: cell.trim() });
    });
    if (columns.size >= 2 && (!found || columns.size > found.columns.size)) found = { row, columns };
  }
  return found;
}
