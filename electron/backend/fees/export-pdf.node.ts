// The audit as a PDF the trader can send (A4 portrait). For one charging party it reads as a
// letter addressed to that party; over all parties it is a report grouped by party. Top to
// bottom: title, period, generated at, the example-list warning when it applies, the totals at
// stake per currency, then per party the disputed lines (rule, message, sources with titles)
// and, apart and marked as not a claim, the lines to review; last the sources with their URLs.
// Tables flow over pages with their header repeated; every page carries "page x of y".
import type { FeeAuditReport } from '../../../shared/fees/schema';
import { partyKey } from '../../../shared/fees/match';
import type { Label } from '../../../shared/model/field-labels';
import { A4, MARGIN, CONTENT_WIDTH, PdfCanvas, type TextStyle } from '../pdf/canvas.node';
import { FlowingTable, type Column } from '../pdf/table.node';
import { assertPrintable, type PrintableText } from '../pdf/printable.node';
import { savePdf } from '../pdf/pdf-api.node';
import { RowProgress, type ExportControl } from './export-progress.node';
import { findingRows, partyGroups, type FindingRow, type PartyGroup } from './export-rows.node';
import { both, chinaTime, feeWords as w, periodText, ruleTitle, say, sourcesText, type ExportLanguage } from './export-text.node';

const TITLE: TextStyle = { size: 16, weight: 'bold' };
const HEADING: TextStyle = { size: 11, weight: 'bold' };
const SUBHEADING: TextStyle = { size: 9.5, weight: 'bold' };
const BODY: TextStyle = { size: 8.5 };
const META: TextStyle = { size: 8.5, gray: 0.15 };
const WARNING: TextStyle = { size: 8.5, weight: 'bold' };
const RUNNING: TextStyle = { size: 7, gray: 0.35 };
const TABLE_HEAD: TextStyle = { size: 7.5, weight: 'bold' };
const TABLE_BODY: TextStyle = { size: 7.5 };
const FOOTER_Y = 30;

const labels = {
  invoice: both('发票', 'Invoice'),
  explanation: both('说明及依据', 'Explanation and sources'),
  basedOn: both('依据：', 'Sources: '),
  closing: both('请核实后予以答复。如有疑问，请与我司联系。', 'Please check these charges and reply. Do contact us with any questions.'),
  linked: both('报关单', 'declaration'),
} satisfies Record<string, Label>;

class ReportWriter {
  private runningHead = '';
  private readonly multiCurrency: boolean;

  constructor(
    readonly canvas: PdfCanvas,
    private readonly report: FeeAuditReport,
    private readonly language: ExportLanguage,
    private readonly progress: RowProgress,
  ) {
    this.multiCurrency = new Set(report.invoices.map((a) => a.invoice.currency)).size > 1;
  }

  say(label: Label): string {
    return say(label, this.language);
  }

  /** A new page with the running head (title and period) above the content. */
  newPage = (): void => {
    this.canvas.newPage(A4);
    if (this.runningHead) {
      this.canvas.text(this.canvas.fit(this.runningHead, CONTENT_WIDTH, RUNNING), MARGIN.left, this.canvas.y - 7, RUNNING);
      this.canvas.y -= 16;
    }
  };

  setRunningHead(text: string): void {
    this.runningHead = text;
  }

  /** Moves to a new page when less than `height` is left above the bottom margin. */
  ensureRoom(height: number): void {
    if (this.canvas.y - height < MARGIN.bottom) this.newPage();
  }

  /** Wrapped text; breaks pages between lines. */
  paragraph(text: string, style: TextStyle, gapAfter = 4): void {
    const lineHeight = style.size * 1.35;
    for (const line of this.canvas.wrap(text, CONTENT_WIDTH, style)) {
      this.ensureRoom(lineHeight);
      this.canvas.text(line, MARGIN.left, this.canvas.y - style.size, style);
      this.canvas.y -= lineHeight;
    }
    this.canvas.y -= gapAfter;
  }

  /** A heading kept together with some room for what follows it. */
  heading(text: string, style: TextStyle = HEADING): void {
    this.ensureRoom(style.size * 1.4 + 40);
    this.canvas.y -= 4;
    this.canvas.text(text, MARGIN.left, this.canvas.y - style.size, style);
    this.canvas.y -= style.size * 1.4 + 3;
  }

  table(columns: Column[]): FlowingTable {
    this.ensureRoom(40);
    const table = new FlowingTable(this.canvas, { columns, head: TABLE_HEAD, body: TABLE_BODY, newPage: this.newPage });
    table.header();
    return table;
  }

  money(value: string, currency: string): string {
    return this.multiCurrency ? `${value} ${currency}` : value;
  }

