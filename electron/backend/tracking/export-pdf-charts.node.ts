// The two charts of the one-page report, drawn with pdf-lib rectangles and lines on the PDF
// engine's canvas: mean time per step as stacked horizontal bars per breakdown row, and the
// monthly overall mean against the goal and the national figure. What does not fit (rows, months)
// is left out by `chartSelection`, which also says so in words for the report's notes.
import { rgb, type RGB } from 'pdf-lib';
import { trsSteps, type BreakdownRow, type Dashboard, type MonthPoint, type NationalFigure, type TrsInterval } from '../../../shared/metrics/schema';
import type { PdfCanvas, TextStyle } from '../pdf/canvas.node';
import { directionName, dimensionName, hoursText, intervalName, say, both, type ExportLanguage } from './export-text.node';

export const MAX_BAR_ROWS = 8;
export const MAX_MONTHS = 24;

export interface ChartBox {
  x: number;
  /** Bottom edge. */
  y: number;
  width: number;
  height: number;
}

export interface ChartSelection {
  rows: BreakdownRow[];
  months: MonthPoint[];
  national: NationalFigure[];
  /** What was left out, in the report's language. */
  notes: string[];
}

const stepColors: Record<TrsInterval, RGB> = {
  'arrival-declared': rgb(0.53, 0.69, 0.86),
  'declared-accepted': rgb(0.98, 0.69, 0.31),
  'accepted-released': rgb(0.84, 0.35, 0.33),
  'released-gate-out': rgb(0.46, 0.7, 0.46),
  'arrival-released': rgb(0.3, 0.3, 0.3),
};
const BAR_COLOR = rgb(0.29, 0.47, 0.7);
const GOAL_COLOR = rgb(0.82, 0.18, 0.18);
const NATIONAL_COLOR = rgb(0.35, 0.35, 0.35);
const GRID_COLOR = rgb(0.86, 0.86, 0.86);

const TITLE: TextStyle = { size: 8.5, weight: 'bold' };
const LABEL: TextStyle = { size: 7 };
const SMALL: TextStyle = { size: 6, gray: 0.3 };
const INSIDE: TextStyle = { size: 6, gray: 1 };

const words = {
  barsTitle: both('各步骤平均用时（小时），按', 'Mean hours per step, by '),
  overall: both('整体', 'Overall'),
  noChains: both('无完整链条', 'no complete chain'),
  noGroups: both('本期间无分组数据', 'no groups in this period'),
  monthlyTitle: both('月度整体通关时间（小时）与目标', 'Monthly overall clearance time (h) against the goal'),
  monthlyMean: both('整体平均', 'Overall mean'),
  goal: both('目标', 'Goal'),
  national: both('全国', 'National'),
  noMonths: both('本期间无月度数据', 'no monthly figures in this period'),
};

/** Which rows, months and national figures fit the page; what was dropped, said in words. */
export function chartSelection(dashboard: Dashboard, language: ExportLanguage): ChartSelection {
  const notes: string[] = [];
  const all = dashboard.breakdown.rows;
  let rows = all;
  if (all.length > MAX_BAR_ROWS) {
    // Months read best in order (the latest ones); other groups by weight (the most declarations).
    rows =
      dashboard.breakdown.dimension === 'month'
        ? [...all].sort((a, b) => a.key.localeCompare(b.key)).slice(-MAX_BAR_ROWS)
        : [...all].sort((a, b) => b.declarations - a.declarations).slice(0, MAX_BAR_ROWS);
    notes.push(
      language === 'en'
        ? `The step chart shows ${MAX_BAR_ROWS} of ${all.length} groups (${dashboard.breakdown.dimension === 'month' ? 'the latest' : 'those with the most declarations'}); the CSV and XLSX exports have them all.`
        : `步骤图仅显示 ${all.length} 组中的 ${MAX_BAR_ROWS} 组（${dashboard.breakdown.dimension === 'month' ? '最近的月份' : '报关单最多的'}），全部分组见 CSV/XLSX 导出。`,
    );
  }
  let months = dashboard.monthly;
  if (months.length > MAX_MONTHS) {
    months = months.slice(-MAX_MONTHS);
    notes.push(
      language === 'en'
        ? `The monthly chart shows the latest ${MAX_MONTHS} of ${dashboard.monthly.length} months.`
        : `月度图仅显示 ${dashboard.monthly.length} 个月中最近的 ${MAX_MONTHS} 个月。`,
    );
  }
  return { rows, months, national: chartedNationalFigures(dashboard), notes };
}

/**
 * The national line(s) on the monthly chart: per direction in the query (both when none), the last
 * actual figure in the dashboard's list (the list runs oldest to newest, as the spec's table does).
 */
function chartedNationalFigures(dashboard: Dashboard): NationalFigure[] {
  const directions = dashboard.query.direction ? [dashboard.query.direction] : (['I', 'E'] as const);
  return directions.flatMap((direction) => {
    const actual = dashboard.national.filter((f) => f.direction === direction && f.kind === 'actual');
    const last = actual[actual.length - 1];
    return last ? [last] : [];
  });
}

