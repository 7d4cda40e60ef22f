import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import type { Dashboard, IntervalStats } from '../../shared/metrics/schema';
import { trsIntervals } from '../../shared/metrics/schema';
import { missingCharacters } from '../../electron/backend/pdf/fonts.node';
import { exportDashboard } from '../../electron/backend/tracking/export.node';
import { crowdedDashboard, yearDashboard } from '../fixtures/tracking-dashboard';
import { pdffonts, pdfinfo, pdftotext, rasterise, type Raster } from './helpers/poppler';

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const noSpaces = (s: string) => s.replace(/\s+/g, '');

interface CsvSection {
  title: string;
  header: string[];
  rows: string[][];
}

/** The CSV read back with papaparse, cut into its sections at the empty lines. */
function csvSections(bytes: Uint8Array): CsvSection[] {
  const text = utf8(bytes).replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const sections: string[][][] = [[]];
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') sections.push([]);
    else sections[sections.length - 1]?.push(row);
  }
  return sections
    .filter((s) => s.length > 0)
    .map(([title, header, ...body]) => ({ title: title?.[0] ?? '', header: header ?? [], rows: body }));
}

function section(sections: CsvSection[], title: string): CsvSection {
  const found = sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section "${title}" in ${sections.map((s) => s.title).join(', ')}`);
  return found;
}

/** Hours in the CSV: a plain number with exactly 2 decimals, equal to the figure rounded. */
function expectHours(cell: string | undefined, hours: number | null): void {
  if (hours === null) return expect(cell).toBe('');
  expect(cell).toMatch(/^-?\d+\.\d{2}$/);
  expect(Math.abs(Number(cell) - hours)).toBeLessThanOrEqual(0.005 + 1e-9);
}

/** Shares in the CSV: a percentage with 1 decimal. */
function expectShare(cell: string | undefined, share: number | null): void {
  if (share === null) return expect(cell).toBe('');
  expect(cell).toMatch(/^\d+\.\d%$/);
  expect(Math.abs(Number(cell?.slice(0, -1)) / 100 - share)).toBeLessThanOrEqual(0.0005 + 1e-9);
}

function expectStatCells(cells: string[], s: IntervalStats): void {
  expect(cells.slice(0, 2)).toEqual([String(s.count), String(s.incomplete)]);
  [s.meanH, s.medianH, s.p90H, s.minH, s.maxH].forEach((h, i) => expectHours(cells[2 + i], h));
  [s.within24, s.within48, s.within72].forEach((share, i) => expectShare(cells[7 + i], share));
}

function assertAppError(error: unknown): AppError {
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The workbook read back with exceljs, as a broker's Excel would open the file. */
async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return assertAppError(error);
  }
  throw new Error('expected the export to fail');
}

describe('tracking export: CSV', () => {
  const dashboard = yearDashboard();

  it('is UTF-8 with a BOM, one section per table, headers and interval names in Chinese, hours with 2 decimals and shares as percentages', async () => {
    const file = await exportDashboard(dashboard, 'csv', 'zh-CN');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sections = csvSections(file.bytes);
    expect(sections.map((s) => s.title)).toEqual(['查询条件', '整体时效', '分组时效：进出境关别', '月度趋势', '全国参考数据']);

    const query = Object.fromEntries(section(sections, '查询条件').rows.map(([k, v]) => [k, v]));
    expect(query['统计期间']).toBe('2026-01-01 – 2026-12-31');
    expect(query['进出口']).toBe('进口');
    expect(query['收发货人']).toBe('全部');
    expect(query['基准期']).toBe('2025-01-01 – 2025-12-31，压缩目标 33.3%');
    expect(query['基准期整体平均（小时）']).toBe('52.30');
    expect(query['目标（小时）']).toBe('34.87');
    expect(query['报关单数']).toBe('911');

    const intervals = section(sections, '整体时效');
    expect(intervals.header).toEqual(['区间', '完整链条数', '缺步骤（未计入）', '平均（小时）', '中位数（小时）', 'P90（小时）', '最短（小时）', '最长（小时）', '24小时内占比', '48小时内占比', '72小时内占比']);
    expect(intervals.rows.map((r) => r[0])).toEqual(['抵港→申报', '申报→接单', '接单→放行', '放行→提离', '整体通关（抵港→放行）']);
    // Hand-rounded from the fixture: 38.456 h, 37.25 %, 68.34 %; declared before arrival stays a negative number.
    expect(intervals.rows[4]?.slice(3, 4)).toEqual(['38.46']);
    expect(intervals.rows[4]?.slice(8, 10)).toEqual(['37.3%', '68.3%']);
    expect(intervals.rows[0]?.[3]).toBe('-3.25');
    dashboard.intervals.forEach((s, i) => expectStatCells(intervals.rows[i]?.slice(1) ?? [], s));
  });

  it('lists every breakdown row x interval, every month (empty cells for a month without figures) and the national figures with their sources', async () => {
    const sections = csvSections((await exportDashboard(dashboard, 'csv', 'zh-CN')).bytes);
    const breakdown = section(sections, '分组时效：进出境关别');
    expect(breakdown.header.slice(0, 4)).toEqual(['代码', '名称', '报关单数', '区间']);
    expect(breakdown.rows).toHaveLength(dashboard.breakdown.rows.length * trsIntervals.length);
    dashboard.breakdown.rows.forEach((row, r) =>
      row.intervals.forEach((s, i) => {
        const cells = breakdown.rows[r * trsIntervals.length + i] ?? [];
        expect(cells.slice(0, 3)).toEqual([row.key, row.labelZh, String(row.declarations)]);
        expectStatCells(cells.slice(4), s);
      }),
    );

    const monthly = section(sections, '月度趋势');
    expect(monthly.header.slice(-3)).toEqual(['申报→放行平均（小时）', '目标（小时）', '高于目标（小时）']);
    expect(monthly.rows.map((r) => r[0])).toEqual(dashboard.monthly.map((m) => m.month));
    dashboard.monthly.forEach((m, i) => {
      const cells = monthly.rows[i] ?? [];
      expect(cells[1]).toBe(String(m.declarations));
      expectStatCells(cells.slice(2, 12), m.overall);
      expectHours(cells[12], m.declaredReleasedMeanH);
      expectHours(cells[13], m.goalH);
      expectHours(cells[14], m.gapToGoalH);
    });
    expect(monthly.rows[11]?.slice(4, 7)).toEqual(['', '', '']);

    const reference = section(sections, '全国参考数据');
    expect(reference.header).toEqual(['统计期间', '进出口', '全国整体通关时间（小时）', '类别', '来源', '已核实']);
    expect(reference.rows).toContainEqual(['2022', '进口', '32.02', '实际', '[S10] GACC, Jan 2023', '是']);
    expect(reference.rows).toContainEqual(['2017', '进口', '97.39', '基准', '[S6] GACC, 2018', '否（待核实）']);
    expect(reference.rows).toHaveLength(dashboard.national.length);
  });

  it('speaks English when asked: section titles, headers, names', async () => {
    const file = await exportDashboard(dashboard, 'csv', 'en');
    const sections = csvSections(file.bytes);
    expect(sections.map((s) => s.title)).toEqual(['Query', 'Clearance intervals', 'Breakdown: Port of entry / exit', 'Monthly', 'National reference figures']);
    const intervals = section(sections, 'Clearance intervals');
    expect(intervals.header.slice(0, 4)).toEqual(['Interval', 'Complete chains', 'Incomplete (excluded)', 'Mean (h)']);
    expect(intervals.rows[4]?.[0]).toBe('Overall (arrival → release)');
    expect(section(sections, 'Breakdown: Port of entry / exit').rows[0]?.[1]).toBe('Yangshan Customs');
    expect(Object.fromEntries(section(sections, 'Query').rows.map(([k, v]) => [k, v]))['Baseline period']).toBe('2025-01-01 – 2025-12-31, Reduction goal 33.3%');
  });

  it('quotes commas, quotes and line breaks, and defuses names Excel would run as formulas', async () => {
    const tricky = yearDashboard();
    const [first, second] = tricky.breakdown.rows;
    if (!first || !second) throw new Error('fixture has rows');
    first.labelZh = '洋山四期, "自动化"码头\n(2248)';
    second.labelZh = '=HYPERLINK("http://example.invalid","点我")';
    const breakdown = section(csvSections((await exportDashboard(tricky, 'csv', 'zh-CN')).bytes), '分组时效：进出境关别');
    expect(breakdown.rows[0]?.[1]).toBe(first.labelZh);
    expect(breakdown.rows[trsIntervals.length]?.[1]).toBe(`'${second.labelZh}`);
    expect(breakdown.rows[0]?.[6]).toMatch(/^-\d/);
  });
});

