// pdf-lib 1.17 expects the old fontkit API. Its own fork (@pdf-lib/fontkit 1.1.1) silently
// corrupts CJK subsets (blank glyphs, no error: shared/spec/pdf-and-signatures.md §1), so we
// hand pdf-lib the maintained upstream fontkit 2 through this small adapter:
// - `create` picks one face out of a TTC collection (pdf-lib passes no face name);
// - subsets get the `encodeStream()` that pdf-lib calls and fontkit 2 removed;
// - optional fast layout: pdf-lib only uses `layout(text).glyphs`, and fontkit's OpenType shaping
//   is slow on big CJK fonts (pitfall 5), so map code points straight to glyphs.
import * as fontkit from 'fontkit';
import type { Font, Glyph } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

interface EncodeStreamLike {
  on(event: 'data' | 'end' | 'error', listener: (value?: unknown) => void): EncodeStreamLike;
}

interface SubsetLike {
  encode(): Uint8Array;
  encodeStream?: () => EncodeStreamLike;
}

/** The fontkit shape pdf-lib's registerFontkit declares (its typings describe its own fork). */
export type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

export interface FontkitAdapterOptions {
  /** PostScript name of the face to take from a TTC collection. */
  postscriptName?: string;
  /** Skip OpenType shaping (no Latin ligatures; much faster for CJK). */
  fastLayout?: boolean;
}

function encodeStreamOf(subset: SubsetLike): () => EncodeStreamLike {
  return () => {
    const listeners = new Map<string, ((value?: unknown) => void)[]>();
    const stream: EncodeStreamLike = {
      on(event, listener) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return stream;
      },
    };
    setImmediate(() => {
      try {
        const bytes = subset.encode();
        for (const l of listeners.get('data') ?? []) l(bytes);
        for (const l of listeners.get('end') ?? []) l();
      } catch (error) {
        for (const l of listeners.get('error') ?? []) l(error);
      }
    });
    return stream;
  };
}

export function makeFontkit(options: FontkitAdapterOptions = {}): PdfLibFontkit {
  const adapter = {
    create(bytes: Uint8Array): Font {
      // A view, not a copy: the font file is 10 MB and pdf-lib passes it once per embed.
      const created = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options.postscriptName);
      if (!('glyphsForString' in created)) {
        throw new Error(`font file is a collection: name one face (postscriptName)`);
      }
      const font = created;
      const subsetting = font as unknown as { createSubset(): SubsetLike };
      const createSubset = subsetting.createSubset.bind(font);
      subsetting.createSubset = () => {
        const subset = createSubset();
        subset.encodeStream = encodeStreamOf(subset);
        return subset;
      };
      if (options.fastLayout) {
        const layoutFont = font as unknown as { layout: (text: string) => { glyphs: Glyph[] } };
        layoutFont.layout = (text: string) => ({ glyphs: font.glyphsForString(text) });
      }
      return font;
    },
  };
  // fontkit 2's Font is the API pdf-lib calls at run time; only the declared types differ.
  return adapter as unknown as PdfLibFontkit;
}
