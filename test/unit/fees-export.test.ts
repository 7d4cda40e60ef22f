import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeeAuditReport, FeeExportProgress } from '../../shared/fees/schema';
import type { FeeInvoice } from '../../shared/model/fees';
import { AppError } from '../../shared/ipc/errors';
import { missingCharacters } from '../../electron/backend/pdf/fonts.node';
import { PdfCanvas } from '../../electron/backend/pdf/canvas.node';
import { exportFeeAudit } from '../../electron/backend/fees/export.node';
import type { Backend } from '../../electron/backend/backend.node';
import { validImport } from '../fixtures/declarations';
import { box40, exampleBroker, exampleLine, exampleTerminal } from '../fixtures/fees/build';
import { fixtureInvoices } from '../fixtures/fees/invoices';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';
import { pdffonts, pdfinfo, pdftotext, rasterise, tool, withPdf, inkIn } from './helpers/poppler';

const tempProfile = useTempProfiles();
const noSpaces = (s: string) => s.replace(/\s+/g, '');
const SCREENS = join(process.cwd(), 'test-results', 'screens');

interface Exported {
  fileName: string;
  mimeType: string;
  base64: string;
}
const bytesOf = (file: Exported) => new Uint8Array(Buffer.from(file.base64, 'base64'));

/** The inspected box's invoice: tied to the saved declaration by its B/L number, inspection found no problem. */
const inspectedInvoice = (blNo: string): FeeInvoice => ({
  id: 'inv-terminal-inspected',
  party: exampleTerminal,
  invoiceNo: 'T-2025-0302',
  invoiceDate: '2025-03-11',
  currency: 'CNY',
  lines: [{ lineNo: 1, itemName: '查验移箱费', quantity: '1', unit: 'container', unitPrice: '150.00', amount: '150.00', serviceDate: '2025-03-09', ...box40, blNo }],
});

/** One invoice of `count` lines of the abolished port construction fee: every line a dispute (FEE-003). */
function longInvoice(count: number, id: string, invoiceNo: string): FeeInvoice {
  return {
    id,
    party: exampleTerminal,
    invoiceNo,
    invoiceDate: '2025-03-20',
    currency: 'CNY',
    lines: Array.from({ length: count }, (_, i) => ({
      lineNo: i + 1,
      itemName: i % 2 ? '港口建设费' : '港建费',
      quantity: '1',
      unit: 'container' as const,
      unitPrice: '64.00',
      amount: '64.00',
      serviceDate: '2025-03-18',
      containerNo: `TGHU${String(1000000 + i)}`,
      containerSize: '20' as const,
      direction: 'import' as const,
      trade: 'foreign' as const,
    })),
  };
}

