// Words of the fee-audit exports (XLSX and PDF) in both languages, and the file name, so that
// the workbook a broker keeps and the letter the charging party receives say the same thing.
import type { FeeAuditReport, FeePeriod } from '../../../shared/fees/schema';
import type { ChargingPartyKind, InspectionStatus } from '../../../shared/model/fees';
import type { Label } from '../../../shared/model/field-labels';
import { both, exportFileTypes, say, type ExportLanguage } from '../tracking/export-text.node';

export { both, chinaTime, say, type ExportLanguage } from '../tracking/export-text.node';

export const feeWords = {
  reportTitle: both('口岸收费审核报告', 'Port fee audit report'),
  letterTitle: both('口岸收费异议函', 'Objection to port charges'),
  fileStem: both('口岸收费审核', 'port-fee-audit'),
  to: both('致：', 'To: '),
  period: both('期间', 'Period'),
  party: both('收费方', 'Charging party'),
  partyKind: both('收费方类别', 'Party kind'),
  allParties: both('全部收费方', 'All charging parties'),
  allDates: both('全部日期', 'All dates'),
  generatedAt: both('生成时间', 'Generated'),
  currency: both('币种', 'Currency'),
  invoiced: both('发票金额', 'Invoiced'),
  disputed: both('争议金额', 'Disputed'),
  review: both('待核金额', 'To review'),
  invoices: both('发票数', 'Invoices'),
  disputedLines: both('争议行数', 'Disputed lines'),
  month: both('月份', 'Month'),
  invoiceNo: both('发票号', 'Invoice no.'),
  invoiceDate: both('发票日期', 'Invoice date'),
  lineNo: both('行号', 'Line'),
  item: both('收费项目', 'Item'),
  itemCode: both('项目代码', 'Item code'),
  quantity: both('数量', 'Quantity'),
  unit: both('单位', 'Unit'),
  unitPrice: both('单价', 'Unit price'),
  amount: both('金额', 'Amount'),
  blNo: both('提单号', 'B/L no.'),
  containerNo: both('箱号', 'Container'),
  serviceDate: both('服务日期', 'Service date'),
  rule: both('规则', 'Rule'),
  ruleTitle: both('规则名称', 'Rule title'),
  severity: both('性质', 'Severity'),
  atStake: both('涉及金额', 'At stake'),
  message: both('说明', 'Explanation'),
  sources: both('依据来源', 'Sources'),
  sourceId: both('编号', 'Id'),
  title: both('标题', 'Title'),
  url: both('网址', 'URL'),
  declaration: both('关联报关单', 'Linked declaration'),
  linkedBy: both('关联方式', 'Linked by'),
  inspection: both('查验结果', 'Inspection result'),
  status: both('审核结果', 'Status'),
  rules: both('规则', 'Rules'),
  overallTable: both('合计（按币种）', 'Totals by currency'),
  byPartyTable: both('按收费方', 'By charging party'),
  byMonthTable: both('按月份', 'By month'),
  byInvoiceTable: both('按发票', 'By invoice'),
  disputedSection: both('争议收费明细', 'Disputed charges'),
  reviewSection: both('待核实项目（不构成索赔）', 'Lines to review (not a claim)'),
  reviewNote: both(
    '以下项目仅提示需要核对（依据尚未核实或资料不足），本报告不据此主张退还，列出仅供双方核对。',
    'The lines below only need checking (their basis is unverified or the documents are incomplete). This report does not claim these amounts; they are listed for both sides to check.',
  ),
  sourcesSection: both('引用来源', 'Sources cited'),
  noDisputes: both('未发现争议收费。', 'No disputed charges were found.'),
  noReview: both('没有待核实项目。', 'Nothing to review.'),
  noInvoices: both('所选期间没有发票。', 'There are no invoices in the chosen period.'),
  exampleLists: both(
    '注意：本审核所依据的收费目录是程序自带的示例清单，并非贵方（或任何真实收费方）公布的收费目录；结论须以实际公布的收费目录核对后方可作为依据。',
    'Note: the findings rest on the example fee lists shipped with the app, not on a list published by the charging party (or by any real party). Check them against the actually published list before relying on them.',
  ),
  letterOpening: both(
    '我司审核了贵方在上述期间开具的收费发票。下列收费项目与贵方公布的收费目录或国家收费规定不符，请予核实，并退还或冲减下列争议金额。每一项均列明所依据的规则及来源。',
    'We have audited the invoices you issued for the period above. The charges listed below do not agree with your published fee list or with national charging rules. Please check them and refund or credit the amounts at stake. Each line names the rule and the sources it rests on.',
  ),
  reportOpening: both(
    '以下按收费方列出所选期间每一项争议收费，注明所依据的规则及来源；待核实项目另列，不构成索赔。',
    'Below, by charging party, every disputed charge of the period with the rule and the sources it rests on; lines to review are listed separately and are not a claim.',
  ),
  totalsNote: both('一行同时触犯多条规则时，合计只按较大的涉及金额计一次，且不超过该行金额。', 'When several rules catch one line, the totals count it once, at the larger amount and never above the line.'),
  partyTotals: both('本收费方合计', 'Totals of this party'),
  continued: both('（续）', ' (continued)'),
  ok: both('无异议', 'OK'),
  yes: both('是', 'yes'),
} satisfies Record<string, Label>;

