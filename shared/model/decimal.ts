import Decimal from 'decimal.js';

/**
 * Money, quantities and weights are decimal strings end to end; arithmetic goes through
 * decimal.js, never binary floating point (0.1 + 0.2 must be 0.3 on a customs form).
 * Scales from spec §2: quantities and weights 5 decimals, unit price 4, totals 2.
 */
export const QUANTITY_SCALE = 5;
export const PRICE_SCALE = 4;
export const TOTAL_SCALE = 2;

const DecimalValue = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type DecimalValue = InstanceType<typeof DecimalValue>;

const PLAIN = /^-?\d+(\.\d+)?$/;

/** The value of a stored decimal string, or null when it is not a plain decimal. */
export function parseDecimal(value: string | undefined | null): DecimalValue | null {
  if (value === undefined || value === null) return null;
  const v = value.trim();
  return PLAIN.test(v) ? new DecimalValue(v) : null;
}

/** Digits after the point as written ("1.500" has 3). */
export function scaleOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** Fixed-point text without exponent notation, rounded half up. */
export function formatDecimal(value: DecimalValue, places: number): string {
  return value.toFixed(places);
}

/** What a broker types ("1,234.50", " 12 ", "１２３") made into a plain decimal string, or null. */
export function normalizeDecimalInput(input: string): string | null {
  const halfWidth = input.replace(/[０-９．，－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const cleaned = halfWidth.replace(/[\s,]/g, '');
  if (!PLAIN.test(cleaned)) return null;
  // Strip leading zeros but keep "0.x".
  return new DecimalValue(cleaned).toFixed();
}

export function sumDecimals(values: readonly (string | undefined)[]): DecimalValue {
  return values.reduce<DecimalValue>((sum, v) => sum.plus(parseDecimal(v) ?? 0), new DecimalValue(0));
}

export function decimal(value: string | number): DecimalValue {
  return new DecimalValue(value);
}