function savePng(bytes: Uint8Array, name: string, pages: number[]): void {
  mkdirSync(SCREENS, { recursive: true });
  withPdf(bytes, (file, dir) => {
    for (const page of pages) {
      const run = tool('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), file, join(dir, `p${page}`)]);
      const out = readdirSync(dir).find((f) => f.startsWith(`p${page}`) && f.endsWith('.png'));
      if (!out) throw new Error(`pdftoppm wrote nothing: ${run.stderr}`);
      renameSync(join(dir, out), join(SCREENS, `fees-report-${name}-p${page}.png`));
    }
  });
}

function sheetRows(sheet: ExcelJS.Worksheet | undefined): ExcelJS.CellValue[][] {
  if (!sheet) throw new Error('sheet missing');
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('fee audit exports', () => {
  let backend: Backend;
  let profileDir: string;
  let report: FeeAuditReport;
  let terminalKey: string;
  const files: Record<string, Exported> = {};

  beforeAll(async () => {
    // One profile for the whole block (the per-test temp profiles are removed after each test).
    profileDir = mkdtempSync(join(tmpdir(), 'clearway-fee-export-'));
    backend = syncBackend(profileDir);
    const draft = validImport();
    const billNo = draft.head.billNo ?? 'MISSING';
    const documentId = await saveNew(backend, { kind: 'declaration', data: draft });
    for (const invoice of [...fixtureInvoices, inspectedInvoice(billNo)]) await ok(backend, 'fees.saveInvoice', { invoice });
    await ok(backend, 'tracking.addEvent', { documentId, kind: 'inspection-done', at: '2025-03-09T08:00:00+08:00', outcome: 'no-problem' });
    report = await ok<FeeAuditReport>(backend, 'fees.audit', {});
    const key = report.byParty.find((p) => p.label === exampleTerminal.name)?.key;
    if (!key) throw new Error('the terminal has no totals');
    terminalKey = key;
    for (const format of ['xlsx', 'pdf'] as const) {
      for (const language of ['zh-CN', 'en'] as const) files[`${format}-${language}`] = await ok<Exported>(backend, 'fees.export', { query: {}, format, language });
    }
    files['letter-zh-CN'] = await ok<Exported>(backend, 'fees.export', { query: { partyKey: terminalKey, period: { from: '2025-03-01', to: '2025-03-31' } }, format: 'pdf', language: 'zh-CN' });
    files['letter-en'] = await ok<Exported>(backend, 'fees.export', { query: { partyKey: terminalKey, period: { from: '2025-03-01', to: '2025-03-31' } }, format: 'pdf', language: 'en' });
  }, 120_000);

  afterAll(async () => {
    await backend.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('audits what the test set up: the linked box, its inspection and disputes of every kind', () => {
    const inspected = report.invoices.find((a) => a.invoice.invoiceNo === 'T-2025-0302');
    expect(inspected?.links).toEqual([expect.objectContaining({ lineNo: 1, by: 'bl', inspection: 'no-problem' })]);
    expect(inspected?.findings.find((f) => f.ruleId === 'FEE-007')).toMatchObject({ severity: 'dispute', atStake: '150.00' });
    const rules = new Set(report.invoices.flatMap((a) => a.findings.filter((f) => f.severity === 'dispute').map((f) => f.ruleId)));
    expect([...rules].sort()).toEqual(['FEE-001', 'FEE-002', 'FEE-003', 'FEE-004', 'FEE-006', 'FEE-007']);
    expect(report.invoices.some((a) => a.findings.some((f) => f.severity === 'review'))).toBe(true);
    expect(report.usesExampleLists).toBe(true);
  });

  it('names the files after the period and gives their types', () => {
    expect(files['pdf-zh-CN']?.fileName).toBe('口岸收费审核_2021-01_2025-03.pdf');
    expect(files['xlsx-en']?.fileName).toBe('port-fee-audit_2021-01_2025-03.xlsx');
    expect(files['letter-zh-CN']?.fileName).toBe('口岸收费审核_2025-03.pdf');
    expect(files['letter-en']?.fileName).toBe('port-fee-audit_2025-03.pdf');
    expect(files['xlsx-zh-CN']?.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(files['pdf-en']?.mimeType).toBe('application/pdf');
  });

  describe('XLSX', () => {
    async function workbook(key: string): Promise<ExcelJS.Workbook> {
      const file = files[key];
      if (!file) throw new Error(`no ${key}`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      return book;
    }

    it('has the summary, disputed lines, invoices and sources sheets in either language', async () => {
      expect((await workbook('xlsx-zh-CN')).worksheets.map((s) => s.name)).toEqual(['汇总', '争议明细', '发票', '来源']);
      expect((await workbook('xlsx-en')).worksheets.map((s) => s.name)).toEqual(['Summary', 'Disputed lines', 'Invoices', 'Sources']);
    });

    it('sums per currency, party, month and invoice exactly as the report, as numbers with two decimals', async () => {
      const book = await workbook('xlsx-en');
      const summary = book.getWorksheet('Summary');
      const rows = sheetRows(summary);
      const totals = (label: string, currency = 'CNY') => rows.find((r) => r[0] === label && (r[1] === currency || r[0] === currency));
      const [overall] = report.overall;
      if (!overall) throw new Error('no overall totals');
      expect(rows.find((r) => r[0] === 'CNY')).toEqual(['CNY', Number(overall.invoiced), Number(overall.disputed), Number(overall.review), overall.invoices, overall.disputedLines]);
      for (const party of report.byParty) expect(totals(party.label)?.slice(2, 5)).toEqual([Number(party.invoiced), Number(party.disputed), Number(party.review)]);
      for (const month of report.byMonth) expect(totals(month.label)?.slice(2, 4)).toEqual([Number(month.invoiced), Number(month.disputed)]);
      for (const a of report.invoices) expect(rows.find((r) => r[0] === a.invoice.invoiceNo)?.slice(4, 6)).toEqual([Number(a.totals.invoiced), Number(a.totals.disputed)]);
      expect(rows.some((r) => String(r[0]).includes('example fee lists shipped with the app'))).toBe(true);
      // The money cells carry the 0.00 format.
      summary?.eachRow((row) => {
        const cell = row.getCell(3);
        if (typeof cell.value === 'number' && row.getCell(2).value === 'CNY') expect(cell.numFmt).toBe('0.00');
      });
    });

    it('lists every finding with its line, rule, severity, amount at stake, sources and linked declaration', async () => {
      const book = await workbook('xlsx-zh-CN');
      const sheet = book.getWorksheet('争议明细');
      const [header, ...rows] = sheetRows(sheet);
      expect(header).toEqual(['发票号', '发票日期', '收费方', '行号', '收费项目', '提单号', '箱号', '币种', '金额', '规则', '规则名称', '性质', '涉及金额', '说明', '依据来源', '网址', '关联报关单', '查验结果']);
      const findings = report.invoices.flatMap((a) => a.findings.map((f) => ({ a, f })));
      expect(rows).toHaveLength(findings.length);
      for (const { a, f } of findings) {
        const row = rows.find((r) => r[0] === a.invoice.invoiceNo && r[3] === f.lineNo && r[9] === f.ruleId);
        expect(row, `${a.invoice.invoiceNo} ${f.lineNo} ${f.ruleId}`).toBeDefined();
        expect(row?.[11]).toBe(f.severity === 'dispute' ? '争议' : '待核');
        expect(row?.[12]).toBe(Number(f.atStake));
        expect(row?.[13]).toBe(f.messageZh);
        expect(String(row?.[10])).toBe(report.rules.find((r) => r.id === f.ruleId)?.titleZh);
        for (const id of f.sources) expect(String(row?.[14])).toContain(`${id} ${report.sources.find((s) => s.id === id)?.title ?? ''}`.trim());
      }
      const inspected = rows.find((r) => r[0] === 'T-2025-0302' && r[9] === 'FEE-007');
      expect(inspected?.[16]).toEqual(expect.any(String));
      expect(inspected?.[17]).toBe('查验未发现问题');
      expect(String(inspected?.[15])).toContain('http');
      expect(sheet?.getRow(2).getCell(13).numFmt).toBe('0.00');
    });

    it('lists every invoice line with its status', async () => {
      const book = await workbook('xlsx-en');
      const [header, ...rows] = sheetRows(book.getWorksheet('Invoices'));
      expect(header?.slice(0, 5)).toEqual(['Invoice no.', 'Invoice date', 'Charging party', 'Party kind', 'Line']);
      const statusColumn = header?.indexOf('Status') ?? -1;
      expect(rows).toHaveLength(report.invoices.reduce((n, a) => n + a.invoice.lineCount, 0));
      const statusOf = (invoiceNo: string, lineNo: number) => rows.find((r) => r[0] === invoiceNo && r[4] === lineNo)?.[statusColumn];
      expect(statusOf('T-2025-0301', 1)).toBe('OK');
      expect(statusOf('T-2025-0301', 6)).toBe('dispute');
      expect(statusOf('T-2025-0301', 5)).toBe('to review');
      const amount = rows.find((r) => r[0] === 'L-88021' && r[4] === 1)?.[header?.indexOf('Amount') ?? -1];
      expect(amount).toBe(1250);
    });
  });

  describe('PDF', () => {
    const pdf = (key: string) => {
      const file = files[key];
      if (!file) throw new Error(`no ${key}`);
      return bytesOf(file);
    };

    it('names every disputed line with its invoice, rule and amount at stake, and every source', () => {
      for (const language of ['zh-CN', 'en'] as const) {
        const bytes = pdf(`pdf-${language}`);
        const layout = pdftotext(bytes, ['-layout']);
        const raw = noSpaces(pdftotext(bytes, ['-raw']));
        for (const a of report.invoices) {
          for (const f of a.findings) {
            expect(layout).toContain(a.invoice.invoiceNo);
            // Row of the line: its number, amount and at stake, then the rule id, on one printed line.
            const line = a.invoice.lines.find((l) => l.lineNo === f.lineNo);
            const row = new RegExp(`\\s${f.lineNo}\\s.*\\s${line?.amount.replace('.', '\\.')}\\s+${f.atStake.replace('.', '\\.')}\\s+${f.ruleId}`);
            expect(layout, `${language} ${a.invoice.invoiceNo}/${f.lineNo} ${f.ruleId}`).toMatch(row);
            expect(raw).toContain(noSpaces(language === 'en' ? f.messageEn : f.messageZh));
          }
        }
        for (const s of report.sources) {
          expect(raw).toContain(noSpaces(`${s.id}${s.title}`));
          if (s.url) expect(raw).toContain(noSpaces(s.url));
        }
        for (const t of report.overall) expect(layout).toMatch(new RegExp(`${t.currency}\\s+${t.invoiced}\\s+${t.disputed}\\s+${t.review}`));
        // Per invoice and per month: the invoice's (the month's) totals on its row.
        for (const a of report.invoices) expect(layout).toMatch(new RegExp(`${a.invoice.invoiceNo}\\s+${a.invoice.invoiceDate}\\s+CNY\\s+${a.totals.invoiced}\\s+${a.totals.disputed}\\s+${a.totals.review}`));
        for (const m of report.byMonth) expect(layout).toMatch(new RegExp(`${m.label}\\s+CNY\\s+${m.invoiced}\\s+${m.disputed}\\s+${m.review}`));
      }
      const zh = noSpaces(pdftotext(pdf('pdf-zh-CN'), ['-raw']));
      for (const expected of ['口岸收费审核报告', '合计（按币种）', '按收费方', '争议收费明细', '待核实项目（不构成索赔）', '引用来源', '程序自带的示例清单', exampleTerminal.name, exampleLine.name, exampleBroker.name]) {
        expect(zh).toContain(expected);
      }
      const en = noSpaces(pdftotext(pdf('pdf-en'), ['-raw']));
      for (const expected of ['Portfeeauditreport', 'Linestoreview(notaclaim)', 'examplefeelistsshippedwiththeapp', 'Sourcescited']) expect(en).toContain(expected);
    });

    it('puts review lines apart from the disputes, marked as not a claim', () => {
      const layout = pdftotext(pdf('pdf-zh-CN'), ['-layout']);
      const terminalPart = layout.slice(layout.indexOf(exampleTerminal.name, layout.indexOf('争议收费明细') - 200));
      const disputes = terminalPart.indexOf('争议收费明细');
      const review = terminalPart.indexOf('待核实项目（不构成索赔）');
      expect(disputes).toBeGreaterThan(-1);
      expect(review).toBeGreaterThan(disputes);
      // FEE-005 (cargo port dues over the state rate, on an unverified rate) is a review only: after the review heading.
      const fee005 = terminalPart.indexOf('FEE-005');
      expect(fee005).toBeGreaterThan(review);
      expect(terminalPart).toContain('本报告不据此主张退还');
    });

    it('is a letter to the one charging party when the query names it', () => {
      const layout = pdftotext(pdf('letter-zh-CN'), ['-layout']);
      const raw = noSpaces(pdftotext(pdf('letter-zh-CN'), ['-raw']));
      expect(raw).toContain('口岸收费异议函');
      expect(raw).toContain(`致：${exampleTerminal.name}`);
      expect(raw).toContain('期间：2025-03-01–2025-03-31');
      expect(raw).toContain('请予核实，并退还或冲减下列争议金额');
      expect(layout).toContain('T-2025-0301');
      expect(layout).toContain('T-2025-0302');
      // Other parties' invoices and the 2021 invoice (outside the period) are not in the letter.
      for (const other of ['L-88021', 'B-2025-031', 'T-2021-0105', exampleLine.name]) expect(layout).not.toContain(other);
      const en = noSpaces(pdftotext(pdf('letter-en'), ['-raw']));
      expect(en).toContain(noSpaces(`To: ${exampleTerminal.name}`));
      expect(en).toContain('Objectiontoportcharges');
      expect(en).toContain('refundorcredittheamountsatstake');
    });

    it('embeds the font as subsets and draws the Chinese text (render under an empty fontconfig)', async () => {
      for (const key of ['pdf-zh-CN', 'pdf-en', 'letter-zh-CN']) {
        const bytes = pdf(key);
        const fonts = pdffonts(bytes);
        expect(fonts.length).toBeGreaterThan(0);
        for (const f of fonts) expect([f.emb, f.sub, f.uni]).toEqual(['yes', 'yes', 'yes']);
        const doc = await PDFDocument.load(bytes);
        expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
      }
      const raster = rasterise(pdf('letter-zh-CN'), 1);
      expect(raster.stderr).not.toMatch(/invalid|error/i);
      // The title 口岸收费异议函 at the top left: ink where its glyphs are, none beside it.
      expect(inkIn(raster, [28, 790, 140, 812])).toBeGreaterThan(0.08);
      expect(inkIn(raster, [300, 790, 560, 812])).toBe(0);
      savePng(pdf('pdf-zh-CN'), 'all-zh', [1, 2]);
      savePng(pdf('pdf-en'), 'all-en', [1]);
      savePng(pdf('letter-zh-CN'), 'letter-zh', [1, 2]);
      savePng(pdf('letter-en'), 'letter-en', [1]);
    });
  });

  it('refuses a report with a broken amount, and an item name the font cannot print, naming the field', async () => {
    const broken = structuredClone(report);
    const first = broken.overall[0];
    if (first) first.disputed = 'NaN';
    const error = await exportFeeAudit(broken, 'xlsx', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).field).toBe('overall.0.disputed');

    const yi = 'ꀀ';
    expect(missingCharacters(yi)).toEqual([yi]);
    const odd = structuredClone(report);
    const line = odd.invoices[1]?.invoice.lines[2];
    if (!line) throw new Error('fixture has lines');
    line.itemName = `文件费${yi}`;
    const refused = await exportFeeAudit(odd, 'pdf', 'zh-CN').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: 'invoices.1.invoice.lines.2.itemName' });
    expect((refused as AppError).messageZh).toContain(`第 ${line.lineNo} 行`);

    const bad = await failure(backend, 'fees.export', { query: {}, format: 'docx', language: 'en' });
    expect(bad.code).toBe('INVALID_INPUT');
  });
});

describe('long fee reports', () => {
  it('flows 300 disputed lines over several pages with the header repeated and page numbers', async () => {
    const backend = syncBackend(tempProfile());
    await ok(backend, 'fees.saveInvoice', { invoice: longInvoice(300, 'inv-long', 'T-LONG-300') });
    const file = await ok<Exported>(backend, 'fees.export', { query: {}, format: 'pdf', language: 'zh-CN' });
    await backend.close();
    const bytes = bytesOf(file);
    const pages = Number(pdfinfo(bytes).Pages);
    expect(pages).toBeGreaterThan(5);
    const text = pdftotext(bytes, ['-layout']);
    const perPage = text.split('\f').filter((p) => p.trim());
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页 / 共 ${pages} 页`));
    // Every page that continues the table starts it with the header row again.
    const tablePages = perPage.filter((p) => p.includes('T-LONG-300'));
    expect(tablePages.length).toBeGreaterThan(4);
    for (const page of tablePages) expect(page).toMatch(/发票\s+行号\s+收费项目\s+金额\s+涉及金额\s+规则\s+说明及依据/);
    for (let lineNo = 1; lineNo <= 300; lineNo++) expect(text).toMatch(new RegExp(`\\s${lineNo}\\s+.*64\\.00\\s+64\\.00\\s+FEE-003`));
    expect(text).toMatch(/CNY\s+19200\.00\s+19200\.00\s+0\.00\s+1\s+300/);
    savePng(bytes, 'long-zh', [2, pages]);
  }, 120_000);

  it('exports a month of 5,000 lines with progress, can be cancelled, and prints the time it took (not asserted)', async () => {
    const backend = syncBackend(tempProfile());
    for (let i = 0; i < 10; i++) await ok(backend, 'fees.saveInvoice', { invoice: longInvoice(500, `inv-5k-${i}`, `T-5K-${i}`) });
    let started = performance.now();
    const report = await ok<FeeAuditReport>(backend, 'fees.audit', {});
    const auditMs = performance.now() - started;
    expect(report.invoices.reduce((n, a) => n + a.invoice.lineCount, 0)).toBe(5000);

    const events: FeeExportProgress[] = [];
    backend.onEvent((event, payload) => {
      if (event === 'fees.exportProgress') events.push(payload as FeeExportProgress);
    });
    const xlsx = await ok<Exported>(backend, 'fees.export', { query: {}, format: 'xlsx', language: 'en', jobId: 'fx-1' });
    expect(xlsx.fileName).toBe('port-fee-audit_2025-03.xlsx');
    const rows = events.filter((e) => e.jobId === 'fx-1' && e.phase === 'rows');
    // Every finding and every line, reported every 250 rows.
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.map((e) => e.done)).toEqual([...rows.map((e) => e.done)].sort((a, b) => a - b));
    const total = report.invoices.reduce((n, a) => n + a.findings.length, 0) + 5000;
    expect(rows.at(-1)).toEqual({ jobId: 'fx-1', phase: 'rows', done: total, total });
    expect(events.filter((e) => e.jobId === 'fx-1').at(-1)).toEqual({ jobId: 'fx-1', phase: 'save', done: 1, total: 1 });

    const running = backend.call('fees.export', { query: {}, format: 'pdf', language: 'zh-CN', jobId: 'fx-2' });
    await new Promise<void>((resolve) => {
      const stop = backend.onEvent((event, payload) => {
        if (event === 'fees.exportProgress' && (payload as FeeExportProgress).jobId === 'fx-2') {
          stop();
          resolve();
        }
      });
    });
    expect(await ok(backend, 'fees.cancelExport', { jobId: 'fx-2' })).toEqual({ cancelled: true });
    const result = await running;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'CANCELLED', messageZh: '导出已取消。', messageEn: 'The export was cancelled.' });
    expect(await ok(backend, 'fees.cancelExport', { jobId: 'fx-2' })).toEqual({ cancelled: false });
    await backend.close();

    const ms: Record<string, number> = {};
    for (const format of ['xlsx', 'pdf'] as const) {
      started = performance.now();
      const file = await exportFeeAudit(report, format, 'zh-CN');
      ms[format] = Math.round(performance.now() - started);
      expect(file.bytes.length).toBeGreaterThan(10_000);
      if (format === 'pdf') ms.pages = Number(pdfinfo(file.bytes).Pages);
    }
    console.log(`fee export, 5,000 lines all disputed: audit ${Math.round(auditMs)} ms, xlsx ${ms.xlsx} ms, pdf ${ms.pdf} ms (${ms.pages} pages)`);
  }, 300_000);
});

describe('wrapping the mixed Chinese and Latin messages', () => {
  it('moves a Latin word that does not fit to the next line from where it starts, not from an earlier space', async () => {
    const canvas = await PdfCanvas.create();
    const style = { size: 10 };
    const text = '第 3 行「仓储管理费」：不在有效的公示清单2025-03-12';
    const width = canvas.width('第 3 行「仓储管理费」：不在有效的公示清单2025', style);
    expect(canvas.wrap(text, width, style)).toEqual(['第 3 行「仓储管理费」：不在有效的公示清单', '2025-03-12']);
    // Latin text still breaks at its spaces, and a word longer than the line inside it.
    expect(canvas.wrap('cancelled from 1 Jan 2021', canvas.width('cancelled from 1 Ja', style), style)).toEqual(['cancelled from 1', 'Jan 2021']);
    expect(canvas.wrap('https://example.com/very/long', canvas.width('https://exa', style), style)[0]).toBe('https://exa');
  });
});
