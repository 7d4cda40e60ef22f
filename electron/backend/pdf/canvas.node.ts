// Layout primitives for every Clearway PDF: A4 pages, text in two weights of the bundled CJK
// font, measuring and wrapping, ruled lines and boxes. Drawing goes straight to content-stream
// operators: pdf-lib's drawText({font}) and setFont add a new /Font resource key on EVERY call
// (pitfall 4 of spec/pdf-and-signatures.md: 12 KB page dictionaries), so each page registers each
// font exactly once and text refers to those keys.
import {
  PDFDocument,
  PDFName,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
  beginText,
  endText,
  setFontAndSize,
  showText,
  moveText,
  setTextMatrix,
  setFillingGrayscaleColor,
  setStrokingGrayscaleColor,
  setLineWidth,
  moveTo,
  lineTo,
  stroke,
  rectangle,
  fill,
  pushGraphicsState,
  popGraphicsState,
} from 'pdf-lib';
import { embedCjkFont } from './fonts.node';

/** A4 in points, portrait. */
export const A4 = { width: 595.28, height: 841.89 } as const;
/** A4 turned sideways (one-page reports with charts). */
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;
export const MARGIN = { left: 28, right: 28, top: 30, bottom: 66 } as const;
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

export type Weight = 'regular' | 'bold';

/** Printable ASCII other than the space: a Latin word goes to the next line whole when it fits there. */
const LATIN = /[\x21-\x7e]/;
/** Marks that must not begin a line (closing brackets and punctuation). */
const NO_LINE_START = /[、，。．：；！？）」』】〕》〉,.:;!?)\]}%]/;

export interface TextStyle {
  size: number;
  weight?: Weight;
  /** 0 black … 1 white. */
  gray?: number;
}

interface PageFonts {
  page: PDFPage;
  keys: Record<Weight, PDFName>;
}

/** Two decimals are far below a printer's dot; shorter numbers make smaller content streams. */
const round = (n: number) => Math.round(n * 100) / 100;

/** Thrown by `checkpoint` when the caller's signal was aborted between pages. */
export class RenderCancelled extends Error {
  constructor() {
    super('PDF rendering cancelled');
    this.name = 'RenderCancelled';
  }
}

export interface CanvasOptions {
  /** false embeds the whole font (for the render check only: subset and full must look the same). */
  subset?: boolean;
  signal?: AbortSignal;
}

