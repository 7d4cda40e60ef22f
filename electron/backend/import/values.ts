import { normalizeDecimalInput } from '../../../shared/model/decimal';

/**
 * Cell text to values, the way exporters write them: numbers as text with thousands separators
 * and full-width digits, units after the number ("12.5 KGS"), carton ranges ("C001-C352"),
 * sizes ("60*40*35"). Each parser returns null for text it cannot read; the caller words the
 * rejection, because it knows the sheet, row and column.
 */

const UNIT_SUFFIX = /\s*(?:kgs?|公斤|千克|pcs|件|个|套|sets?|ctns?|cartons?|箱|cbm|m3|立方米|cm|厘米)\.?$/iu;
const CURRENCY_PREFIX = /^(?:us\$|usd|\$|rmb|cny|¥|￥|eur|€)\s*/iu;

/** A plain decimal string ("1,234.50" -> "1234.5"), or null. */
export function readNumber(text: string): string | null {
  const t = text.normalize('NFKC').trim().replace(CURRENCY_PREFIX, '').replace(UNIT_SUFFIX, '');
  return normalizeDecimalInput(t);
}

/** A whole number of at most nine digits (cartons, item numbers), or null. */
export function readInteger(text: string): string | null {
  const n = readNumber(text);
  return n !== null && /^\d{1,9}$/.test(n) ? n : null;
}

// One reading of carton cells for the importer and the grid: shared/model/carton-range.ts.
export { readCartonRange, type CartonRange } from '../../../shared/model/carton-range';

export interface Dimensions {
  lengthCm: string;
  widthCm: string;
  heightCm: string;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
const DIMENSIONS = new RegExp(`^${NUM}\\s*(?:cm)?\\s*[*x×X]\\s*${NUM}\\s*(?:cm)?\\s*[*x×X]\\s*${NUM}\\s*(cm|mm)?$`, 'iu');

/** "60*40*35", "60x40x35 CM", "600×400×350mm" -> centimetres. */
export function readDimensions(text: string): Dimensions | null {
  const m = DIMENSIONS.exec(text.normalize('NFKC').trim().replace(/,/g, ''));
  if (!m) return null;
  const [, l = '', w = '', h = '', unit = 'cm'] = m;
  const cm = (v: string) => normalizeDecimalInput(unit.toLowerCase() === 'mm' ? String(Number(v) / 10) : v) ?? v;
  return { lengthCm: cm(l), widthCm: cm(w), heightCm: cm(h) };
}

/** "8471.30.00.00", "8471 3000 00" -> "8471300000"; four to ten digits, else null. */
export function readHsCode(text: string): string | null {
  const digits = text.normalize('NFKC').replace(/[\s.-]/g, '');
  return /^\d{4,10}$/.test(digits) ? digits : null;
}

/** "msku 123456-7" -> "MSKU1234567"; the ISO 6346 check is a packing-list rule, not an import error. */
export function readContainerId(text: string): string | null {
  const id = text.normalize('NFKC').toUpperCase().replace(/[\s\-/]/g, '');
  return /^[A-Z0-9]{1,32}$/.test(id) ? id : null;
}

const CURRENCY_WORDS: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  美元: 'USD',
  rmb: 'CNY',
  '¥': 'CNY',
  人民币: 'CNY',
  '€': 'EUR',
  欧元: 'EUR',
  日元: 'JPY',
  港币: 'HKD',
  英镑: 'GBP',
};

/** Currency symbols and common names to ISO codes before the code-table look-up. */
export function currencyAlias(text: string): string {
  const t = text.normalize('NFKC').trim().toLowerCase();
  return CURRENCY_WORDS[t] ?? text.trim();
}
