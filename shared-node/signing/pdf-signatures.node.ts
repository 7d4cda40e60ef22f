/**
 * Finds the signature dictionaries of a PDF by their /ByteRange, the way verifiers do: the
 * ByteRange offsets point into the raw file, so a signature dictionary is never inside a
 * compressed object stream and a byte scan finds them all, in file order (= signing order).
 */
export interface SignatureDictionary {
  byteRange: [number, number, number, number];
  /** The CMS (DER), zero padding removed; null when the hex is not where ByteRange says. */
  cms: Uint8Array | null;
  subFilter: string | null;
  /** /M as a date, when present and well formed. */
  signingTime: Date | null;
  name: string | null;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** PDF date `D:YYYYMMDDHHmmSSOHH'mm'` (most parts optional). */
export function parsePdfDate(text: string): Date | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(text);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (sign === '+' || sign === '-') ms -= (sign === '+' ? 1 : -1) * (Number(oh) * 60 + Number(om)) * 60_000;
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** A literal `(…)` or hex `<…>` string value of `key` in a dictionary's text. */
function stringValue(dict: string, key: string): string | null {
  const literal = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(dict);
  if (literal) return (literal[1] ?? '').replace(/\\([()\\])/g, '$1');
  const hex = new RegExp(`/${key}\\s*<([0-9A-Fa-f\\s]*)>`).exec(dict);
  if (!hex) return null;
  const bytes = Buffer.from((hex[1] ?? '').replace(/\s/g, ''), 'hex');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

/** DER length of the CMS at the start of `bytes`, to cut the zero padding of the placeholder. */
function derLength(bytes: Buffer): number | null {
  if (bytes.length < 2 || bytes[0] !== 0x30) return null;
  const first = bytes[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  if (n === 0 || n > 4 || bytes.length < 2 + n) return null;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (bytes[2 + i] ?? 0);
  return 2 + n + len;
}

export function findSignatureDictionaries(pdf: Uint8Array): SignatureDictionary[] {
  const text = latin1(pdf);
  const found: SignatureDictionary[] = [];
  for (const match of text.matchAll(BYTE_RANGE)) {
    const byteRange = match.slice(1, 5).map(Number) as [number, number, number, number];
    const [a, b, c] = byteRange;
    const at = match.index ?? 0;
    let cms: Uint8Array | null = null;
    const start = a + b;
    if (text[start] === '<' && text[c - 1] === '>' && c > start) {
      const raw = Buffer.from(text.slice(start + 1, c - 1), 'hex');
      const length = derLength(raw);
      if (length !== null && length <= raw.length) cms = new Uint8Array(raw.subarray(0, length));
    }
    // The dictionary's text around the ByteRange, without the (large) Contents hex.
    const objStart = Math.max(0, text.lastIndexOf('obj', at));
    const endObj = text.indexOf('endobj', Math.max(at, c));
    const dict = c > at && start > at && start < (endObj < 0 ? text.length : endObj)
      ? text.slice(objStart, start) + text.slice(c, endObj < 0 ? text.length : endObj)
      : text.slice(objStart, endObj < 0 ? text.length : endObj);
    const m = stringValue(dict, 'M');
    found.push({
      byteRange,
      cms,
      subFilter: /\/SubFilter\s*\/([^\s/>\]]+)/.exec(dict)?.[1] ?? null,
      signingTime: m ? parsePdfDate(m) : null,
      name: stringValue(dict, 'Name'),
    });
  }
  return found;
}

/** The bytes a ByteRange covers, concatenated; null when it points outside the file. */
export function signedBytes(pdf: Uint8Array, [a, b, c, d]: readonly [number, number, number, number]): Uint8Array | null {
  if (a !== 0 || b < 0 || c < a + b || c + d > pdf.length) return null;
  const out = new Uint8Array(b + d);
  out.set(pdf.subarray(a, a + b), 0);
  out.set(pdf.subarray(c, c + d), b);
  return out;
}
