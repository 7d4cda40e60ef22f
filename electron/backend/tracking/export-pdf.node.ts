// The one-page report (A4 landscape) through the PDF engine: the bundled CJK font and its canvas,
// the flowing table, the printable-character check. Top to bottom: title, query, the five
// intervals, the two charts side by side, the notes and national sources in small print. The
// notes are measured first and the charts take the height left, so any data fits on one page.
import type { Dashboard } from '../../../shared/metrics/schema';
import { A4_LANDSCAPE, PdfCanvas, type TextStyle } from '../pdf/canvas.node';
import { FlowingTable } from '../pdf/table.node';
import { assertPrintable, type PrintableText } from '../pdf/printable.node';
import { savePdf } from '../pdf/pdf-api.node';
import { chartSelection, drawMonthlyChart, drawStepBars, type ChartSelection } from './export-pdf-charts.node';
import {
  both,
  chinaTime,
  directionName,
  exportWords as w,
  figureKindName,
  hoursText,
  intervalName,
  queryItems,
  say,
  shareText,
  type ExportLanguage,
} from './export-text.node';

const PAGE = A4_LANDSCAPE;
const EDGE = { left: 28, right: 28, top: 26, bottom: 18 } as const;
const WIDTH = PAGE.width - EDGE.left - EDGE.right;

const TITLE: TextStyle = { size: 16, weight: 'bold' };
const META: TextStyle = { size: 8, gray: 0.15 };
const TABLE_HEAD: TextStyle = { size: 7.5, weight: 'bold' };
const TABLE_BODY: TextStyle = { size: 7.5 };
const NOTE: TextStyle = { size: 6, gray: 0.3 };
const NOTE_LINE = 7.6;
const MAX_NOTE_LINES = 9;

const words = {
  definition: both(
    '口径：整体通关时间为抵港（出口为运抵）至海关放行；时间单位为小时；中位数与 P90 按 Excel PERCENTILE.INC 计算；缺少任一端的报关单不计入该区间。',
    'Definitions: overall clearance time runs from arrival (export: goods arrival) to customs release; hours; median and P90 as Excel PERCENTILE.INC; a declaration lacking either end of an interval is left out of it.',
  ),
  sources: both('全国参考数据来源：', 'Sources of the national figures: '),
  noNational: both('无全国参考数据。', 'No national reference figures.'),
  unverified: both('（待核实）', ' (to be checked)'),
  moreInFiles: both('（完整列表见 XLSX「参考」表）', ' (the full list is on the XLSX Reference sheet)'),
  overflow: both('一页报告超出页面', 'the one-page report overflowed its page'),
};

/** Texts from the data that the report draws (user-entered names): checked before drawing. */
function printableTexts(dashboard: Dashboard, language: ExportLanguage): PrintableText[] {
  const labelField = language === 'en' ? 'labelEn' : 'labelZh';
  return [
    { path: 'query.party', label: w.party, value: dashboard.query.party },
    ...dashboard.breakdown.rows.map((row, i) => ({ path: `breakdown.rows.${i}.${labelField}`, label: w.name, value: row[labelField] })),
    ...dashboard.national.flatMap((f, i) => [
      { path: `national.${i}.period`, label: w.period, value: f.period },
      { path: `national.${i}.source`, label: w.source, value: f.source },
    ]),
  ];
}

function sourceText(dashboard: Dashboard, language: ExportLanguage): string {
  if (dashboard.national.length === 0) return say(words.noNational, language);
  const separator = language === 'en' ? '; ' : '；';
  const figures = dashboard.national.map(
    (f) =>
      `${directionName(f.direction, language)} ${f.period} ${hoursText(f.hours)} h ${figureKindName(f.kind, language)} ${f.source}${f.verified ? '' : say(words.unverified, language)}`,
  );
  return say(words.sources, language) + figures.join(separator);
}

/** The small print, wrapped and capped: what was left out, the definitions, the sources. */
function noteLines(canvas: PdfCanvas, dashboard: Dashboard, selection: ChartSelection, language: ExportLanguage): string[] {
  const lines = [...selection.notes, say(words.definition, language)].flatMap((note) => canvas.wrap(note, WIDTH, NOTE));
  const sources = canvas.wrap(sourceText(dashboard, language), WIDTH, NOTE);
  const room = Math.max(1, MAX_NOTE_LINES - lines.length);
  if (sources.length <= room) return [...lines, ...sources];
  const kept = sources.slice(0, room);
  const more = say(words.moreInFiles, language);
  // Always an ellipsis: even when the last kept line fits, the lines after it are left out.
  const last = canvas.fit(kept[room - 1] ?? '', WIDTH - canvas.width(`…${more}`, NOTE), NOTE);
  kept[room - 1] = `${last.endsWith('…') ? last : `${last}…`}${more}`;
  return [...lines, ...kept];
}

