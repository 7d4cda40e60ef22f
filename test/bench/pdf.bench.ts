// PDF benchmark: a SIGNED 50-item declaration and a SIGNED 1,000-line packing list, made the way
// the print preview makes them (pdf-lib + fontkit 2 with subset Noto Sans SC, saved; then
// signatures.sign's path on those bytes: stamp in the reserved box, placeholder, save, PAdES
// CMS with an RSA-2048 key from a test .p12), against Chromium's print-to-PDF (page.pdf through
// Playwright, Debian's /usr/bin/chromium, the args of playwright.config.ts) of an HTML rendering
// of the same packing list, measured in the same run. The unsigned render is measured too, so
// the cost of signing shows. Targets: the signed 1,000-line list under 1.5 s, under 400 KB a
// page, faster and smaller than Chromium.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildDeclarationPdf, buildPackingListPdf, checkAttachment, savePdf, signatureBoxOf } from '../../electron/backend/pdf/pdf-api.node';
import { bodyHash } from '../../electron/backend/pdf/qr-code.node';
import { readPkcs12 } from '../../electron/backend/signing/pkcs12.node';
import { signPdfBytes } from '../../electron/backend/signing/sign-pdf.node';
import { SoftwareSigner } from '../../electron/backend/signing/software-signer.node';
import { stampBoxFor } from '../../shared/signing/stamp-box';
import { makeTestPki, P12_PASSWORD } from '../unit/helpers/test-pki';
import { lineTotals, packingListTotals } from '../../shared/model/packing-totals';
import { formatCartonRange } from '../../shared/model/carton-range';
import type { PackingList } from '../../shared/model/packing-list';
import { fiftyItemDeclaration, seedCodeNamer, thousandLinePackingList } from '../fixtures/pdf-documents';
import { printTable, summarize, writeResult } from './bench-kit';

const RUNS = 5;
// Playwright cannot be bundled (it reads its own package files): load the installed copy at run time.
const { chromium } = createRequire(join(process.cwd(), 'index.js'))('@playwright/test') as typeof import('@playwright/test');
const KB = 1024;
const codeName = seedCodeNamer();

interface Sample {
  ms: number;
  bytes: number;
  pages: number;
}