  totalsTable(rows: readonly { label?: string; currency: string; invoiced: string; disputed: string; review: string; invoices: number; disputedLines: number }[], labelHeader?: Label): void {
    const columns: Column[] = [
      ...(labelHeader ? [{ header: this.say(labelHeader), width: 3 }] : []),
      { header: this.say(w.currency), width: 1 },
      ...[w.invoiced, w.disputed, w.review, w.invoices, w.disputedLines].map((l) => ({ header: this.say(l), width: 1.4, align: 'right' as const })),
    ];
    const table = this.table(columns);
    for (const t of rows) {
      table.row([...(labelHeader ? [t.label ?? ''] : []), t.currency, t.invoiced, t.disputed, t.review, String(t.invoices), String(t.disputedLines)]);
    }
    this.canvas.y -= 8;
  }

  async findingsTable(rows: readonly FindingRow[]): Promise<void> {
    const columns: Column[] = [
      { header: this.say(labels.invoice), width: 1.5 },
      { header: this.say(w.lineNo), width: 0.5, align: 'center' },
      { header: this.say(w.item), width: 1.8 },
      { header: this.say(w.amount), width: 1, align: 'right' },
      { header: this.say(w.atStake), width: 1, align: 'right' },
      { header: this.say(w.rule), width: 1.7 },
      { header: this.say(labels.explanation), width: 4.6 },
    ];
    const table = this.table(columns);
    for (const { invoice, line, finding, link } of rows) {
      const where = [line.blNo, line.containerNo].filter(Boolean).join(' ');
      const message = this.language === 'en' ? finding.messageEn : finding.messageZh;
      const declaration = link ? `\n${this.say(labels.linked)} ${link.declarationTitle}` : '';
      table.row([
        `${invoice.invoiceNo}\n${invoice.invoiceDate}`,
        String(line.lineNo),
        `${line.itemName}${where ? `\n${where}` : ''}${declaration}`,
        this.money(line.amount, invoice.currency),
        this.money(finding.atStake, invoice.currency),
        `${finding.ruleId}\n${ruleTitle(this.report, finding.ruleId, this.language)}`,
        finding.sources.length > 0 ? `${message}\n${this.say(labels.basedOn)}${sourcesText(this.report, finding.sources, this.language)}` : message,
      ]);
      await this.progress.row();
    }
    this.canvas.y -= 8;
  }

  async group(group: PartyGroup, withHeading: boolean): Promise<void> {
    if (withHeading) {
      this.heading(group.name, HEADING);
      const totals = this.report.byParty.filter((t) => t.key === group.key);
      const separator = this.language === 'en' ? '; ' : '；';
      const colon = this.language === 'en' ? ': ' : '：';
      const comma = this.language === 'en' ? ', ' : '，';
      const text = totals.map((t) => `${t.currency} ${this.say(w.disputed)} ${t.disputed}${comma}${this.say(w.review)} ${t.review}`).join(separator);
      if (text) this.paragraph(`${this.say(w.partyTotals)}${colon}${text}`, META);
    }
    this.heading(this.say(w.disputedSection), SUBHEADING);
    if (group.disputes.length === 0) this.paragraph(this.say(w.noDisputes), BODY);
    else await this.findingsTable(group.disputes);
    this.heading(this.say(w.reviewSection), SUBHEADING);
    if (group.reviews.length === 0) {
      this.paragraph(this.say(w.noReview), BODY);
    } else {
      this.paragraph(this.say(w.reviewNote), { ...BODY, gray: 0.25 });
      await this.findingsTable(group.reviews);
    }
  }

  sourcesTable(): void {
    this.heading(this.say(w.sourcesSection));
    const table = this.table([
      { header: this.say(w.sourceId), width: 0.6 },
      { header: this.say(w.title), width: 5 },
      { header: this.say(w.url), width: 3.6 },
    ]);
    for (const s of this.report.sources) table.row([s.id, s.title, s.url ?? '']);
  }

  /** "Page x of y" and the title on every page, drawn once the page count is known. */
  footers(title: string): void {
    const total = this.canvas.pages.length;
    for (let index = 0; index < total; index++) {
      const pageText = this.language === 'en' ? `Page ${index + 1} of ${total}` : `第 ${index + 1} 页 / 共 ${total} 页`;
      const x = this.canvas.alignedX(pageText, MARGIN.left, CONTENT_WIDTH, { size: 8 }, 'right');
      this.canvas.textOnPage(index, pageText, x, FOOTER_Y, { size: 8 });
      this.canvas.textOnPage(index, this.canvas.fit(title, CONTENT_WIDTH - 90, RUNNING), MARGIN.left, FOOTER_Y, RUNNING);
    }
  }
}

