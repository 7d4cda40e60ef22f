import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { AppError } from '../../shared/ipc/errors';
import { buildDeclarationPdf, buildPackingListPdf, savePdf, signatureBoxOf } from '../../electron/backend/pdf/pdf-api.node';
import { checkAttachment, fileNameWidth, numberedFileName, splitPdf } from '../../electron/backend/pdf/attachment-limits.node';
import QRCode from 'qrcode';
import { bodyHash, qrPayload } from '../../electron/backend/pdf/qr-code.node';
import { qrRect } from '../../electron/backend/pdf/page-frame.node';
import { fiftyItemDeclaration, LONG_NAME, seedCodeNamer, thousandLinePackingList } from '../fixtures/pdf-documents';
import { missingCharacters } from '../../electron/backend/pdf/fonts.node';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inkIn, pdffonts, pdfinfo, pdftotext, qpdfCheck, rasterise } from './helpers/poppler';

const codeName = seedCodeNamer();
const draft = fiftyItemDeclaration();
const declarationInput = { draft, clientSeqNo: '310000000000012345', sha256: bodyHash(draft), revision: 4, codeName };
const list = thousandLinePackingList();
const listInput = { list, clientSeqNo: '310000000000067890', sha256: bodyHash(list), codeName };

let declarationZh: Uint8Array;
let declarationEn: Uint8Array;
let declarationDoc: PDFDocument;
let packing: Uint8Array;
let packingDoc: PDFDocument;

beforeAll(async () => {
  declarationDoc = await buildDeclarationPdf(declarationInput, { language: 'zh-CN' });
  declarationZh = await savePdf(declarationDoc);
  declarationEn = await savePdf(await buildDeclarationPdf(declarationInput, { language: 'en' }));
  packingDoc = await buildPackingListPdf(listInput, { language: 'zh-CN' });
  packing = await savePdf(packingDoc);
}, 120_000);

const noSpaces = (s: string) => s.replace(/\s+/g, '');

