// The CJK font every PDF is drawn with: Noto Sans SC (SIL OFL 1.1), bundled with the app.
// It is TrueType (fast to lay out, small subsets) and covers all of the CJK Unified Ideographs
// block and Extension A; a character it lacks is reported by `missingCharacters` before drawing
// so that the caller can name the field instead of printing an empty box.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { makeFontkit } from './fontkit-adapter.node';

export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontWeight, { packageDir: string; file: string; postscriptName: string }> = {
  regular: { packageDir: '400Regular', file: 'NotoSansSC_400Regular.ttf', postscriptName: 'NotoSansSC-Regular' },
  bold: { packageDir: '700Bold', file: 'NotoSansSC_700Bold.ttf', postscriptName: 'NotoSansSC-Bold' },
};

/**
 * Where the font files are: resources/fonts/<weight>/ in the packaged app (electron-builder
 * extraResources copies them from the npm package),
 * the npm package during development and tests. `CLEARWAY_FONTS_DIR` overrides both.
 */
export function fontPath(weight: FontWeight): string {
  const spec = FILES[weight];
  const candidates: string[] = [];
  if (process.env.CLEARWAY_FONTS_DIR) candidates.push(join(process.env.CLEARWAY_FONTS_DIR, spec.file));
  const resourcesPath = (process as { resourcesPath?: unknown }).resourcesPath;
  if (typeof resourcesPath === 'string') candidates.push(join(resourcesPath, 'fonts', spec.packageDir, spec.file));
  const packageRoot = join('node_modules', '@expo-google-fonts', 'noto-sans-sc', spec.packageDir, spec.file);
  if (typeof __dirname === 'string') {
    candidates.push(resolve(__dirname, '..', '..', packageRoot), resolve(__dirname, '..', '..', '..', packageRoot));
  }
  candidates.push(resolve(process.cwd(), packageRoot));
  const viaResolver = resolvePackageDir();
  if (viaResolver) candidates.push(join(viaResolver, spec.packageDir, spec.file));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`font not found: ${spec.file} (looked in ${candidates.join(', ')})`);
  return found;
}

/** The font package as Node resolves it (node_modules up the tree, NODE_PATH): the CLI run from any folder. */
function resolvePackageDir(): string | null {
  try {
    return dirname(createRequire(join(process.cwd(), 'index.js')).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  } catch {
    return null;
  }
}

const bytesCache = new Map<FontWeight, Uint8Array>();
const fontCache = new Map<FontWeight, Font>();

export function fontBytes(weight: FontWeight): Uint8Array {
  let bytes = bytesCache.get(weight);
  if (!bytes) {
    bytes = readFileSync(fontPath(weight));
    bytesCache.set(weight, bytes);
  }
  return bytes;
}

/** The parsed font, for glyph coverage checks and measuring without a PDF document. */
export function loadFont(weight: FontWeight): Font {
  let font = fontCache.get(weight);
  if (!font) {
    font = fontkit.create(Buffer.from(fontBytes(weight))) as Font;
    fontCache.set(weight, font);
  }
  return font;
}

/** Characters of `text` the font has no glyph for (each once, in order); whitespace is ignored. */
export function missingCharacters(text: string, weight: FontWeight = 'regular'): string[] {
  const font = loadFont(weight);
  const missing: string[] = [];
  for (const char of text) {
    if (/\s/u.test(char) || missing.includes(char)) continue;
    const codePoint = char.codePointAt(0);
    if (codePoint !== undefined && !font.hasGlyphForCodePoint(codePoint)) missing.push(char);
  }
  return missing;
}

/**
 * Embeds the font as a subset with a proper subset tag (`ABCDEF+Name`: the PDF spec requires it
 * and pdffonts shows sub=yes). Register fontkit once per document through this function only.
 */
export async function embedCjkFont(doc: PDFDocument, weight: FontWeight = 'regular', options: { subset?: boolean } = {}): Promise<PDFFont> {
  doc.registerFontkit(makeFontkit({ fastLayout: true }));
  const spec = FILES[weight];
  // `subset: false` (the whole 10 MB font, no tag) exists only for the render check in the tests.
  if (options.subset === false) return doc.embedFont(fontBytes(weight), { subset: false, customName: spec.postscriptName });
  return doc.embedFont(fontBytes(weight), { subset: true, customName: `${subsetTag(spec.postscriptName)}+${spec.postscriptName}` });
}

/** Six upper-case letters derived from the name, stable across runs (reproducible output). */
function subsetTag(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7;
  }
  return tag;
}