/** Texts from invoices (typed or imported by a person) that the report draws: checked before drawing. */
function printableTexts(report: FeeAuditReport): PrintableText[] {
  const texts: PrintableText[] = [];
  report.invoices.forEach((a, i) => {
    const path = `invoices.${i}.invoice`;
    texts.push({ path: `${path}.party.name`, label: w.party, value: a.invoice.party.name }, { path: `${path}.invoiceNo`, label: w.invoiceNo, value: a.invoice.invoiceNo });
    a.invoice.lines.forEach((line, n) => {
      texts.push({ path: `${path}.lines.${n}.itemName`, label: both(`发票 ${a.invoice.invoiceNo} 第 ${line.lineNo} 行的收费项目`, `The item of invoice ${a.invoice.invoiceNo} line ${line.lineNo}`), value: line.itemName });
      texts.push({ path: `${path}.lines.${n}.blNo`, label: w.blNo, value: line.blNo });
    });
    a.links.forEach((l, n) => texts.push({ path: `invoices.${i}.links.${n}.declarationTitle`, label: w.declaration, value: l.declarationTitle }));
  });
  return texts;
}

export async function feeAuditPdf(report: FeeAuditReport, language: ExportLanguage, control: ExportControl = {}): Promise<Uint8Array> {
  assertPrintable(printableTexts(report));
  const canvas = await PdfCanvas.create();
  const rows = findingRows(report);
  const progress = new RowProgress(rows.length, control);
  const writer = new ReportWriter(canvas, report, language, progress);
  const colon = language === 'en' ? ': ' : '：';
  const single = report.query.partyKey ? (report.byParty.find((p) => p.key === report.query.partyKey)?.label ?? report.invoices[0]?.invoice.party.name ?? report.query.partyKey) : null;
  const title = say(single ? w.letterTitle : w.reportTitle, language);
  const period = periodText(report.query.period, language);

  canvas.doc.setTitle(`${title} ${period}`);
  canvas.doc.setCreator('Clearway');
  canvas.doc.setProducer('Clearway');
  canvas.doc.setCreationDate(new Date(report.generatedAt));

  writer.newPage();
  canvas.text(title, MARGIN.left, canvas.y - TITLE.size, TITLE);
  canvas.y -= TITLE.size + 12;
  if (single) writer.paragraph(`${say(w.to, language)}${single}`, { size: 10.5, weight: 'bold' }, 6);
  writer.paragraph(`${say(w.period, language)}${colon}${period}`, META, 0);
  writer.paragraph(`${say(w.generatedAt, language)}${colon}${chinaTime(report.generatedAt)}`, META, 8);
  writer.setRunningHead([title, single, period].filter(Boolean).join(' · '));

  if (report.usesExampleLists) {
    const lines = canvas.wrap(say(w.exampleLists, language), CONTENT_WIDTH - 12, WARNING);
    const height = lines.length * WARNING.size * 1.35 + 10;
    canvas.shade(MARGIN.left, canvas.y - height, CONTENT_WIDTH, height, 0.92);
    canvas.box(MARGIN.left, canvas.y - height, CONTENT_WIDTH, height, 0.8);
    lines.forEach((line, i) => canvas.text(line, MARGIN.left + 6, canvas.y - 5 - WARNING.size - i * WARNING.size * 1.35, WARNING));
    canvas.y -= height + 10;
  }

  if (report.invoices.length === 0) {
    writer.paragraph(say(w.noInvoices, language), BODY);
  } else {
    writer.paragraph(say(single ? w.letterOpening : w.reportOpening, language), BODY, 8);
    writer.heading(say(w.overallTable, language));
    writer.totalsTable(report.overall);
    writer.paragraph(say(w.totalsNote, language), { ...BODY, size: 7.5, gray: 0.3 }, 6);
    const groups = partyGroups(report, rows, (invoice) => partyKey(invoice.party));
    if (!single) {
      writer.heading(say(w.byPartyTable, language));
      writer.totalsTable(report.byParty, w.party);
    }
    if (report.byMonth.length > 1) {
      writer.heading(say(w.byMonthTable, language));
      writer.totalsTable(report.byMonth, w.month);
    }
    writer.heading(say(w.byInvoiceTable, language));
    writer.totalsTable(
      report.invoices.map((a) => ({ ...a.totals, label: `${a.invoice.invoiceNo}  ${a.invoice.invoiceDate}${single ? '' : `\n${a.invoice.party.name}`}` })),
      w.invoiceNo,
    );
    for (const group of groups) await writer.group(group, !single);
    if (single) writer.paragraph(say(labels.closing, language), BODY, 8);
  }
  if (report.sources.length > 0) writer.sourcesTable();
  writer.footers(`${title} · ${period}`);
  await progress.saving();
  const bytes = await savePdf(canvas.doc);
  progress.saved();
  return bytes;
}
