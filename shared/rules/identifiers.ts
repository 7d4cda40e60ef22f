/**
 * Identifier checks used by the rules. Pure functions, no tables: each one is the published
 * algorithm, cited where it is defined.
 */

/** GB 32100-2015: the 31 characters of the unified social credit code (no I, O, S, V, Z). */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character a 17-character USCC body should carry, or null when the body is malformed. */
export function usccCheckCharacter(body17: string): string | null {
  if (body17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(body17[i] as string);
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[check] as string;
}

export type UsccProblem = 'length' | 'characters' | 'check';

/** null when valid; otherwise what is wrong, so the message can say it. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => USCC_CHARSET.includes(c))) return 'characters';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check';
}

/** ISO 6346 letter values: A=10 upward, skipping multiples of 11. */
function iso6346LetterValue(letter: string): number {
  let value = 10;
  for (let c = 'A'.charCodeAt(0); c < letter.charCodeAt(0); c++) {
    value++;
    if (value % 11 === 0) value++;
  }
  return value;
}

/** The ISO 6346 check digit for the first ten characters (owner code, category, serial), or null. */
export function containerCheckDigit(first10: string): number | null {
  if (!/^[A-Z]{3}[UJZ]\d{6}$/.test(first10)) return null;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = first10[i] as string;
    const value = /\d/.test(ch) ? Number(ch) : iso6346LetterValue(ch);
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

export type ContainerProblem = 'shape' | 'check';

export function containerNumberProblem(containerId: string): ContainerProblem | null {
  const id = containerId.trim().toUpperCase();
  if (!/^[A-Z]{3}[UJZ]\d{7}$/.test(id)) return 'shape';
  return containerCheckDigit(id.slice(0, 10)) === Number(id[10]) ? null : 'check';
}

/**
 * Length as the single window counts it: a Chinese (any non-ASCII) character counts 2, as in
 * GBK. spec §2 "Text length" [I]: S lengths are a GBK-style byte budget.
 */
export function gbkLength(value: string): number {
  let length = 0;
  for (const ch of value) length += (ch.codePointAt(0) ?? 0) <= 0x7f ? 1 : 2;
  return length;
}

/** yyyyMMdd that is a real calendar date. */
export function isCompactDate(value: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 10-character customs registration code (海关编码): digits and capital letters. */
export function isCustomsCode(value: string): boolean {
  return /^[0-9A-Z]{10}$/.test(value);
}

/**
 * A plausible bill of lading / air waybill number: 4 to 32 letters, digits and '-', at least
 * one digit. Carriers' formats vary too much for more; AWBs (3 digits, optional '-', 8 digits)
 * get their own mod-7 check.
 */
export function billNumberProblem(value: string): 'shape' | 'awb-check' | null {
  const v = value.trim().toUpperCase();
  if (!/^[A-Z0-9-]{4,32}$/.test(v) || !/\d/.test(v)) return 'shape';
  const awb = /^(\d{3})-?(\d{7})(\d)$/.exec(v);
  if (awb) return Number(awb[2]) % 7 === Number(awb[3]) ? null : 'awb-check';
  return null;
}
