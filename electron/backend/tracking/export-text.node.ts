// Words and number formats shared by the three export formats (CSV, XLSX, PDF), so that a figure
// reads the same whichever file the broker opens: hours with 2 decimals, shares as percentages
// with 1 decimal, dates in China time (the dashboard's periods are China dates).
import type { BreakdownDimension, Dashboard, TrsInterval } from '../../../shared/metrics/schema';
import { trsIntervalNames } from '../../../shared/metrics/schema';
import type { Label } from '../../../shared/model/field-labels';
import { breakdownLabel, noCodeNames } from '../../../shared/metrics/breakdown-labels';
import { chinaWallClock } from '../../../shared/metrics/china-time';

export type ExportLanguage = 'zh-CN' | 'en';

export const both = (zh: string, en: string): Label => ({ zh, en });

export function say(label: Label, language: ExportLanguage): string {
  return language === 'en' ? label.en : label.zh;
}

export const exportWords = {
  reportTitle: both('通关时效报告', 'Clearance time report'),
  fileStem: both('通关时效', 'clearance-time'),
  period: both('统计期间', 'Period'),
  direction: both('进出口', 'Direction'),
  party: both('收发货人', 'Consignee / consignor'),
  breakdown: both('分组维度', 'Breakdown'),
  baseline: both('基准期', 'Baseline period'),
  reduction: both('压缩目标', 'Reduction goal'),
  baselineMean: both('基准期整体平均（小时）', 'Baseline overall mean (h)'),
  goal: both('目标（小时）', 'Goal (h)'),
  declarations: both('报关单数', 'Declarations'),
  waiting: both('待放行', 'Waiting for release'),
  inspected: both('查验', 'Inspected'),
  generatedAt: both('生成时间', 'Generated'),
  all: both('全部', 'All'),
  none: both('未设定', 'Not set'),
  interval: both('区间', 'Interval'),
  count: both('完整链条数', 'Complete chains'),
  incomplete: both('缺步骤（未计入）', 'Incomplete (excluded)'),
  mean: both('平均（小时）', 'Mean (h)'),
  median: both('中位数（小时）', 'Median (h)'),
  p90: both('P90（小时）', 'P90 (h)'),
  min: both('最短（小时）', 'Min (h)'),
  max: both('最长（小时）', 'Max (h)'),
  within24: both('24小时内占比', 'Within 24 h'),
  within48: both('48小时内占比', 'Within 48 h'),
  within72: both('72小时内占比', 'Within 72 h'),
  key: both('代码', 'Code'),
  name: both('名称', 'Name'),
  month: both('月份', 'Month'),
  declaredReleased: both('申报→放行平均（小时）', 'Declaration → release mean (h)'),
  gapToGoal: both('高于目标（小时）', 'Above goal (h)'),
  fromH: both('自（小时）', 'From (h)'),
  toH: both('至（小时）', 'To (h)'),
  hour: both('抵港后小时', 'Hours after arrival'),
  releasedShare: both('已放行占比', 'Share released'),
  figure: both('全国整体通关时间（小时）', 'National overall clearance time (h)'),
  kind: both('类别', 'Kind'),
  source: both('来源', 'Source'),
  verified: both('已核实', 'Verified'),
  yes: both('是', 'yes'),
  no: both('否（待核实）', 'no (to be checked)'),
  query: both('查询条件', 'Query'),
  item: both('项目', 'Item'),
  value: both('值', 'Value'),
  intervalsTable: both('整体时效', 'Clearance intervals'),
  breakdownTable: both('分组时效', 'Breakdown'),
  monthlyTable: both('月度趋势', 'Monthly'),
  distributionTable: both('分布', 'Distribution'),
  releaseCurveTable: both('按小时累计放行', 'Released by hour'),
  referenceTable: both('全国参考数据', 'National reference figures'),
} satisfies Record<string, Label>;

