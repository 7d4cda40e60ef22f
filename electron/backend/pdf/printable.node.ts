// Characters the bundled font cannot draw would print as empty boxes (.notdef) with no error
// (spec/pdf-and-signatures.md §1). Every text that goes on a page is checked BEFORE drawing, and
// the first offending field is named, in both languages, so the broker knows what to change.
import { AppError } from '../../../shared/ipc/errors';
import type { Label } from '../../../shared/model/field-labels';
import { missingCharacters } from './fonts.node';

export interface PrintableText {
  /** Dotted path of the field in the document body (items.2.gName), for the UI to place the message. */
  path: string;
  label: Label;
  value: string | undefined;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Throws INVALID_INPUT naming the field when any text holds a character the font lacks. */
export function assertPrintable(texts: Iterable<PrintableText>): void {
  for (const text of texts) {
    if (!text.value) continue;
    const missing = missingCharacters(text.value);
    if (missing.length === 0) continue;
    const chars = missing.slice(0, 5);
    throw new AppError({
      code: 'INVALID_INPUT',
      field: text.path,
      messageZh: `${text.label.zh}含有无法打印的字符${chars.map((c) => `“${c}”`).join('')}（字体中没有这些字），请改用常用字或加注拼音。`,
      messageEn: `${text.label.en} contains ${chars.length === 1 ? 'a character' : 'characters'} the PDF font cannot print: ${chars.map((c) => `"${c}" (${codePoint(c)})`).join(', ')}. Replace ${chars.length === 1 ? 'it' : 'them'} with common characters or add a pinyin spelling.`,
      details: { path: text.path, characters: chars.map(codePoint) },
    });
  }
}