export const feeSheetNames = {
  summary: both('汇总', 'Summary'),
  disputed: both('争议明细', 'Disputed lines'),
  invoices: both('发票', 'Invoices'),
  sources: both('来源', 'Sources'),
} satisfies Record<string, Label>;

const severityNames = { dispute: both('争议', 'dispute'), review: both('待核', 'to review') } as const;
export const severityName = (severity: 'dispute' | 'review', language: ExportLanguage): string => say(severityNames[severity], language);

const inspectionNames: Record<InspectionStatus, Label> = {
  'not-inspected': both('未查验', 'not inspected'),
  'problem-found': both('查验发现问题', 'problem found'),
  'no-problem': both('查验未发现问题', 'no problem found'),
  unknown: both('未知', 'unknown'),
};
export const inspectionName = (status: InspectionStatus, language: ExportLanguage): string => say(inspectionNames[status], language);

const linkNames = { declaration: both('发票注明', 'on the invoice'), bl: both('提单号', 'B/L no.'), container: both('箱号', 'container no.') } as const;
export const linkName = (by: 'declaration' | 'bl' | 'container', language: ExportLanguage): string => say(linkNames[by], language);

const partyKindNames: Record<ChargingPartyKind, Label> = {
  terminal: both('码头', 'terminal'),
  'shipping-line': both('船公司', 'shipping line'),
  yard: both('堆场', 'yard'),
  tally: both('理货', 'tally'),
  broker: both('报关行', 'customs broker'),
  forwarder: both('货代', 'forwarder'),
};
export const partyKindName = (kind: ChargingPartyKind, language: ExportLanguage): string => say(partyKindNames[kind], language);

export function ruleTitle(report: FeeAuditReport, ruleId: string, language: ExportLanguage): string {
  const rule = report.rules.find((r) => r.id === ruleId);
  if (!rule) return '';
  return language === 'en' ? rule.titleEn : rule.titleZh;
}

/** "S41 People's Daily …; G General knowledge …": the cited sources with their titles. */
export function sourcesText(report: FeeAuditReport, ids: readonly string[], language: ExportLanguage): string {
  return ids.map((id) => `${id} ${report.sources.find((s) => s.id === id)?.title ?? ''}`.trim()).join(language === 'en' ? '; ' : '；');
}

/** The period in words: "2025-03-01 – 2025-03-31", or open on one side. */
export function periodText(period: FeePeriod, language: ExportLanguage): string {
  if (!period.from && !period.to) return say(feeWords.allDates, language);
  return `${period.from ?? '…'} – ${period.to ?? '…'}`;
}

/**
 * What the file name says of the period: one month ("2025-03") when the query is one calendar
 * month or, without a period, when every invoice falls in one month; else the two ends.
 */
export function periodStem(report: FeeAuditReport): string {
  const { from, to } = report.query.period;
  if (from && to) return from.slice(0, 7) === to.slice(0, 7) ? from.slice(0, 7) : `${from}_${to}`;
  if (from) return `${from}_`;
  if (to) return `_${to}`;
  const months = report.byMonth.map((m) => m.key).sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return 'all';
  return first === last ? first : `${first}_${last}`;
}

/** `口岸收费审核_2025-03.pdf` / `port-fee-audit_2025-03.xlsx`. */
export function feeExportFileName(report: FeeAuditReport, format: 'xlsx' | 'pdf', language: ExportLanguage): string {
  return `${say(feeWords.fileStem, language)}_${periodStem(report)}.${exportFileTypes[format].extension}`;
}

export { exportFileTypes };
