/**
 * Test-only GB2312 encoder (TextEncoder only does UTF-8): the table comes from decoding every
 * two-byte GB2312 pair once with the platform's GBK decoder. Throws on a character outside it.
 */
let table: Map<string, [number, number]> | undefined;

function gbTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return table;
}

export function encodeGb2312(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbTable().get(ch);
    if (!pair) throw new Error(`no GB2312 code for ${ch}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