function header(canvas: PdfCanvas, dashboard: Dashboard, language: ExportLanguage): void {
  const top = PAGE.height - EDGE.top;
  canvas.text(say(w.reportTitle, language), EDGE.left, top - 14, TITLE);
  const generated = `${say(w.generatedAt, language)} ${chinaTime(dashboard.generatedAt)}`;
  canvas.text(generated, EDGE.left + WIDTH - canvas.width(generated, META), top - 12, META);
  const separator = language === 'en' ? ' · ' : '　';
  const colon = language === 'en' ? ': ' : '：';
  const query = queryItems(dashboard, language).map((item) => `${item.label}${colon}${item.value}`);
  const counts = [
    `${say(w.declarations, language)}${colon}${dashboard.declarations}`,
    `${say(w.waiting, language)}${colon}${dashboard.waiting}`,
    `${say(w.inspected, language)}${colon}${dashboard.inspected}`,
  ];
  if (dashboard.baseline) {
    counts.push(`${say(w.baselineMean, language)}${colon}${hoursText(dashboard.baseline.overallMeanH) || '–'}`);
    counts.push(`${say(w.goal, language)}${colon}${hoursText(dashboard.baseline.goalH) || '–'}`);
  }
  let y = top - 30;
  const queryLines = canvas.wrap(query.join(separator), WIDTH, META);
  // Two lines at most: a very long party or baseline text is cut rather than pushing the charts off.
  for (const [i, line] of queryLines.slice(0, 2).entries()) {
    canvas.text(i === 1 && queryLines.length > 2 ? canvas.fit(`${line}${queryLines[2] ?? ''}`, WIDTH, META) : line, EDGE.left, y, META);
    y -= 11;
  }
  canvas.text(canvas.fit(counts.join(separator), WIDTH, META), EDGE.left, y, META);
  canvas.y = y - 8;
}

function intervalTable(canvas: PdfCanvas, dashboard: Dashboard, language: ExportLanguage): void {
  const columns = [w.interval, w.count, w.incomplete, w.mean, w.median, w.p90, w.max, w.within24, w.within48].map((label, i) => ({
    header: say(label, language),
    width: i === 0 ? 3 : 1,
    align: i === 0 ? ('left' as const) : ('right' as const),
  }));
  const table = new FlowingTable(canvas, {
    columns,
    head: TABLE_HEAD,
    body: TABLE_BODY,
    left: EDGE.left,
    width: WIDTH,
    newPage: () => {
      throw new Error(say(words.overflow, 'en'));
    },
  });
  table.header();
  const dash = (text: string) => text || '–';
  for (const s of dashboard.intervals) {
    table.row(
      [
        intervalName(s.interval, language),
        String(s.count),
        String(s.incomplete),
        dash(hoursText(s.meanH)),
        dash(hoursText(s.medianH)),
        dash(hoursText(s.p90H)),
        dash(hoursText(s.maxH)),
        dash(shareText(s.within24)),
        dash(shareText(s.within48)),
      ],
      s.interval === 'arrival-released' ? 'bold' : 'regular',
    );
  }
}

export async function dashboardPdf(dashboard: Dashboard, language: ExportLanguage): Promise<Uint8Array> {
  assertPrintable(printableTexts(dashboard, language));
  const canvas = await PdfCanvas.create();
  canvas.newPage(PAGE);
  canvas.doc.setTitle(`${say(w.reportTitle, language)} ${dashboard.query.from} – ${dashboard.query.to}`);
  canvas.doc.setCreator('Clearway');
  canvas.doc.setProducer('Clearway');
  canvas.doc.setCreationDate(new Date(dashboard.generatedAt));

  const selection = chartSelection(dashboard, language);
  header(canvas, dashboard, language);
  intervalTable(canvas, dashboard, language);

  const notes = noteLines(canvas, dashboard, selection, language);
  const notesTop = EDGE.bottom + notes.length * NOTE_LINE;
  notes.forEach((line, i) => canvas.text(line, EDGE.left, notesTop - NOTE_LINE * (i + 1) + 2, NOTE));

  const chartTop = canvas.y - 14;
  const chartBottom = notesTop + 8;
  const barsWidth = WIDTH * 0.58;
  const gap = 22;
  drawStepBars(canvas, { x: EDGE.left, y: chartBottom, width: barsWidth, height: chartTop - chartBottom }, dashboard, selection.rows, language);
  drawMonthlyChart(
    canvas,
    { x: EDGE.left + barsWidth + gap, y: chartBottom, width: WIDTH - barsWidth - gap, height: chartTop - chartBottom },
    selection.months,
    selection.national,
    language,
  );
  return savePdf(canvas.doc);
}
