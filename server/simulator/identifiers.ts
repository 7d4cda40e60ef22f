/**
 * Numbers the single window hands out (customs-declaration.md §5), from one gateway-wide serial:
 * SeqNo `I20260000971587171` (I/E + year + 13 digits), EntryId 18 digits = customs code (4) +
 * year (4) + 1 import / 0 export + 9-digit serial.
 */
export function seqNoOf(direction: 'I' | 'E', year: number, serial: number): string {
  return `${direction}${year}${String(serial % 1e13).padStart(13, '0')}`;
}

export function entryIdOf(customsCode: string, direction: 'I' | 'E', year: number, serial: number): string {
  const code = /^\d{4}$/.test(customsCode) ? customsCode : '0000';
  return `${code}${year}${direction === 'I' ? '1' : '0'}${String(serial % 1e9).padStart(9, '0')}`;
}