export class PdfCanvas {
  readonly pages: PageFonts[] = [];
  /** The drawing position on the current page, from the bottom (PDF user space). */
  y = 0;
  private readonly widthCache: Record<Weight, Map<string, number>> = { regular: new Map(), bold: new Map() };

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: Record<Weight, PDFFont>,
    private readonly signal: AbortSignal | undefined,
  ) {}

  static async create(options: CanvasOptions = {}): Promise<PdfCanvas> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const subset = options.subset ?? true;
    const fonts = { regular: await embedCjkFont(doc, 'regular', { subset }), bold: await embedCjkFont(doc, 'bold', { subset }) };
    return new PdfCanvas(doc, fonts, options.signal);
  }

  get page(): PDFPage {
    const current = this.pages[this.pages.length - 1];
    if (!current) throw new Error('no page yet: call newPage first');
    return current.page;
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  newPage(size: { width: number; height: number } = A4): PDFPage {
    const page = this.doc.addPage([size.width, size.height]);
    const keys = {
      regular: page.node.newFontDictionary(this.fonts.regular.name, this.fonts.regular.ref),
      bold: page.node.newFontDictionary(this.fonts.bold.name, this.fonts.bold.ref),
    };
    this.pages.push({ page, keys });
    this.y = size.height - MARGIN.top;
    return page;
  }

  /** Lets a cancel request in and other work run between pages (rendering is CPU-bound). */
  async checkpoint(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.signal?.aborted) throw new RenderCancelled();
  }

  /** Width of `text` in points; per-character widths are cached (fontkit layout is the slow part). */
  width(text: string, style: TextStyle): number {
    const weight = style.weight ?? 'regular';
    const cache = this.widthCache[weight];
    let units = 0;
    for (const char of text) {
      let w = cache.get(char);
      if (w === undefined) {
        w = this.fonts[weight].widthOfTextAtSize(char, 1000);
        cache.set(char, w);
      }
      units += w;
    }
    return (units * style.size) / 1000;
  }

  /**
   * Breaks `text` into lines no wider than `maxWidth`. Explicit newlines are kept; CJK text
   * breaks between any two characters, a Latin word goes whole to the next line (a word longer
   * than the line is broken inside). Never cuts text off.
   */
  wrap(text: string, maxWidth: number, style: TextStyle): string[] {
    const lines: string[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const char of paragraph) {
        const w = this.width(char, style);
        if (lineWidth + w > maxWidth && line !== '') {
          const insideLatinWord = LATIN.test(char) && LATIN.test(line.slice(-1));
          // The word starts after the last character that is not Latin: a space, or a CJK
          // character (breaking between CJK and Latin is allowed), not at the last space of the
          // line, which in mixed text can lie far back ("第 3 行「…」2025-03-12").
          const sofar = [...line];
          let start = sofar.length;
          while (start > 0 && LATIN.test(sofar[start - 1] ?? '')) start--;
          const head = sofar.slice(0, start).join('').trimEnd();
          if (insideLatinWord && head !== '') {
            lines.push(head);
            line = sofar.slice(start).join('');
          } else if (NO_LINE_START.test(char) && [...line].length > 1) {
            // Chinese line-breaking rule: a closing mark never starts a line; its character goes with it.
            const chars = [...line];
            const last = chars.pop() ?? '';
            lines.push(chars.join('').trimEnd());
            line = last;
          } else {
            lines.push(line.trimEnd());
            line = '';
          }
          lineWidth = this.width(line, style);
          if (char === ' ' && line === '') continue;
        }
        line += char;
        lineWidth += w;
      }
      lines.push(line);
    }
    return lines;
  }

  /** Draws one line of text with its baseline at (x, y) on the current page. */
  text(value: string, x: number, y: number, style: TextStyle): void {
    if (value === '') return;
    const weight = style.weight ?? 'regular';
    const current = this.pages[this.pages.length - 1];
    if (!current) throw new Error('no page yet');
    this.textOn(current, value, x, y, style, weight);
  }

  /**
   * Many pieces of text in one style in a single BT…ET block (a table row): a tenth of the
   * operators of one block per piece, which is what makes a 1,000-line list fast and small.
   */
  texts(pieces: readonly { value: string; x: number; y: number }[], style: TextStyle): void {
    const current = this.pages[this.pages.length - 1];
    if (!current) throw new Error('no page yet');
    const weight = style.weight ?? 'regular';
    const font = this.fonts[weight];
    const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(style.gray ?? 0), beginText(), setFontAndSize(current.keys[weight], style.size)];
    for (const piece of pieces) {
      if (piece.value === '') continue;
      ops.push(setTextMatrix(1, 0, 0, 1, round(piece.x), round(piece.y)), showText(font.encodeText(piece.value)));
    }
    ops.push(endText(), popGraphicsState());
    current.page.pushOperators(...ops);
  }

  /** Same as `text`, on an earlier page (footers are drawn when the page count is known). */
  textOnPage(pageIndex: number, value: string, x: number, y: number, style: TextStyle): void {
    const target = this.pages[pageIndex];
    if (!target) throw new Error(`no page ${pageIndex}`);
    this.textOn(target, value, x, y, style, style.weight ?? 'regular');
  }

  /** `text` cut to `maxWidth` with a trailing "…" when it is wider (labels in charts, one-line cells). */
  fit(text: string, maxWidth: number, style: TextStyle): string {
    if (this.width(text, style) <= maxWidth) return text;
    const chars = [...text];
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.width(chars.slice(0, mid).join('') + '…', style) <= maxWidth) low = mid;
      else high = mid - 1;
    }
    return chars.slice(0, low).join('').trimEnd() + '…';
  }

  /** Text aligned in a box of `width` starting at x. */
  alignedX(value: string, x: number, width: number, style: TextStyle, align: 'left' | 'right' | 'center'): number {
    if (align === 'left') return x;
    const w = this.width(value, style);
    return align === 'right' ? x + width - w : x + (width - w) / 2;
  }

  /** Straight lines (x1, y1, x2, y2) in one path, stroked once. */
  lines(segments: readonly (readonly [number, number, number, number])[], lineWidth = 0.5, gray = 0): void {
    if (segments.length === 0) return;
    const ops: PDFOperator[] = [pushGraphicsState(), setLineWidth(lineWidth), setStrokingGrayscaleColor(gray)];
    for (const [x1, y1, x2, y2] of segments) ops.push(moveTo(round(x1), round(y1)), lineTo(round(x2), round(y2)));
    ops.push(stroke(), popGraphicsState());
    this.page.pushOperators(...ops);
  }

  /** An outlined rectangle (x, y is the bottom-left corner). */
  box(x: number, y: number, width: number, height: number, lineWidth = 0.5): void {
    this.lines(
      [
        [x, y, x + width, y],
        [x + width, y, x + width, y + height],
        [x + width, y + height, x, y + height],
        [x, y + height, x, y],
      ],
      lineWidth,
    );
  }

  /** A filled rectangle (table header shading). */
  shade(x: number, y: number, width: number, height: number, gray: number): void {
    this.page.pushOperators(pushGraphicsState(), setFillingGrayscaleColor(gray), rectangle(x, y, width, height), fill(), popGraphicsState());
  }

  private textOn(target: PageFonts, value: string, x: number, y: number, style: TextStyle, weight: Weight): void {
    target.page.pushOperators(
      pushGraphicsState(),
      setFillingGrayscaleColor(style.gray ?? 0),
      beginText(),
      setFontAndSize(target.keys[weight], style.size),
      moveText(x, y),
      showText(this.fonts[weight].encodeText(value)),
      endText(),
      popGraphicsState(),
    );
  }
}