/** Round tick values covering [min, max]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, target = 5): number[] {
  const span = max - min || 1;
  const magnitude = 10 ** Math.floor(Math.log10(span / target));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => span / s <= target) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let i = Math.floor(min / step); i <= Math.ceil(max / step); i++) ticks.push(Number((i * step).toFixed(10)));
  return ticks;
}

const tickText = (value: number, ticks: number[]) => value.toFixed((ticks[1] ?? 1) - (ticks[0] ?? 0) < 1 ? 1 : 0);

function rect(canvas: PdfCanvas, x: number, y: number, width: number, height: number, color: RGB): void {
  if (width <= 0 || height <= 0) return;
  canvas.page.drawRectangle({ x, y, width, height, color });
}

function line(canvas: PdfCanvas, from: [number, number], to: [number, number], color: RGB, thickness = 0.5, dashArray?: number[]): void {
  canvas.page.drawLine({ start: { x: from[0], y: from[1] }, end: { x: to[0], y: to[1] }, color, thickness, ...(dashArray ? { dashArray } : {}) });
}

/** Legend keys (colour swatch + name) from (x, y), wrapping inside `width`; returns the y under them. */
function legend(canvas: PdfCanvas, box: { x: number; width: number }, y: number, keys: readonly { name: string; draw: (x: number, y: number) => void }[]): number {
  let at = box.x;
  for (const key of keys) {
    const width = 12 + canvas.width(key.name, SMALL);
    if (at > box.x && at + width > box.x + box.width) {
      at = box.x;
      y -= 9;
    }
    key.draw(at, y);
    canvas.text(key.name, at + 12, y, SMALL);
    at += width + 10;
  }
  return y - 10;
}

/** A group's name on at most two lines (long company names differ at their ends, not their starts). */
function labelLines(canvas: PdfCanvas, label: string, width: number, twoLines: boolean): string[] {
  const lines = canvas.wrap(label, width, LABEL);
  if (lines.length === 1) return lines;
  if (!twoLines) return [canvas.fit(label, width, LABEL)];
  return [lines[0] ?? '', canvas.fit(lines.slice(1).join(''), width, LABEL)];
}

const swatch = (canvas: PdfCanvas, color: RGB) => (x: number, y: number) => rect(canvas, x, y - 0.5, 8, 6, color);
const stroke = (canvas: PdfCanvas, color: RGB, dash?: number[]) => (x: number, y: number) => line(canvas, [x, y + 2.5], [x + 9, y + 2.5], color, 1.2, dash);

const meanOf = (row: BreakdownRow, interval: TrsInterval) => row.intervals.find((s) => s.interval === interval)?.meanH ?? null;

export function drawStepBars(canvas: PdfCanvas, box: ChartBox, dashboard: Dashboard, rows: readonly BreakdownRow[], language: ExportLanguage): void {
  const top = box.y + box.height;
  canvas.text(say(words.barsTitle, language) + dimensionName(dashboard.breakdown.dimension, language), box.x, top - 8, TITLE);
  const legendBottom = legend(
    canvas,
    box,
    top - 20,
    trsSteps.map((step) => ({ name: intervalName(step, language), draw: swatch(canvas, stepColors[step]) })),
  );
  if (rows.length === 0) {
    canvas.text(say(words.noGroups, language), box.x, (legendBottom + box.y) / 2, SMALL);
    return;
  }
  const labelWidth = 104;
  const valueWidth = 52;
  const plotTop = legendBottom - 4;
  // Bars keep a readable height: few groups leave the space under the chart empty rather than fat.
  const slot = Math.min((plotTop - box.y - 12) / rows.length, 36);
  const plot = { left: box.x + labelWidth, right: box.x + box.width - valueWidth, top: plotTop, bottom: plotTop - slot * rows.length };
  const sums = rows.map((row) => {
    const means = trsSteps.map((step) => meanOf(row, step) ?? 0);
    return { neg: means.filter((m) => m < 0).reduce((a, b) => a + b, 0), pos: means.filter((m) => m > 0).reduce((a, b) => a + b, 0) };
  });
  const ticks = niceTicks(Math.min(0, ...sums.map((s) => s.neg)), Math.max(0, ...sums.map((s) => s.pos)));
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 1;
  const xOf = (hours: number) => plot.left + ((hours - low) / (high - low || 1)) * (plot.right - plot.left);
  for (const tick of ticks) {
    line(canvas, [xOf(tick), plot.bottom], [xOf(tick), plot.top], tick === 0 ? NATIONAL_COLOR : GRID_COLOR, tick === 0 ? 0.8 : 0.4);
    const text = tickText(tick, ticks);
    canvas.text(text, xOf(tick) - canvas.width(text, SMALL) / 2, plot.bottom - 8, SMALL);
  }
  canvas.text(say(words.overall, language), plot.right + 6, plot.top + 2, SMALL);
  rows.forEach((row, i) => {
    const centre = plot.top - slot * (i + 0.5);
    const barHeight = Math.min(slot * 0.6, 18);
    const label = labelLines(canvas, language === 'en' ? row.labelEn || row.key : row.labelZh || row.key, labelWidth - 6, slot >= 20);
    label.forEach((text, n) => canvas.text(text, box.x, centre - 2.5 + (label.length - 1) * 4.5 - n * 9, LABEL));
    let right = 0;
    let left = 0;
    let drawn = 0;
    for (const step of trsSteps) {
      const mean = meanOf(row, step);
      if (mean === null || mean === 0) continue;
      drawn++;
      const from = mean > 0 ? right : left + mean;
      if (mean > 0) right += mean;
      else left += mean;
      const x1 = xOf(from);
      const width = xOf(from + Math.abs(mean)) - x1;
      rect(canvas, x1, centre - barHeight / 2, width, barHeight, stepColors[step]);
      const value = mean.toFixed(1);
      if (canvas.width(value, INSIDE) + 4 <= width) canvas.text(value, x1 + (width - canvas.width(value, INSIDE)) / 2, centre - 2, INSIDE);
    }
    if (drawn === 0) canvas.text(say(words.noChains, language), xOf(0) + 4, centre - 2.5, SMALL);
    const overall = hoursText(meanOf(row, 'arrival-released'));
    canvas.text(overall ? `${overall} h` : '–', plot.right + 6, centre - 2.5, LABEL);
  });
}

