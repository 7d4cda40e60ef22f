import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Independent checks of a signed PDF: poppler's pdfsig (NSS trust store) and openssl cms.
 * pdfsig exits 0 even on "Digest Mismatch", so its text is parsed (spec pitfall 10).
 * The ByteRange / Contents extraction here is deliberately separate from our verifier's.
 */
export interface PdfsigSignature {
  commonName: string;
  total: boolean;
  valid: boolean;
  trusted: boolean;
  type: string;
  text: string;
}

export function pdfsig(pdf: Uint8Array, nssDir: string): PdfsigSignature[] {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-pdfsig-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const out = spawnSync('pdfsig', ['-nssdir', `sql:${nssDir}`, file], { encoding: 'utf8' });
    const blocks = out.stdout.split(/^Signature #\d+:$/m).slice(1);
    return blocks.map((text) => ({
      commonName: /Signer Certificate Common Name: (.*)$/m.exec(text)?.[1] ?? '',
      total: /^\s*- Total document signed$/m.test(text),
      valid: text.includes('Signature Validation: Signature is Valid.'),
      trusted: text.includes('Certificate Validation: Certificate is Trusted.'),
      type: /Signature Type: (.*)$/m.exec(text)?.[1] ?? '',
      text,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** All ByteRanges in file order, read with a plain regex. */
export function byteRanges(pdf: Uint8Array): [number, number, number, number][] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);
}

export interface OpensslResult {
  ok: boolean;
  stderr: string;
  /** `openssl cms -cmsout -print` of the CMS, for attribute checks. */
  printed: string;
}

/**
 * Length of the DER value at the start of `bytes` (tag, length, contents). The placeholder pads the
 * CMS with zeros, and the CMS itself may end in a zero byte, so the padding is cut by the outer
 * length, never by trimming zeros (that broke one signature in 256).
 */
function derLength(bytes: Uint8Array): number {
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (bytes[2 + i] ?? 0);
  return 2 + count + length;
}

/** openssl cms -verify over the ByteRange bytes of signature `index` (0-based, file order). */
export function opensslVerify(pdf: Uint8Array, index: number, caPem: string): OpensslResult {
  const range = byteRanges(pdf)[index];
  if (!range) throw new Error(`no signature #${index}`);
  const [a, b, c, d] = range;
  const buf = Buffer.from(pdf);
  const padded = Buffer.from(buf.subarray(a + b + 1, c - 1).toString('latin1'), 'hex');
  const dir = mkdtempSync(join(tmpdir(), 'clearway-cms-'));
  try {
    writeFileSync(join(dir, 'sig.der'), padded.subarray(0, derLength(padded)));
    writeFileSync(join(dir, 'signed.bin'), Buffer.concat([buf.subarray(a, a + b), buf.subarray(c, c + d)]));
    writeFileSync(join(dir, 'ca.pem'), caPem);
    const res = spawnSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', 'sig.der', '-content', 'signed.bin', '-CAfile', 'ca.pem', '-purpose', 'any', '-out', '/dev/null'],
      { cwd: dir, encoding: 'utf8' },
    );
    const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', 'sig.der'], { cwd: dir, encoding: 'utf8' });
    return { ok: res.status === 0 && res.stderr.includes('Verification successful'), stderr: res.stderr, printed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small unsigned two-page PDF, classic xref, as the renderer would hand it over. */
export async function samplePdf(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 2; i++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`Packing list page ${i}`, { x: 50, y: 780, size: 14, font });
  }
  return doc;
}

/** Flips one byte at `offset` (a digit stays a digit, so the file still parses). */
export function tamper(pdf: Uint8Array, offset: number): Uint8Array {
  const copy = new Uint8Array(pdf);
  const byte = copy[offset] ?? 0;
  copy[offset] = byte >= 0x30 && byte <= 0x38 ? byte + 1 : byte === 0x39 ? 0x30 : byte ^ 0x01;
  return copy;
}

/**
 * Dark pixels inside a rectangle (PDF points, origin bottom left) of page `pageIndex`, from a
 * 72 dpi greyscale render by poppler: shows whether something was drawn there.
 */
export function inkIn(pdf: Uint8Array, pageIndex: number, box: { x: number; y: number; width: number; height: number }): number {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-render-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const page = String(pageIndex + 1);
    execFileSync('pdftoppm', ['-f', page, '-l', page, '-singlefile', '-r', '72', '-gray', 'in.pdf', 'out'], { cwd: dir });
    const pgm = readFileSync(join(dir, 'out.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('unexpected pdftoppm output');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    let dark = 0;
    for (let row = Math.round(height - box.y - box.height); row < Math.round(height - box.y); row++) {
      for (let col = Math.round(box.x); col < Math.round(box.x + box.width); col++) if ((pixels[row * width + col] ?? 255) < 160) dark++;
    }
    return dark;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