async function timeRuns(runs: number, make: () => Promise<Sample>): Promise<{ cold: Sample; warm: Sample[] }> {
  const cold = await make();
  const warm: Sample[] = [];
  for (let i = 0; i < runs; i++) warm.push(await make());
  return { cold, warm };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same packing list as an HTML table (thead repeats on every printed page in Chromium). */
function packingListHtml(list: PackingList): string {
  const h = list.header;
  const rows = (list.lines ?? []).map((l) => {
    const t = lineTotals(l);
    const range = l.cartonFrom ? formatCartonRange({ prefix: l.cartonPrefix ?? '', from: l.cartonFrom, to: l.cartonTo ?? l.cartonFrom }) : '';
    const cells = [String(l.lineNo), range, t.cartons?.toString() ?? '', l.description ?? '', l.hsCode ?? '', l.piecesPerCarton ?? '', t.pieces?.toString() ?? '', t.netKg?.toString() ?? '', t.grossKg?.toString() ?? '', `${l.lengthCm}×${l.widthCm}×${l.heightCm}`, t.cbm?.toFixed(3) ?? '', l.containerId ?? ''];
    return `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
  });
  const sum = packingListTotals(list);
  const head = ['序号', '箱号', '箱数', '品名', '商品编号', '每箱件数', '件数', '净重（千克）', '毛重（千克）', '尺寸（厘米）', '体积（立方米）', '集装箱号'];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;font-size:7pt;margin:0}
    h1{text-align:center;font-size:15pt;margin:0 0 6pt}
    table{border-collapse:collapse;width:100%} td,th{border:0.4pt solid #000;padding:2pt;vertical-align:top}
    th{background:#e6e6e6} tr{break-inside:avoid}
    .grid td{font-size:8.5pt}
  </style></head><body>
  <h1>装箱单 PACKING LIST</h1>
  <table class="grid"><tr><td>装箱单号<br>${esc(h.plNo ?? '')}</td><td>日期<br>${esc(h.plDate ?? '')}</td><td>发票号<br>${esc(h.invoiceNo ?? '')}</td><td>合同号<br>${esc(h.contractNo ?? '')}</td></tr>
  <tr><td colspan="2">卖方<br>${esc(h.sellerName ?? '')}<br>${esc(h.sellerAddress ?? '')}</td><td colspan="2">买方<br>${esc(h.buyerName ?? '')}<br>${esc(h.buyerAddress ?? '')}</td></tr>
  <tr><td colspan="4">唛头<br>${esc(h.marks ?? '').replace(/\n/g, '<br>')}</td></tr></table><br>
  <table><thead><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}
  <tr><td></td><td>合计</td><td>${sum.cartons.toString()}</td><td></td><td></td><td></td><td>${sum.pieces.toString()}</td><td>${sum.netKg.toString()}</td><td>${sum.grossKg.toString()}</td><td></td><td>${sum.cbm.toFixed(3)}</td><td></td></tr>
  </tbody></table></body></html>`;
}

async function main(): Promise<void> {
  const draft = fiftyItemDeclaration();
  const list = thousandLinePackingList();
  const declarationInput = { draft, clientSeqNo: '310000000000012345', sha256: bodyHash(draft), codeName };
  const listInput = { list, clientSeqNo: '310000000000067890', sha256: bodyHash(list), codeName };

  const pki = makeTestPki();
  const p12 = await readPkcs12(readFileSync(pki.p12.rsa), P12_PASSWORD);
  pki.cleanup();
  const signer = new SoftwareSigner(p12.keyPkcs8, { certificate: p12.certificate, chain: p12.chain, algorithm: 'rsa-sha256' });

  /** Render, save, then sign the saved bytes with the stamp in the reserved box (the app's path). */
  const makeSigned = async (build: () => Promise<import('pdf-lib').PDFDocument>, out: { last: Uint8Array; signMs: number[] }): Promise<Sample> => {
    const t = performance.now();
    const doc = await build();
    const bytes = await savePdf(doc);
    const s = performance.now();
    const box = stampBoxFor(signatureBoxOf(doc), 0) ?? undefined;
    out.last = await signPdfBytes(bytes, signer, { signerName: '张三 RSA', at: new Date(), role: '申报人' }, box);
    out.signMs.push(performance.now() - s);
    return { ms: performance.now() - t, bytes: out.last.length, pages: doc.getPageCount() };
  };
  const signedDeclaration = { last: new Uint8Array(), signMs: [] as number[] };
  const declaration = await timeRuns(RUNS, () => makeSigned(() => buildDeclarationPdf(declarationInput, { language: 'zh-CN' }), signedDeclaration));
  const signedList = { last: new Uint8Array(), signMs: [] as number[] };
  const packing = await timeRuns(RUNS, () => makeSigned(() => buildPackingListPdf(listInput, { language: 'zh-CN' }), signedList));
  const unsignedList = await timeRuns(RUNS, async () => {
    const t = performance.now();
    const doc = await buildPackingListPdf(listInput, { language: 'zh-CN' });
    const bytes = await savePdf(doc);
    return { ms: performance.now() - t, bytes: bytes.length, pages: doc.getPageCount() };
  });
  const check = await checkAttachment('装箱单-PL-2026-001.pdf', signedList.last);
  const declarationCheck = await checkAttachment('报关单-223320261000123456.pdf', signedDeclaration.last);

  // Chromium: launched once (not timed with the documents), then setContent + page.pdf per run.
  const launchStart = performance.now();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  const launchMs = performance.now() - launchStart;
  const page = await browser.newPage();
  const html = packingListHtml(list);
  const chrome = await timeRuns(RUNS, async () => {
    const t = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', margin: { top: '10.6mm', bottom: '23.3mm', left: '9.9mm', right: '9.9mm' }, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { ms: performance.now() - t, bytes: pdf.length, pages };
  });
  await browser.close();

  const median = (s: Sample[]) => summarize(s.map((x) => x.ms)).p50Ms;
  const rows = {
    'declaration 50 items, signed (ours)': { cold: declaration.cold, median: median(declaration.warm) },
    'packing list 1,000 lines, signed (ours)': { cold: packing.cold, median: median(packing.warm) },
    'packing list 1,000 lines, unsigned (ours)': { cold: unsignedList.cold, median: median(unsignedList.warm) },
    'packing list 1,000 lines (Chromium page.pdf)': { cold: chrome.cold, median: median(chrome.warm) },
  };
  console.log(`\nmachine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; Chromium launch ${launchMs.toFixed(0)} ms (not counted)`);
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([name, r]) => [
        name,
        { 'cold ms': Math.round(r.cold.ms), 'median ms': Math.round(r.median), pages: r.cold.pages, KB: +(r.cold.bytes / KB).toFixed(1), 'KB/page': +(r.cold.bytes / KB / r.cold.pages).toFixed(1) },
      ]),
    ),
  );
  printTable('timings (warm runs)', {
    signedDeclaration: summarize(declaration.warm.map((s) => s.ms)),
    signedPackingList: summarize(packing.warm.map((s) => s.ms)),
    'signing step only (packing list)': summarize(signedList.signMs.slice(1)),
    unsignedPackingList: summarize(unsignedList.warm.map((s) => s.ms)),
    chromium: summarize(chrome.warm.map((s) => s.ms)),
  });
  const listMedian = median(packing.warm);
  const verdicts = {
    'signed packing list < 1500 ms (median)': listMedian < 1500,
    'signed packing list < 1500 ms (cold, first in process)': packing.cold.ms < 1500,
    'largest page < 400 KB (signed list)': check.largestPageBytes < 400 * KB,
    'largest page < 400 KB (signed declaration)': declarationCheck.largestPageBytes < 400 * KB,
    'signed files pass the attachment check': check.ok && declarationCheck.ok,
    'file < 4 MB': packing.cold.bytes < 4 * KB * KB,
    'faster than Chromium (median)': listMedian < median(chrome.warm),
    'smaller than Chromium': packing.cold.bytes < chrome.cold.bytes,
  };
  for (const [what, ok] of Object.entries(verdicts)) console.log(`${ok ? 'PASS' : 'MISS'}  ${what}`);
  for (const [name, c] of [['signed packing list', check], ['signed declaration', declarationCheck]] as const) {
    console.log(`size check, ${name}: ${(c.bytes / KB).toFixed(1)} KB, ${c.pages} pages, largest page ${(c.largestPageBytes / KB).toFixed(1)} KB, PDF ${c.pdfVersion}, violations ${c.violations.length}`);
  }
  const file = writeResult('pdf', {
    machine: { cores: cpus().length, load: loadavg() },
    chromiumLaunchMs: launchMs,
    signedDeclaration: declaration,
    signedPackingList: packing,
    signingStepMs: summarize(signedList.signMs.slice(1)),
    unsignedPackingList: unsignedList,
    chromium: chrome,
    sizeCheck: { packingList: check, declaration: declarationCheck },
    verdicts,
  });
  console.log(`written ${file}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
