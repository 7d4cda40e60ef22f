import { rgb, type PDFDocument } from 'pdf-lib';
import { AppError } from '../../../shared/ipc/errors';
import { embedCjkFont, missingCharacters } from '../pdf/fonts.node';

/** Where a visible signature goes: a page (0-based) and a rectangle in PDF points. */
export interface SignatureBox {
  pageIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const STAMP_SIZE = { width: 210, height: 64 } as const;

/**
 * Bottom right of the last page, inside a 36 pt margin: where no form content is drawn. Slot n
 * (the n-th signature, 0-based) goes to the left of slot n-1, then a row higher, so a reviewer's
 * stamp sits beside the declarant's instead of on top of it.
 */
export function defaultBox(doc: PDFDocument, slot = 0): SignatureBox {
  const pageIndex = doc.getPageCount() - 1;
  const { width } = doc.getPage(pageIndex).getSize();
  const gap = 12;
  const columns = Math.max(1, Math.floor((width - 72 + gap) / (STAMP_SIZE.width + gap)));
  const column = slot % columns;
  const row = Math.floor(slot / columns);
  return { pageIndex, x: width - 36 - (column + 1) * STAMP_SIZE.width - column * gap, y: 36 + row * (STAMP_SIZE.height + 8), ...STAMP_SIZE };
}

/**
 * The time on the stamp, in China Standard Time: declarations are dated in customs' time zone,
 * whatever the laptop's clock zone says. The signature dictionary's /M keeps the exact instant.
 */
export function stampTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} (UTC+8)`;
}

export function checkBox(doc: PDFDocument, box: SignatureBox): void {
  const page = box.pageIndex >= 0 && box.pageIndex < doc.getPageCount() ? doc.getPage(box.pageIndex) : null;
  const size = page?.getSize();
  if (!size || box.width < 60 || box.height < 30 || box.x < 0 || box.y < 0 || box.x + box.width > size.width || box.y + box.height > size.height) {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'box',
      messageZh: '签名框不在页面内或太小（至少 60×30 点）。',
      messageEn: 'The signature box is outside the page or too small (at least 60×30 pt).',
    });
  }
}

/**
 * Draws the visible stamp (frame, "数字签名 / Digitally signed", the signer's name, the time).
 * It is page content drawn BEFORE the placeholder is added: the signature widget itself has an
 * empty appearance (spec §6), and this way every viewer shows the stamp, signed or not.
 */
export async function drawSignatureStamp(doc: PDFDocument, box: SignatureBox, signerName: string, at: Date, role?: string): Promise<void> {
  checkBox(doc, box);
  const missing = missingCharacters(signerName);
  if (missing.length > 0) {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'signerName',
      messageZh: `签名人姓名中的字符 ${missing.join(' ')} 无法用内置字体显示，签章无法生成。`,
      messageEn: `The signer's name contains characters the bundled font cannot show (${missing.join(' ')}); the stamp cannot be drawn.`,
    });
  }
  const font = await embedCjkFont(doc, 'regular');
  const page = doc.getPage(box.pageIndex);
  const red = rgb(0.75, 0.08, 0.08);
  page.drawRectangle({ x: box.x, y: box.y, width: box.width, height: box.height, borderColor: red, borderWidth: 1.2 });
  page.setFont(font);
  for (const line of stampLines(box, signerName, at, role, (text, size) => font.widthOfTextAtSize(text, size))) {
    page.drawText(line.text, { x: line.x, y: line.y, size: line.size, color: red });
  }
}

export interface StampLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

/**
 * The stamp's three lines and where they go, for both ways of drawing it (page text for the
 * first signature, glyph outlines in an incremental update for later ones).
 */
export function stampLines(box: SignatureBox, signerName: string, at: Date, role: string | undefined, measure: (text: string, size: number) => number): StampLine[] {
  const lines = [
    { text: role ? `数字签名 / Digitally signed · ${role}` : '数字签名 / Digitally signed', size: 8.5 },
    { text: signerName, size: 12 },
    { text: stampTime(at), size: 8 },
  ];
  const padding = 6;
  const lineGap = (box.height - 2 * padding) / lines.length;
  return lines.map((line, i) => {
    let size = line.size;
    // Shrink a long name or role to the box rather than letting it spill over the frame.
    while (size > 5 && measure(line.text, size) > box.width - 2 * padding) size -= 0.5;
    const y = box.y + box.height - padding - lineGap * (i + 1) + (lineGap - size) / 2 + 1;
    return { text: line.text, x: box.x + padding, y, size };
  });
}