describe('declaration PDF (50 items)', () => {
  it('is a valid PDF >= 1.4 on A4 pages that qpdf accepts', () => {
    const info = pdfinfo(declarationZh);
    expect(Number(info['PDF version'])).toBeGreaterThanOrEqual(1.4);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(3);
    expect(info['Page size']).toContain('595.28 x 841.89');
    const check = qpdfCheck(declarationZh);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors');
  });

  it('embeds both font weights as tagged subsets with Unicode maps', () => {
    const fonts = pdffonts(declarationZh);
    expect(fonts.map((f) => f.name).sort()).toEqual([expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Bold$/), expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Regular$/)]);
    for (const f of fonts) expect([f.emb, f.sub, f.uni]).toEqual(['yes', 'yes', 'yes']);
  });

  it('prints the form in Chinese: title, coded fields with their names, every item, wrapped long names, rare characters', () => {
    const text = pdftotext(declarationZh);
    const flat = noSpaces(text);
    expect(text).toContain('中华人民共和国海关进口货物报关单');
    expect(flat).toContain('0110一般贸易');
    expect(flat).toContain('VNM越南');
    for (const label of ['项号', '商品编号', '商品名称及规格型号', '数量及单位', '单价/总价/币制', '原产国（地区）', '最终目的国（地区）', '境内目的地', '征免']) expect(flat).toContain(label);
    for (let n = 1; n <= 50; n++) expect(flat).toContain(n % 5 === 1 ? '锂离子电池' : `第${n}款`);
    // The long name is wrapped over lines, never cut: all of it is there once spaces and breaks are removed.
    expect(noSpaces(pdftotext(declarationZh, ['-raw']))).toContain(noSpaces(LONG_NAME));
    expect(flat).toContain('镕堃喆珺昇龑');
    expect(flat).toContain('¥€£①②③');
    expect(flat).toContain('集装箱号');
    expect(flat).toContain('CSQU3054383');
    expect(flat).toContain('PL-2026-001.pdf');
  });

  it('carries the ClientSeqNo, entry number and page x of y on every page', () => {
    const pages = Number(pdfinfo(declarationZh).Pages);
    const text = pdftotext(declarationZh);
    const perPage = text.split('\f').filter((p) => p.trim());
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => {
      expect(page).toContain('ClientSeqNo 310000000000012345');
      expect(page).toContain('223320261000123456');
      expect(noSpaces(page)).toContain(`第${i + 1}页/共${pages}页`);
    });
  });

  it('switches every label to English', () => {
    const text = pdftotext(declarationEn);
    expect(text).toContain("Import Goods Declaration, Customs of the People's Republic of China");
    expect(text).toContain('0110 General trade');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toContain('项号');
  });

  it('uses the box names of the export form for an export declaration', async () => {
    const exportDraft = fiftyItemDeclaration();
    exportDraft.head.ieFlag = 'E';
    const text = noSpaces(pdftotext(await savePdf(await buildDeclarationPdf({ ...declarationInput, draft: exportDraft }, { language: 'zh-CN' }))));
    for (const label of ['中华人民共和国海关出口货物报关单', '境内发货人', '境外收货人', '出境关别', '出口日期', '生产销售单位', '运抵国（地区）', '指运港', '离境口岸', '境内货源地']) expect(text).toContain(label);
    for (const label of ['进口货物报关单', '启运港', '消费使用单位', '境内目的地']) expect(text).not.toContain(label);
  });

  it('renders pixel-for-pixel like the same page with the full font, under an empty fontconfig', async () => {
    const full = await savePdf(await buildDeclarationPdf(declarationInput, { language: 'zh-CN', subset: false }));
    expect(full.length).toBeGreaterThan(declarationZh.length * 20);
    const pages = Number(pdfinfo(declarationZh).Pages);
    for (const page of [1, pages]) {
      const subset = rasterise(declarationZh, page);
      const whole = rasterise(full, page);
      expect(subset.stderr).toBe('');
      expect(Buffer.from(subset.pixels).equals(Buffer.from(whole.pixels))).toBe(true);
      // Not two blank pages: the title and the table really are drawn (ink in the title band).
      expect(inkIn(subset, [150, 790, 450, 815])).toBeGreaterThan(0.05);
    }
  }, 120_000);

  it('draws on every page the QR symbol of the identity and SHA-256 of the body, module for module', () => {
    const payload = qrPayload({ kind: 'declaration', reference: '310000000000012345', entryId: '223320261000123456', revision: 4, sha256: bodyHash(draft) });
    expect(payload).toBe(`clearway:declaration?ref=310000000000012345&entry=223320261000123456&rev=4&sha256=${bodyHash(draft)}`);
    // The qrcode library's matrix for that text, compared with the pixels poppler drew.
    const symbol = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules;
    const [x1, y1, x2] = qrRect();
    const total = symbol.size + 4;
    const modulePt = (x2 - x1) / total;
    const dpi = 300;
    const pages = Number(pdfinfo(declarationZh).Pages);
    for (const page of [1, pages]) {
      const raster = rasterise(declarationZh, page, dpi);
      let mismatches = 0;
      for (let row = 0; row < symbol.size; row++) {
        for (let col = 0; col < symbol.size; col++) {
          const cx = x1 + (col + 2.5) * modulePt;
          const cy = y1 + (total - row - 2.5) * modulePt;
          const ink = inkIn(raster, [cx - modulePt / 4, cy - modulePt / 4, cx + modulePt / 4, cy + modulePt / 4], dpi) > 0.5;
          if (ink !== Boolean(symbol.get(row, col))) mismatches++;
        }
      }
      expect(mismatches).toBe(0);
    }
  }, 60_000);

  it('keeps a blank signature box on the last page', () => {
    const box = signatureBoxOf(declarationDoc);
    expect(box.pageIndex).toBe(declarationDoc.getPageCount() - 1);
    const [x1, y1, x2, y2] = box.rect;
    expect([x2 - x1, y2 - y1]).toEqual([200, 60]);
    expect(inkIn(rasterise(declarationZh, box.pageIndex + 1), box.rect)).toBe(0);
  });

  it('meets the attachment limits', async () => {
    const check = await checkAttachment('报关单-310000000000012345.pdf', declarationZh);
    expect(check.violations).toEqual([]);
    expect(check.largestPageBytes).toBeLessThan(400 * 1024);
  });

  it('refuses a character the font lacks before drawing, naming the field in both languages', async () => {
    const rare = fiftyItemDeclaration();
    const third = rare.items?.[2];
    if (!third) throw new Error('fixture');
    third.gName = '电脑𠀾配件';
    const error = await buildDeclarationPdf({ ...declarationInput, draft: rare }, { language: 'zh-CN' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const value = (error as AppError).toValue();
    expect(value.code).toBe('INVALID_INPUT');
    expect(value.field).toBe('items.2.gName');
    expect(value.messageZh).toContain('商品名称（第 3 项）含有无法打印的字符“𠀾”');
    expect(value.messageEn).toContain('Description (item 3)');
    expect(value.messageEn).toContain('U+2003E');
  });
});