describe('tracking export: XLSX', () => {
  const dashboard = yearDashboard();
  let zh: ExcelJS.Workbook;

  beforeAll(async () => {
    zh = await readWorkbook((await exportDashboard(dashboard, 'xlsx', 'zh-CN')).bytes);
  });

  const sheet = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  /** The row whose first cell reads `label`. */
  const rowOf = (ws: ExcelJS.Worksheet, label: string): ExcelJS.Row => {
    let found: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (!found && row.getCell(1).value === label) found = row;
    });
    if (!found) throw new Error(`no row "${label}" in ${ws.name}`);
    return found;
  };

  const expectNumber = (cell: ExcelJS.Cell, value: number | null, format: string) => {
    if (value === null) return expect(cell.value).toBeNull();
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(cell.value).toBeCloseTo(value, 10);
    expect(cell.numFmt).toBe(format);
  };

  it('has the five sheets, each with its header row frozen', () => {
    expect(zh.worksheets.map((w) => w.name)).toEqual(['概览', '分组', '月度', '分布', '参考']);
    for (const ws of zh.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('puts the query on the summary sheet and the headline intervals as numbers with number formats', () => {
    const summary = sheet(zh, '概览');
    expect(summary.getCell('A1').value).toBe('通关时效报告');
    expect(rowOf(summary, '统计期间').getCell(2).value).toBe('2026-01-01 – 2026-12-31');
    expect(rowOf(summary, '进出口').getCell(2).value).toBe('进口');
    expect(rowOf(summary, '分组维度').getCell(2).value).toBe('进出境关别');
    expect(rowOf(summary, '基准期').getCell(2).value).toBe('2025-01-01 – 2025-12-31，压缩目标 33.3%');
    expectNumber(rowOf(summary, '基准期整体平均（小时）').getCell(2), 52.3, '0.00');
    expectNumber(rowOf(summary, '待放行').getCell(2), 23, '0');
    for (const s of dashboard.intervals) {
      const row = rowOf(summary, { 'arrival-declared': '抵港→申报', 'declared-accepted': '申报→接单', 'accepted-released': '接单→放行', 'released-gate-out': '放行→提离', 'arrival-released': '整体通关（抵港→放行）' }[s.interval]);
      expectNumber(row.getCell(2), s.count, '0');
      expectNumber(row.getCell(4), s.meanH, '0.00');
      expectNumber(row.getCell(6), s.p90H, '0.00');
      expectNumber(row.getCell(9), s.within24, '0.0%');
      expectNumber(row.getCell(11), s.within72, '0.0%');
    }
    expect(summary.getColumn(1).width ?? 0).toBeGreaterThanOrEqual(16);
  });

  it('has every breakdown row x interval, every month, the distribution, the release curve and the national figures as numbers', () => {
    const breakdown = sheet(zh, '分组');
    expect(breakdown.getRow(1).getCell(2).value).toBe('名称');
    expect(breakdown.rowCount).toBe(1 + dashboard.breakdown.rows.length * trsIntervals.length);
    const yangshan = breakdown.getRow(2);
    expect([yangshan.getCell(1).value, yangshan.getCell(2).value]).toEqual(['2248', '洋山海关']);
    expectNumber(yangshan.getCell(3), 412, '0');
    expectNumber(yangshan.getCell(7), dashboard.breakdown.rows[0]?.intervals[0]?.meanH ?? null, '0.00');
    expect(breakdown.getColumn(2).width ?? 0).toBeGreaterThan(10);
    for (const ws of zh.worksheets) for (const n of [1, 2, 3]) expect(ws.getColumn(n).width ?? 0, `${ws.name} column ${n}`).toBeGreaterThanOrEqual(10);

    const monthly = sheet(zh, '月度');
    dashboard.monthly.forEach((m, i) => {
      const row = monthly.getRow(2 + i);
      expect(row.getCell(1).value).toBe(m.month);
      expectNumber(row.getCell(5), m.overall.meanH, '0.00');
      expectNumber(row.getCell(11), m.overall.within48, '0.0%');
      expectNumber(row.getCell(15), m.gapToGoalH, '0.00');
    });

    const distribution = sheet(zh, '分布');
    const bins = dashboard.distribution.flatMap((d) => d.bins);
    expect(distribution.getRow(1).getCell(6).value).toBe('抵港后小时');
    bins.forEach((bin, i) => {
      expectNumber(distribution.getRow(2 + i).getCell(2), bin.fromH, '0.00');
      expectNumber(distribution.getRow(2 + i).getCell(4), bin.count, '0');
    });
    dashboard.releaseCurve.forEach((p, i) => expectNumber(distribution.getRow(2 + i).getCell(7), p.share, '0.0%'));

    const reference = sheet(zh, '参考');
    dashboard.national.forEach((f, i) => {
      expectNumber(reference.getRow(2 + i).getCell(3), f.hours, '0.00');
      expect(reference.getRow(2 + i).getCell(5).value).toBe(f.source);
    });
  });

  it('names sheets and headers in English when asked', async () => {
    const en = await readWorkbook((await exportDashboard(dashboard, 'xlsx', 'en')).bytes);
    expect(en.worksheets.map((w) => w.name)).toEqual(['Summary', 'Breakdown', 'Monthly', 'Distribution', 'Reference']);
    expect(sheet(en, 'Summary').getCell('A1').value).toBe('Clearance time report');
    expect(sheet(en, 'Breakdown').getRow(2).getCell(2).value).toBe('Yangshan Customs');
    expect(sheet(en, 'Monthly').getRow(1).getCell(5).value).toBe('Mean (h)');
  });
});

/** Share of pixels that are not paper-white inside a rectangle in PDF points: is anything drawn there? */
function drawnShare(r: Raster, [x1, y1, x2, y2]: [number, number, number, number], dpi = 60): number {
  const s = dpi / 72;
  let drawn = 0;
  let n = 0;
  for (let y = Math.floor(r.height - y2 * s); y < Math.ceil(r.height - y1 * s); y++) {
    for (let x = Math.floor(x1 * s); x < Math.ceil(x2 * s); x++) {
      if ((r.pixels[y * r.width + x] ?? 255) < 245) drawn++;
      n++;
    }
  }
  return n ? drawn / n : 0;
}

/** Set CLEARWAY_KEEP_EXPORTS=<folder> to keep the files for a person to look at. */
function keep(name: string, bytes: Uint8Array): void {
  const dir = process.env.CLEARWAY_KEEP_EXPORTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
}

describe('tracking export: one-page PDF report', () => {
  let zh: Uint8Array;
  let en: Uint8Array;
  let crowded: Uint8Array;

  beforeAll(async () => {
    zh = (await exportDashboard(yearDashboard(), 'pdf', 'zh-CN')).bytes;
    en = (await exportDashboard(yearDashboard(), 'pdf', 'en')).bytes;
    crowded = (await exportDashboard(crowdedDashboard(), 'pdf', 'zh-CN')).bytes;
    keep('report-zh.pdf', zh);
    keep('report-en.pdf', en);
    keep('report-crowded.pdf', crowded);
  }, 60_000);

  it('is one A4 landscape page with the bundled font embedded as tagged subsets', async () => {
    for (const bytes of [zh, en, crowded]) {
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect([width, height]).toEqual([841.89, 595.28]);
      expect(pdfinfo(bytes).Pages).toBe('1');
    }
    const fonts = pdffonts(zh);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect([f.name, f.emb, f.sub, f.uni]).toEqual([expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-/), 'yes', 'yes', 'yes']);
  });

  it('prints the Chinese title, the query, the interval figures, the groups, the months and the sources', () => {
    const text = noSpaces(pdftotext(zh, ['-raw']));
    const d = yearDashboard();
    for (const expected of ['通关时效报告', '统计期间：2026-01-01–2026-12-31', '进出口：进口', '分组维度：进出境关别', '报关单数：911', '待放行：23']) expect(text).toContain(expected);
    // The headline row: count, incomplete, mean, median, p90, max, within 24 h and 48 h.
    expect(text).toContain('整体通关（抵港→放行）907638.4630.1070.25160.5037.3%68.3%');
    expect(text).toContain('抵港→申报9113-3.25-1.506.8030.1097.0%100.0%');
    for (const row of d.breakdown.rows) expect(text).toContain(row.labelZh);
    expect(text).toContain('各步骤平均用时（小时），按进出境关别');
    expect(text).toContain('月度整体通关时间（小时）与目标');
    expect(text).toContain('目标34.87h全国进口32.02h(2022)');
    expect(text).toContain('[S10]GACC,Jan2023');
    expect(text).toContain('[S6]GACC,2018（待核实）');
    expect(text).not.toContain('仅显示');
  });

  it('speaks English when asked', () => {
    const text = pdftotext(en);
    for (const expected of ['Clearance time report', 'Overall (arrival → release)', 'Yangshan Customs', 'Mean hours per step, by Port of entry / exit', 'Sources of the national figures']) expect(text).toContain(expected);
    expect(noSpaces(text)).toContain('38.46');
  });

  it('draws real glyphs and real charts: the title and the bars have ink under an empty fontconfig', () => {
    for (const bytes of [zh, en]) {
      const page = rasterise(bytes, 1);
      expect(page.stderr).toBe('');
      expect([page.width, page.height]).toEqual([Math.ceil((841.89 * 60) / 72), Math.ceil((595.28 * 60) / 72)]);
      // The title is real text; the stacked bars (first groups, right of the zero line) are drawn;
      // the header line between the title and the date is empty paper.
      expect(drawnShare(page, [28, 552, 150, 570])).toBeGreaterThan(0.2);
      expect(drawnShare(page, [215, 280, 330, 380])).toBeGreaterThan(0.3);
      expect(drawnShare(page, [300, 555, 500, 570])).toBe(0);
    }
  });

  it('fits on one page whatever the data: groups and months are cut to what fits, and it says so', () => {
    const text = noSpaces(pdftotext(crowded, ['-raw']));
    expect(text).toContain('步骤图仅显示30组中的8组（报关单最多的），全部分组见CSV/XLSX导出。');
    expect(text).toContain('月度图仅显示40个月中最近的24个月。');
    expect(text).toContain('完整列表见XLSX「参考」表');
    // The eight biggest groups are there, the ninth is not.
    expect(text).toContain('第8分公司');
    expect(text).not.toContain('第9分公司');
    expect(text).toContain('收发货人：91310115MA1K3XXXXX');
    expect(rasterise(crowded, 1).stderr).toBe('');
  });

  it('still gives one readable page for an empty period: no groups, no months, no baseline, no national figures', async () => {
    const empty: Dashboard = {
      ...yearDashboard(),
      query: { from: '2026-11-01', to: '2026-11-30', breakdown: 'tier' },
      declarations: 0,
      waiting: 0,
      inspected: 0,
      intervals: trsIntervals.map((interval) => ({ interval, count: 0, incomplete: 0, meanH: null, medianH: null, p90H: null, minH: null, maxH: null, within24: null, within48: null, within72: null })),
      breakdown: { dimension: 'tier', rows: [] },
      monthly: [],
      releaseCurve: [],
      distribution: [],
      baseline: null,
      national: [],
    };
    const bytes = (await exportDashboard(empty, 'pdf', 'en')).bytes;
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const text = noSpaces(pdftotext(bytes, ['-raw']));
    expect(text).toContain('Baselineperiod:Notset');
    expect(text).toContain('Overall(arrival→release)00––––––');
    expect(text).toContain('nomonthlyfiguresinthisperiod');
    expect(text).toContain('nogroupsinthisperiod');
    expect(text).toContain('Nonationalreferencefigures.');
    keep('report-empty.pdf', bytes);
  });

  it('refuses a name the font cannot print, naming the row in Chinese and English', async () => {
    const dashboard = yearDashboard();
    const yi = 'ꀀ';
    expect(missingCharacters(yi)).toEqual([yi]);
    const row = dashboard.breakdown.rows[1];
    if (!row) throw new Error('fixture has rows');
    row.labelZh = `外港海关${yi}`;
    const error = await rejection(exportDashboard(dashboard, 'pdf', 'zh-CN'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.field).toBe('breakdown.rows.1.labelZh');
    expect(error.messageZh).toContain('名称');
    expect(error.messageEn).toContain('Name');
    expect(error.messageEn).toContain('U+A000');
    // The English report does not draw the Chinese label, so it is not refused for it.
    expect((await exportDashboard(dashboard, 'pdf', 'en')).bytes.length).toBeGreaterThan(1000);
  });
});

describe('tracking export: files and bad input', () => {
  it('names the files by period and language, with the right MIME type', async () => {
    const dashboard = yearDashboard();
    const expected = {
      csv: 'text/csv;charset=utf-8',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      pdf: 'application/pdf',
    } as const;
    for (const format of ['csv', 'xlsx', 'pdf'] as const) {
      const zh = await exportDashboard(dashboard, format, 'zh-CN');
      const en = await exportDashboard(dashboard, format, 'en');
      expect(zh.fileName).toBe(`通关时效-2026-01-01_2026-12-31.${format}`);
      expect(en.fileName).toBe(`clearance-time-2026-01-01_2026-12-31.${format}`);
      expect([zh.mimeType, en.mimeType]).toEqual([expected[format], expected[format]]);
    }
  }, 60_000);

  it('refuses a malformed dashboard, naming the field, instead of printing NaN', async () => {
    const broken: Dashboard = yearDashboard();
    const overall = broken.intervals[4];
    if (!overall) throw new Error('fixture has intervals');
    overall.meanH = Number.NaN;
    const error = await rejection(exportDashboard(broken, 'csv', 'zh-CN'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.field).toBe('intervals.4.meanH');
    expect(error.messageZh).toContain('intervals.4.meanH');
    expect(error.messageEn).toContain('intervals.4.meanH');

    const badMonth = yearDashboard();
    const first = badMonth.monthly[0];
    if (!first) throw new Error('fixture has months');
    first.month = '2026-1';
    expect((await rejection(exportDashboard(badMonth, 'xlsx', 'en'))).field).toBe('monthly.0.month');
  });
});