export const sheetNames = {
  summary: both('概览', 'Summary'),
  breakdown: both('分组', 'Breakdown'),
  monthly: both('月度', 'Monthly'),
  distribution: both('分布', 'Distribution'),
  reference: both('参考', 'Reference'),
} satisfies Record<string, Label>;

const dimensionNames: Record<BreakdownDimension, Label> = {
  direction: both('进出口', 'Direction'),
  'customs-district': both('申报地海关', 'Customs district'),
  port: both('进出境关别', 'Port of entry / exit'),
  'trade-mode': both('监管方式', 'Trade mode'),
  'transport-mode': both('运输方式', 'Transport mode'),
  tier: both('收发货人信用等级', 'Consignee credit tier'),
  inspected: both('是否查验', 'Inspected or not'),
  month: both('月份', 'Month'),
};

const figureKinds = { actual: both('实际', 'actual'), target: both('目标', 'target'), baseline: both('基准', 'baseline') } as const;

export const intervalName = (interval: TrsInterval, language: ExportLanguage): string => say(trsIntervalNames[interval], language);
export const dimensionName = (dimension: BreakdownDimension, language: ExportLanguage): string => say(dimensionNames[dimension], language);
export const directionName = (direction: 'I' | 'E', language: ExportLanguage): string => say(breakdownLabel('direction', direction, noCodeNames), language);
export const figureKindName = (kind: keyof typeof figureKinds, language: ExportLanguage): string => say(figureKinds[kind], language);

/** Hours with 2 decimals; '' for a figure that does not exist (no complete chain). */
export function hoursText(hours: number | null | undefined): string {
  return hours === null || hours === undefined ? '' : hours.toFixed(2);
}

/** A share 0..1 as a percentage with 1 decimal ('68.3%'). */
export function shareText(share: number | null | undefined): string {
  return share === null || share === undefined ? '' : `${(share * 100).toFixed(1)}%`;
}

export function periodText(from: string, to: string): string {
  return `${from} – ${to}`;
}

/** An ISO instant as China time, the clock the broker reads ('2026-11-26 20:52 (UTC+8)'). */
export function chinaTime(iso: string): string {
  return `${chinaWallClock(iso)} (UTC+8)`;
}

export function baselineText(dashboard: Dashboard, language: ExportLanguage): string {
  const baseline = dashboard.query.baseline;
  if (!baseline) return say(exportWords.none, language);
  const goal = `${say(exportWords.reduction, language)} ${shareText(baseline.reduction)}`;
  return language === 'en' ? `${periodText(baseline.from, baseline.to)}, ${goal}` : `${periodText(baseline.from, baseline.to)}，${goal}`;
}

/** The query in words, one line per item: what the figures are about. */
export function queryItems(dashboard: Dashboard, language: ExportLanguage): { label: string; value: string }[] {
  const { query } = dashboard;
  return [
    { label: say(exportWords.period, language), value: periodText(query.from, query.to) },
    { label: say(exportWords.direction, language), value: query.direction ? directionName(query.direction, language) : say(exportWords.all, language) },
    { label: say(exportWords.party, language), value: query.party ?? say(exportWords.all, language) },
    { label: say(exportWords.breakdown, language), value: dimensionName(query.breakdown, language) },
    { label: say(exportWords.baseline, language), value: baselineText(dashboard, language) },
  ];
}

export interface ExportFileType {
  extension: 'csv' | 'xlsx' | 'pdf';
  mimeType: string;
}

export const exportFileTypes: Record<'csv' | 'xlsx' | 'pdf', ExportFileType> = {
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
};

/** `通关时效-2026-01-01_2026-12-31.pdf` / `clearance-time-2026-01-01_2026-12-31.csv`. */
export function exportFileName(dashboard: Dashboard, format: 'csv' | 'xlsx' | 'pdf', language: ExportLanguage): string {
  return `${say(exportWords.fileStem, language)}-${dashboard.query.from}_${dashboard.query.to}.${exportFileTypes[format].extension}`;
}