describe('packing-list PDF (1,000 lines)', () => {
  it('is valid, embeds subset fonts and stays under 400 KB a page and 4 MB a file', async () => {
    const info = pdfinfo(packing);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(20);
    expect(Number(info['PDF version'])).toBeGreaterThanOrEqual(1.4);
    expect(qpdfCheck(packing).status).toBe(0);
    for (const f of pdffonts(packing)) expect([f.emb, f.sub]).toEqual(['yes', 'yes']);
    const check = await checkAttachment('装箱单-PL-2026-001.pdf', packing);
    expect(check.violations).toEqual([]);
    expect(check.pages).toBe(pages);
    expect(packing.length / pages).toBeLessThan(400 * 1024);
    expect(packing.length).toBeLessThan(4 * 1024 * 1024);
  });

  it('names each font once per page (pitfall 4: one /Font key per drawText call made 12 KB page dictionaries)', async () => {
    const loaded = await PDFDocument.load(packing);
    for (const page of loaded.getPages()) {
      const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
      expect(fonts?.keys()).toHaveLength(2);
    }
  });

  it('repeats the carton table header on every page and prints every line, the totals, containers and seals', () => {
    const pagesText = pdftotext(packing, ['-raw']).split('\f').filter((p) => p.trim());
    const pages = Number(pdfinfo(packing).Pages);
    expect(pagesText).toHaveLength(pages);
    let withLines = 0;
    for (const [i, page] of pagesText.entries()) {
      const flat = noSpaces(page);
      expect(flat).toContain(`第${i + 1}页/共${pages}页`);
      expect(flat).toContain('PL-2026-001');
      if (!/C\d{3,4}-C\d{3,4}/.test(flat)) continue;
      withLines++;
      expect(flat).toContain('序号箱号箱数品名商品编号每箱件数件数净重（千克）毛重（千克）');
    }
    expect(withLines).toBeGreaterThanOrEqual(pages - 1);
    const all = noSpaces(pagesText.join(''));
    // (booleans, not toContain: a failure would print all 26 pages)
    const has = (s: string) => expect(all.includes(s), s).toBe(true);
    for (const range of ['1C001-C002', '500C0999-C1000', '1000C1999-C2000']) has(range);
    // Totals: 2,000 cartons, 10,000 pieces, 12,550 kg net, 16,000 kg gross, 144.000 CBM.
    has('合计2000100001255016000144.000');
    has('CSQU305438311普通2*标准箱(L)SH12345673750');
    has('TGHU123456721普通标准箱(S)SH76543212200');
    has('木质包装已经熏蒸处理。');
  });

  it('renders like the full-font build on the first and the last page', async () => {
    const full = await savePdf(await buildPackingListPdf(listInput, { language: 'zh-CN', subset: false }));
    const pages = Number(pdfinfo(packing).Pages);
    for (const page of [1, pages]) {
      const a = rasterise(packing, page);
      const b = rasterise(full, page);
      expect(a.stderr).toBe('');
      expect(Buffer.from(a.pixels).equals(Buffer.from(b.pixels))).toBe(true);
    }
  }, 120_000);

  it('splits into numbered files that each meet the size limit', async () => {
    const limit = 120 * 1024;
    const parts = await splitPdf('装箱单-PL-2026-001.pdf', packing, limit);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.fileName)).toEqual(parts.map((_, i) => `装箱单-PL-2026-001-${i + 1}.pdf`));
    let next = 1;
    for (const part of parts) {
      expect(part.bytes.length).toBeLessThanOrEqual(limit);
      expect(part.firstPage).toBe(next);
      expect(Number(pdfinfo(part.bytes).Pages)).toBe(part.lastPage - part.firstPage + 1);
      expect(qpdfCheck(part.bytes).status).toBe(0);
      next = part.lastPage + 1;
    }
    expect(next - 1).toBe(packingDoc.getPageCount());
  });
});

describe('printable reference data', () => {
  it('every code-table name the PDFs print next to a code has a glyph in the bundled font', () => {
    const dir = join(process.cwd(), 'seeds', 'codes');
    const missing: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const table = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { entries: { code: string; nameZh: string; nameEn?: string }[] };
      for (const e of table.entries) {
        const chars = missingCharacters(`${e.nameZh}${e.nameEn ?? ''}`);
        if (chars.length) missing.push(`${file} ${e.code}: ${chars.join('')}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('attachment limits', () => {
  it('counts a Chinese character as two in file names (32 Chinese characters at most)', async () => {
    expect(fileNameWidth('装箱单.pdf')).toBe(10);
    const ok = `${'装'.repeat(30)}.pdf`;
    const long = `${'装'.repeat(31)}.pdf`;
    expect(fileNameWidth(ok)).toBe(64);
    expect((await checkAttachment(ok, declarationZh)).ok).toBe(true);
    const check = await checkAttachment(long, declarationZh);
    expect(check.violations.map((v) => v.rule)).toEqual(['file-name']);
    expect(check.violations[0]?.messageZh).toContain('66');
    expect(fileNameWidth(numberedFileName(long, 12))).toBeLessThanOrEqual(64);
  });

  it('reports a PDF version below 1.4 and a file over 4 MB', async () => {
    const old = new Uint8Array(declarationZh);
    old.set(new TextEncoder().encode('%PDF-1.3'), 0);
    expect((await checkAttachment('a.pdf', old)).violations.map((v) => v.rule)).toEqual(['version']);
    const padded = new Uint8Array(declarationZh.length + 4 * 1024 * 1024);
    padded.set(declarationZh, 0);
    expect((await checkAttachment('a.pdf', padded)).violations.map((v) => v.rule)).toContain('file-size');
  });
});
