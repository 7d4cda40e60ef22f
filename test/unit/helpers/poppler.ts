import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Independent PDF tools (poppler, qpdf) on a real file. Renders run under an EMPTY fontconfig,
 * so no system CJK font can stand in for a broken embedded one (spec/pdf-and-signatures.md, pitfall 2).
 */
export interface Tool {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function withPdf<T>(bytes: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function emptyFontconfig(dir: string): Record<string, string> {
  const conf = join(dir, 'empty-fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>\n`);
  return { FONTCONFIG_FILE: conf };
}

export function tool(command: string, args: string[], env: Record<string, string> = {}): Tool {
  const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function pdfinfo(bytes: Uint8Array): Record<string, string> {
  return withPdf(bytes, (file) => {
    const out = tool('pdfinfo', [file]).stdout;
    return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
  });
}

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

export function pdffonts(bytes: Uint8Array): FontRow[] {
  return withPdf(bytes, (file) =>
    tool('pdffonts', [file])
      .stdout.split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        // name, type (may be two words), encoding, emb, sub, uni, object id (2 cols)
        const [uni = '', sub = '', emb = ''] = cols.slice(-5, -2).reverse();
        return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), emb, sub, uni };
      }),
  );
}

export function pdftotext(bytes: Uint8Array, extra: string[] = []): string {
  return withPdf(bytes, (file) => tool('pdftotext', ['-enc', 'UTF-8', ...extra, file, '-']).stdout);
}

export function qpdfCheck(bytes: Uint8Array): Tool {
  return withPdf(bytes, (file) => tool('qpdf', ['--check', file]));
}

export interface Raster {
  width: number;
  height: number;
  /** 8-bit grey, row by row. */
  pixels: Uint8Array;
  stderr: string;
}

/** Renders one page (1-based) to grey pixels with pdftoppm under an empty fontconfig. */
export function rasterise(bytes: Uint8Array, page: number, dpi = 60): Raster {
  return withPdf(bytes, (file, dir) => {
    const run = tool('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file, join(dir, 'page')], emptyFontconfig(dir));
    const out = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.pgm'));
    if (!out) throw new Error(`pdftoppm produced nothing: ${run.stderr}`);
    return { ...parsePgm(readFileSync(join(dir, out))), stderr: run.stderr };
  });
}

function parsePgm(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
  // P5\n<w> <h>\n255\n<bytes>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [all, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: new Uint8Array(data.subarray(all.length)) };
}

/** Share of pixels darker than mid-grey inside a rectangle given in PDF points (origin bottom-left). */
export function inkIn(r: Raster, rect: [number, number, number, number], dpi = 60): number {
  const s = dpi / 72;
  const [x1, y1, x2, y2] = rect;
  let dark = 0;
  let total = 0;
  for (let y = Math.floor(r.height - y2 * s); y < Math.ceil(r.height - y1 * s); y++) {
    for (let x = Math.floor(x1 * s); x < Math.ceil(x2 * s); x++) {
      total++;
      if ((r.pixels[y * r.width + x] ?? 255) < 128) dark++;
    }
  }
  return total ? dark / total : 0;
}
