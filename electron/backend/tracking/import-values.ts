import { squash } from '../../../shared/import/header-match';
import { TrackingEventKind, trackingEventNames, type InspectionOutcome } from '../../../shared/model/tracking';
import { chinaTimeToUtc } from '../../../shared/metrics/china-time';

/** Words terminals and forwarders use for a step, beyond our code and its zh/en names. */
const extraWords: Partial<Record<TrackingEventKind, readonly string[]>> = {
  'vessel-arrival': ['抵港', '到港', '靠泊', '船舶到港', 'ata', 'arrival', 'vesselarrived'],
  'goods-arrival': ['运抵', '运抵报告', '进港', 'gatein'],
  discharge: ['卸船', '卸货', '卸箱', 'unloading', 'discharged'],
  declared: ['申报', '申报成功', 'lodged'],
  accepted: ['接单', '入库成功', '海关接收', 'registered'],
  assessed: ['审结', '报关单审结'],
  'inspection-ordered': ['查验', '查验通知', 'inspection'],
  'inspection-done': ['查验结束', '查验完成'],
  released: ['放行', '海关放行', 'customsrelease', 'customsreleased'],
  closed: ['结关', '已结关'],
  'terminal-release': ['码头放行', '码放'],
  'edo-issued': ['换单', '电子提货单', '提货单', 'edo', 'do', 'deliveryorder'],
  'gate-out': ['提离', '出闸', '提箱', '提箱出场', 'gateout', 'outgate'],
};

const kindWords = new Map<string, TrackingEventKind>();
for (const kind of TrackingEventKind.options) {
  for (const word of [kind, trackingEventNames[kind].zh, trackingEventNames[kind].en, ...(extraWords[kind] ?? [])]) kindWords.set(squash(word), kind);
}

/** "gate-out", "Gate out", "提离出闸", "出闸" -> gate-out; null for words we do not know. */
export function readEventKind(text: string): TrackingEventKind | null {
  return kindWords.get(squash(text)) ?? null;
}

/** Excel's day 0 (1899-12-30, its 1900 leap-year bug included) in ms; serials are wall-clock days. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A time cell to ISO UTC: an Excel date (read as wall-clock text, or a bare serial when the cell
 * was not formatted as a date), "2026-11-03 14:20", "2026/11/03 14:20" or ISO 8601. Without a zone
 * it is China time. Null when it cannot be read as a moment.
 */
export function readEventTime(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{5}(?:\.\d+)?$/.test(trimmed)) {
    const wallClock = new Date(EXCEL_EPOCH_MS + Math.round(Number(trimmed) * DAY_MS));
    return chinaTimeToUtc(wallClock.toISOString().slice(0, 19));
  }
  // A date alone is not a step's time: the hours are what the statistics measure.
  if (/^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/.test(trimmed)) return null;
  return chinaTimeToUtc(trimmed);
}

/** "msku 123456-7" -> "MSKU1234567" when it has the shape of a container number (ISO 6346: 4 letters, 7 digits). */
export function readContainerNo(text: string): string | null {
  const id = text.normalize('NFKC').toUpperCase().replace(/[\s\-/]/g, '');
  return /^[A-Z]{4}\d{7}$/.test(id) ? id : null;
}

/** Words inspection reports use for the result, matched whole (so "无异常" is never read as "异常"). */
const outcomeWords: [RegExp, InspectionOutcome][] = [
  [/^(?:无异常|未见异常|正常|通过|合格|查验通过|没有问题|无问题|未发现问题|noproblem|noproblems|noproblemfound|ok|passed|pass|clear|cleared|normal|noissue|noissues)$/u, 'no-problem'],
  [/^(?:有异常|异常|发现问题|有问题|不合格|查验不合格|不通过|problem|problems|problemfound|problemsfound|failed|fail|issue|issuesfound|abnormal|discrepancy)$/u, 'problem-found'],
];

/** "无异常", "No problem" -> no-problem; "发现问题", "Problem found" -> problem-found; null for other words. */
export function readInspectionOutcome(text: string): InspectionOutcome | null {
  const t = squash(text);
  return outcomeWords.find(([re]) => re.test(t))?.[1] ?? null;
}
