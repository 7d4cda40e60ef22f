// Tables that flow over pages: the header row is repeated at the top of every page, cells wrap
// their text (never cut it) and a row is never split between two pages.
import { CONTENT_WIDTH, MARGIN, type PdfCanvas, type TextStyle, type Weight } from './canvas.node';

export interface Column {
  header: string;
  /** Relative width; the columns share the content width in proportion. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableOptions {
  columns: readonly Column[];
  body: TextStyle;
  head: TextStyle;
  /** Starts a new page (running head included); the table then repeats its header row. */
  newPage: () => void;
  /** Space to keep free under the table on every page (e.g. for the totals). */
  bottomReserve?: number;
  /** Left edge and total width in points (default: the portrait page's content area). */
  left?: number;
  width?: number;
}

const PAD_X = 2.5;
const PAD_Y = 2.5;
const LINE_GAP = 1.25;

export class FlowingTable {
  private readonly widths: number[];
  private readonly x0: number;
  private readonly totalWidth: number;

  constructor(
    private readonly canvas: PdfCanvas,
    private readonly options: TableOptions,
  ) {
    this.x0 = options.left ?? MARGIN.left;
    this.totalWidth = options.width ?? CONTENT_WIDTH;
    const sum = options.columns.reduce((s, c) => s + c.width, 0);
    this.widths = options.columns.map((c) => (c.width / sum) * this.totalWidth);
  }

  /** Draws the header row at the current position (call once; page breaks repeat it). */
  header(): void {
    const wrapped = this.wrapped(this.options.columns.map((c) => c.header), this.options.head);
    const height = this.heightOf(wrapped, this.options.head);
    this.canvas.shade(this.x0, this.canvas.y - height, this.totalWidth, height, 0.9);
    this.drawCells(wrapped, height, this.options.head, true);
  }

  /** One row; moves to a new page first (with the header again) when it does not fit. */
  row(cells: readonly string[], weight: Weight = 'regular'): void {
    const style = { ...this.options.body, weight };
    const wrapped = this.wrapped(cells, style);
    const height = this.heightOf(wrapped, style);
    if (this.canvas.y - height < MARGIN.bottom + (this.options.bottomReserve ?? 0)) {
      this.options.newPage();
      this.header();
    }
    this.drawCells(wrapped, height, style, false);
  }

  private lineHeight(style: TextStyle): number {
    return style.size * LINE_GAP;
  }

  private wrapped(cells: readonly string[], style: TextStyle): string[][] {
    return cells.map((cell, i) => this.canvas.wrap(cell, (this.widths[i] ?? 0) - PAD_X * 2, style));
  }

  private heightOf(wrapped: readonly string[][], style: TextStyle): number {
    const lines = Math.max(1, ...wrapped.map((l) => l.length));
    return lines * this.lineHeight(style) + PAD_Y * 2;
  }

  private drawCells(wrapped: readonly string[][], height: number, style: TextStyle, isHeader: boolean): void {
    const top = this.canvas.y;
    const pieces: { value: string; x: number; y: number }[] = [];
    let x = this.x0;
    const right = this.x0 + this.totalWidth;
    const segments: [number, number, number, number][] = [[this.x0, top - height, right, top - height]];
    if (isHeader) segments.push([this.x0, top, right, top]);
    segments.push([x, top, x, top - height]);
    wrapped.forEach((lines, i) => {
      const width = this.widths[i] ?? 0;
      const align = isHeader ? 'center' : (this.options.columns[i]?.align ?? 'left');
      lines.forEach((line, n) => {
        const baseline = top - PAD_Y - this.lineHeight(style) * n - style.size * 0.95;
        pieces.push({ value: line, x: this.canvas.alignedX(line, x + PAD_X, width - PAD_X * 2, style, align), y: baseline });
      });
      x += width;
      segments.push([x, top, x, top - height]);
    });
    this.canvas.texts(pieces, style);
    this.canvas.lines(segments, 0.4);
    this.canvas.y = top - height;
  }
}

export interface GridCell {
  label: string;
  value: string;
  /** Relative width in its row. */
  span?: number;
}

/**
 * One row of the form's labelled boxes (label small and grey above, value below, wrapped):
 * the structure of the printed customs declaration header.
 */
export function fieldRow(canvas: PdfCanvas, cells: readonly GridCell[], label: TextStyle, value: TextStyle): void {
  const total = cells.reduce((s, c) => s + (c.span ?? 1), 0);
  const widths = cells.map((c) => ((c.span ?? 1) / total) * CONTENT_WIDTH);
  const contents = cells.map((c, i) => ({
    labels: canvas.wrap(c.label, (widths[i] ?? 0) - PAD_X * 2, label),
    values: c.value ? canvas.wrap(c.value, (widths[i] ?? 0) - PAD_X * 2, value) : [],
  }));
  const height = fieldRowHeight(canvas, cells, label, value);
  if (canvas.y - height < MARGIN.bottom) throw new Error('fieldRow: no room left on the page (the caller breaks pages)');
  const top = canvas.y;
  let x = MARGIN.left;
  const segments: [number, number, number, number][] = [[x, top - height, x + CONTENT_WIDTH, top - height], [x, top, x, top - height]];
  contents.forEach((c, i) => {
    let baseline = top - PAD_Y - label.size * 0.95;
    for (const line of c.labels) {
      canvas.text(line, x + PAD_X, baseline, label);
      baseline -= label.size * LINE_GAP;
    }
    baseline -= value.size * (LINE_GAP - 1) + (value.size - label.size) * 0.95;
    for (const line of c.values) {
      canvas.text(line, x + PAD_X, baseline, value);
      baseline -= value.size * LINE_GAP;
    }
    x += widths[i] ?? 0;
    segments.push([x, top, x, top - height]);
  });
  canvas.lines(segments, 0.4);
  canvas.y = top - height;
}

/** Height `fieldRow` would take, so callers can break the page before it. */
export function fieldRowHeight(canvas: PdfCanvas, cells: readonly GridCell[], label: TextStyle, value: TextStyle): number {
  const total = cells.reduce((s, c) => s + (c.span ?? 1), 0);
  return (
    PAD_Y * 2 +
    Math.max(
      ...cells.map((c) => {
        const w = ((c.span ?? 1) / total) * CONTENT_WIDTH - PAD_X * 2;
        const labels = canvas.wrap(c.label, w, label).length;
        const values = c.value ? canvas.wrap(c.value, w, value).length : 1;
        return labels * label.size * LINE_GAP + Math.max(1, values) * value.size * LINE_GAP;
      }),
    )
  );
}
