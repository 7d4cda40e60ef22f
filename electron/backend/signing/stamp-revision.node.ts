import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import type { Font } from 'fontkit';
import { AppError } from '../../../shared/ipc/errors';
import { loadFont, missingCharacters } from '../pdf/fonts.node';
import { stampLines, type SignatureBox } from './signature-stamp.node';

/**
 * The visible stamp of a LATER signature (the reviewer's), added without touching a byte of
 * the signed file: an incremental update that appends the stamp as a new content stream of the
 * page, then the signature covers it. The text is drawn as glyph outlines (filled paths from the
 * bundled font), so the update needs no font objects: a few hundred bytes of page content.
 * (Outlines are not extractable text; the signer's name is also in the certificate.)
 */

const RED = '0.75 0.08 0.08';

function num(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

/** One line of text as PDF path operators (TrueType quadratic curves raised to cubic ones). */
function textPath(font: Font, text: string, x: number, y: number, size: number): string {
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  const ops: string[] = [];
  let penX = x;
  run.glyphs.forEach((glyph, i) => {
    let cx = 0;
    let cy = 0;
    const px = (gx: number) => penX + gx * scale;
    const py = (gy: number) => y + gy * scale;
    for (const c of glyph.path.commands) {
      const a = c.args;
      switch (c.command) {
        case 'moveTo':
          [cx, cy] = [a[0] ?? 0, a[1] ?? 0];
          ops.push(`${num(px(cx))} ${num(py(cy))} m`);
          break;
        case 'lineTo':
          [cx, cy] = [a[0] ?? 0, a[1] ?? 0];
          ops.push(`${num(px(cx))} ${num(py(cy))} l`);
          break;
        case 'quadraticCurveTo': {
          const [qx, qy, ex, ey] = [a[0] ?? 0, a[1] ?? 0, a[2] ?? 0, a[3] ?? 0];
          const c1 = [cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy)];
          const c2 = [ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)];
          ops.push(`${num(px(c1[0] ?? 0))} ${num(py(c1[1] ?? 0))} ${num(px(c2[0] ?? 0))} ${num(py(c2[1] ?? 0))} ${num(px(ex))} ${num(py(ey))} c`);
          [cx, cy] = [ex, ey];
          break;
        }
        case 'bezierCurveTo':
          ops.push(`${num(px(a[0] ?? 0))} ${num(py(a[1] ?? 0))} ${num(px(a[2] ?? 0))} ${num(py(a[3] ?? 0))} ${num(px(a[4] ?? 0))} ${num(py(a[5] ?? 0))} c`);
          [cx, cy] = [a[4] ?? 0, a[5] ?? 0];
          break;
        case 'closePath':
          ops.push('h');
          break;
      }
    }
    penX += (run.positions[i]?.xAdvance ?? glyph.advanceWidth) * scale;
  });
  return ops.length ? `${ops.join('\n')}\nf\n` : '';
}

function width(font: Font, text: string, size: number): number {
  return font.layout(text).positions.reduce((sum, p) => sum + p.xAdvance, 0) * (size / font.unitsPerEm);
}

/** The stamp's page content: the same frame and lines as the first signature's stamp. */
export function stampContent(box: SignatureBox, signerName: string, at: Date, role?: string): string {
  const missing = missingCharacters(signerName);
  if (missing.length > 0) {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'signerName',
      messageZh: `签名人姓名中的字符 ${missing.join(' ')} 无法用内置字体显示，签章无法生成。`,
      messageEn: `The signer's name contains characters the bundled font cannot show (${missing.join(' ')}); the stamp cannot be drawn.`,
    });
  }
  const font = loadFont('regular');
  const parts = [`${RED} RG ${RED} rg 1.2 w ${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)} re S\n`];
  for (const line of stampLines(box, signerName, at, role, (text, size) => width(font, text, size))) {
    parts.push(textPath(font, line.text, line.x, line.y, line.size));
  }
  return parts.join('');
}

