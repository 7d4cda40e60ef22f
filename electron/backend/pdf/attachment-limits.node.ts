// The single window's limits for attached documents (随附单据): PDF version >= 1.4, at most
// 400 KB per page and 4 MB per file, file names at most 64 characters where a Chinese
// character counts two. `checkAttachment` reports every violation (it changes nothing);
// `splitPdf` cuts a document that is too big into numbered files that each meet the limits.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

export const ATTACHMENT_LIMITS = {
  minVersion: 1.4,
  maxPageBytes: 400 * 1024,
  maxFileBytes: 4 * 1024 * 1024,
  maxNameWidth: 64,
} as const;

export type LimitRule = 'version' | 'page-size' | 'file-size' | 'file-name';

export interface LimitViolation {
  rule: LimitRule;
  messageZh: string;
  messageEn: string;
  /** 1-based page number, for page-size violations. */
  page?: number;
}

export interface SizeCheck {
  ok: boolean;
  fileName: string;
  pdfVersion: string;
  bytes: number;
  pages: number;
  /** The page with the most bytes of its own (shared objects such as the font split evenly). */
  largestPageBytes: number;
  violations: LimitViolation[];
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Width of a file name as the single window counts it: CJK and full-width characters count 2. */
export function fileNameWidth(name: string): number {
  let width = 0;
  for (const char of name) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
}

/** The version in the file header ("%PDF-1.7"), or "" when there is none. */
export function pdfHeaderVersion(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  return /^%PDF-(\d\.\d)/.exec(head)?.[1] ?? '';
}

/**
 * Bytes each page accounts for: every object reachable from the page (its content streams,
 * fonts, images, forms; not the page tree above it), an object shared by n pages counting 1/n.
 */
export function bytesPerPage(doc: PDFDocument): number[] {
  const owners = new Map<PDFRef, Set<number>>();
  doc.getPages().forEach((page, index) => {
    const seen = new Set<PDFRef>();
    const walk = (obj: PDFObject | undefined): void => {
      if (!obj) return;
      if (obj instanceof PDFRef) {
        if (seen.has(obj)) return;
        seen.add(obj);
        let set = owners.get(obj);
        if (!set) owners.set(obj, (set = new Set()));
        set.add(index);
        walk(doc.context.lookup(obj));
      } else if (obj instanceof PDFStream) {
        walk(obj.dict);
      } else if (obj instanceof PDFDict) {
        for (const [key, value] of obj.entries()) if (key !== PDFName.of('Parent')) walk(value);
      } else if (obj instanceof PDFArray) {
        for (let i = 0; i < obj.size(); i++) walk(obj.get(i));
      }
    };
    walk(page.ref);
  });
  const sizes = doc.getPages().map(() => 0);
  for (const [ref, pages] of owners) {
    const size = doc.context.lookup(ref)?.sizeInBytes() ?? 0;
    for (const p of pages) sizes[p] = (sizes[p] ?? 0) + size / pages.size;
  }
  return sizes.map(Math.round);
}

export async function checkAttachment(fileName: string, bytes: Uint8Array): Promise<SizeCheck> {
  const violations: LimitViolation[] = [];
  const version = pdfHeaderVersion(bytes);
  if (!version || Number(version) < ATTACHMENT_LIMITS.minVersion) {
    violations.push({ rule: 'version', messageZh: `PDF 版本 ${version || '未知'} 低于 1.4。`, messageEn: `PDF version ${version || 'unknown'} is below 1.4.` });
  }
  if (bytes.length > ATTACHMENT_LIMITS.maxFileBytes) {
    violations.push({ rule: 'file-size', messageZh: `文件 ${kb(bytes.length)}，超过 4 MB，需拆分。`, messageEn: `The file is ${kb(bytes.length)}, over 4 MB: split it.` });
  }
  const width = fileNameWidth(fileName);
  if (width > ATTACHMENT_LIMITS.maxNameWidth) {
    violations.push({ rule: 'file-name', messageZh: `文件名长度 ${width}（汉字计 2），超过 64。`, messageEn: `The file name is ${width} long (a Chinese character counts 2), over 64.` });
  }
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const perPage = bytesPerPage(doc);
  perPage.forEach((size, i) => {
    if (size > ATTACHMENT_LIMITS.maxPageBytes) {
      violations.push({ rule: 'page-size', page: i + 1, messageZh: `第 ${i + 1} 页 ${kb(size)}，超过 400 KB。`, messageEn: `Page ${i + 1} is ${kb(size)}, over 400 KB.` });
    }
  });
  return { ok: violations.length === 0, fileName, pdfVersion: version, bytes: bytes.length, pages: perPage.length, largestPageBytes: Math.max(0, ...perPage), violations };
}

/** "name.pdf" -> "name-2.pdf", shortening the stem so that the numbered name still fits the limit. */
export function numberedFileName(fileName: string, part: number): string {
  const dot = fileName.toLowerCase().endsWith('.pdf') ? fileName.length - 4 : fileName.length;
  const suffix = `-${part}.pdf`;
  let stem = fileName.slice(0, dot);
  while (stem && fileNameWidth(stem + suffix) > ATTACHMENT_LIMITS.maxNameWidth) stem = [...stem].slice(0, -1).join('');
  return stem + suffix;
}

export interface PdfPart {
  fileName: string;
  bytes: Uint8Array;
  /** 1-based page range of the original document. */
  firstPage: number;
  lastPage: number;
}

/**
 * Splits a saved PDF into numbered files of at most `maxBytes` each (pages are never split).
 * A document within the limit comes back as one part under its own name.
 */
export async function splitPdf(fileName: string, bytes: Uint8Array, maxBytes: number = ATTACHMENT_LIMITS.maxFileBytes): Promise<PdfPart[]> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageCount = source.getPageCount();
  if (bytes.length <= maxBytes) return [{ fileName, bytes, firstPage: 1, lastPage: pageCount }];
  const perPage = bytesPerPage(source);
  // Each part repeats the shared objects (the font subset), so aim below the limit and check.
  let budget = maxBytes * 0.9;
  for (;;) {
    const ranges: [number, number][] = [];
    let start = 0;
    let size = 0;
    perPage.forEach((pageBytes, i) => {
      if (i > start && size + pageBytes > budget) {
        ranges.push([start, i - 1]);
        start = i;
        size = 0;
      }
      size += pageBytes;
    });
    ranges.push([start, pageCount - 1]);
    const parts: PdfPart[] = [];
    for (const [index, [first, last]] of ranges.entries()) {
      const part = await PDFDocument.create({ updateMetadata: false });
      const pages = await part.copyPages(source, Array.from({ length: last - first + 1 }, (_, k) => first + k));
      pages.forEach((p) => part.addPage(p));
      parts.push({ fileName: numberedFileName(fileName, index + 1), bytes: await part.save({ useObjectStreams: false }), firstPage: first + 1, lastPage: last + 1 });
    }
    if (parts.every((p) => p.bytes.length <= maxBytes) || budget < maxBytes * 0.2) return parts;
    budget *= 0.75;
  }
}