export function drawMonthlyChart(canvas: PdfCanvas, box: ChartBox, months: readonly MonthPoint[], national: readonly NationalFigure[], language: ExportLanguage): void {
  const top = box.y + box.height;
  canvas.text(say(words.monthlyTitle, language), box.x, top - 8, TITLE);
  const nationalName = (f: NationalFigure) =>
    `${say(words.national, language)}${language === 'en' ? ' ' : ''}${directionName(f.direction, language)} ${hoursText(f.hours)} h (${f.period})`;
  const goals = [...new Set(months.flatMap((m) => (m.goalH === null ? [] : [m.goalH])))];
  const legendBottom = legend(canvas, box, top - 20, [
    { name: say(words.monthlyMean, language), draw: swatch(canvas, BAR_COLOR) },
    { name: goals.length === 1 ? `${say(words.goal, language)} ${hoursText(goals[0])} h` : say(words.goal, language), draw: stroke(canvas, GOAL_COLOR, [3, 2]) },
    ...national.map((f) => ({ name: nationalName(f), draw: stroke(canvas, NATIONAL_COLOR, [1, 1.5]) })),
  ]);
  const plot = { left: box.x + 24, right: box.x + box.width - 4, top: legendBottom - 6, bottom: box.y + 12 };
  if (months.length === 0) {
    canvas.text(say(words.noMonths, language), plot.left, (plot.top + plot.bottom) / 2, SMALL);
    return;
  }
  const values = [
    ...months.flatMap((m) => [m.overall.meanH ?? 0, m.goalH ?? 0]),
    ...national.map((f) => f.hours),
  ];
  const ticks = niceTicks(Math.min(0, ...values), Math.max(...values) * 1.08, 4);
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 1;
  const yOf = (hours: number) => plot.bottom + ((hours - low) / (high - low || 1)) * (plot.top - plot.bottom);
  for (const tick of ticks) {
    line(canvas, [plot.left, yOf(tick)], [plot.right, yOf(tick)], tick === 0 ? NATIONAL_COLOR : GRID_COLOR, tick === 0 ? 0.8 : 0.4);
    const text = tickText(tick, ticks);
    canvas.text(text, plot.left - 3 - canvas.width(text, SMALL), yOf(tick) - 2, SMALL);
  }
  const slot = (plot.right - plot.left) / months.length;
  const labelEvery = Math.ceil((canvas.width('26-01', SMALL) + 3) / slot);
  months.forEach((m, i) => {
    const x = plot.left + slot * i;
    const mean = m.overall.meanH;
    if (mean !== null) {
      const barWidth = slot * 0.6;
      const y0 = yOf(Math.min(0, mean));
      rect(canvas, x + (slot - barWidth) / 2, y0, barWidth, Math.abs(yOf(mean) - yOf(0)), BAR_COLOR);
      const value = mean.toFixed(1);
      if (canvas.width(value, SMALL) + 2 <= slot) canvas.text(value, x + (slot - canvas.width(value, SMALL)) / 2, yOf(Math.max(0, mean)) + 2, SMALL);
    }
    if (m.goalH !== null) line(canvas, [x, yOf(m.goalH)], [x + slot, yOf(m.goalH)], GOAL_COLOR, 1.2, [3, 2]);
    if (i % labelEvery === 0) {
      const label = m.month.slice(2);
      canvas.text(label, x + (slot - canvas.width(label, SMALL)) / 2, plot.bottom - 8, SMALL);
    }
  });
  for (const figure of national) line(canvas, [plot.left, yOf(figure.hours)], [plot.right, yOf(figure.hours)], NATIONAL_COLOR, 1, [1, 1.5]);
}