function lastStartXref(pdf: Uint8Array): number {
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 1024))).toString('latin1');
  const matches = [...tail.matchAll(/startxref\s+(\d+)/g)];
  const last = matches[matches.length - 1];
  if (!last?.[1]) throw new Error('no startxref at the end of the file');
  return Number(last[1]);
}

/**
 * Appends an incremental update drawing the stamp on page `box.pageIndex`: a "q" stream before
 * the page's existing content and a "Q + stamp" stream after it (so whatever graphics state the
 * page leaves does not move the stamp), and the page object with the longer /Contents array.
 * The file is only read by pdf-lib; the update is written by hand as a classic xref section.
 */
export async function appendStampRevision(pdf: Uint8Array, box: SignatureBox, signerName: string, at: Date, role?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  if (box.pageIndex < 0 || box.pageIndex >= doc.getPageCount()) {
    throw new AppError({ code: 'INVALID_INPUT', field: 'box', messageZh: '签名框所在的页不存在。', messageEn: 'The signature box is on a page that does not exist.' });
  }
  const page = doc.getPage(box.pageIndex);
  const { width: pageWidth, height: pageHeight } = page.getSize();
  if (box.x < 0 || box.y < 0 || box.x + box.width > pageWidth || box.y + box.height > pageHeight) {
    throw new AppError({ code: 'INVALID_INPUT', field: 'box', messageZh: '签名框不在页面内。', messageEn: 'The signature box is outside the page.' });
  }
  const ctx = doc.context;
  const trailer = ctx.trailerInfo;
  if (!(trailer.Root instanceof PDFRef)) throw new Error('the trailer has no /Root');
  const first = ctx.largestObjectNumber + 1;
  const openRef = PDFRef.of(first);
  const stampRef = PDFRef.of(first + 1);

  const raw = page.node.get(PDFName.of('Contents'));
  const resolved = raw instanceof PDFRef ? ctx.lookup(raw) : raw;
  const existing = resolved instanceof PDFArray ? resolved.asArray() : raw ? [raw] : [];
  const pageDict = page.node.clone(ctx);
  pageDict.set(PDFName.of('Contents'), ctx.obj([openRef, ...existing, stampRef]));

  // The stamp's glyph outlines are tens of KB of path operators: deflated, they take a fifth.
  // (A latin1 string carries the compressed bytes one char per byte, like the rest of the update.)
  const stream = (body: string, deflate = false) => {
    const data = deflate ? deflateSync(Buffer.from(body, 'latin1')).toString('latin1') : body;
    return `<< /Length ${Buffer.byteLength(data, 'latin1')}${deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n${data}\nendstream`;
  };
  const objects: Array<[PDFRef, string]> = [
    [page.ref, pageDict.toString()],
    [openRef, stream('q')],
    [stampRef, stream(`Q\nq\n${stampContent(box, signerName, at, role)}Q`, true)],
  ];
  const chunks: Buffer[] = [Buffer.from('\n', 'latin1')];
  let offset = pdf.length + 1;
  const offsets = new Map<number, { offset: number; generation: number }>();
  for (const [ref, body] of objects) {
    const text = Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n${body}\nendobj\n`, 'latin1');
    offsets.set(ref.objectNumber, { offset, generation: ref.generationNumber });
    chunks.push(text);
    offset += text.length;
  }
  const entry = (n: number) => {
    const at = offsets.get(n) ?? { offset: 0, generation: 0 };
    return `${String(at.offset).padStart(10, '0')} ${String(at.generation).padStart(5, '0')} n \n`;
  };
  const xref =
    `xref\n${page.ref.objectNumber} 1\n${entry(page.ref.objectNumber)}` +
    `${first} 2\n${entry(first)}${entry(first + 1)}` +
    `trailer\n<< /Size ${first + 2} /Root ${trailer.Root.toString()}${trailer.Info instanceof PDFRef ? ` /Info ${trailer.Info.toString()}` : ''} /Prev ${lastStartXref(pdf)} >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), ...chunks]));
}
