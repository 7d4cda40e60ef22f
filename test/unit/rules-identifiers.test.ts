import { describe, expect, it } from 'vitest';
import {
  billNumberProblem,
  containerCheckDigit,
  containerNumberProblem,
  gbkLength,
  isCompactDate,
  usccCheckCharacter,
  usccProblem,
} from '../../shared/rules/identifiers';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real-shaped codes whose check character is right', () => {
    // 91350100M000100Y43 is the standard's own worked example.
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('names what is wrong', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100YI3')).toBe('characters'); // I is not in the charset
    expect(usccProblem('91350100M000100Y44')).toBe('check');
  });
});

describe('container number (ISO 6346)', () => {
  it('computes the check digit of well-known examples', () => {
    expect(containerCheckDigit('CSQU305438')).toBe(3); // the standard's example CSQU3054383
    expect(containerNumberProblem('CSQU3054383')).toBeNull();
    expect(containerNumberProblem('MSKU9070323')).toBeNull();
  });

  it('handles a remainder of 10 as 0 and rejects wrong digits and shapes', () => {
    expect(containerNumberProblem('CSQU3054384')).toBe('check');
    expect(containerNumberProblem('CSQ3054383')).toBe('shape');
    expect(containerNumberProblem('CSQX3054383')).toBe('shape');
  });
});

describe('GBK-style length', () => {
  it('counts a Chinese character as two', () => {
    expect(gbkLength('abc')).toBe(3);
    expect(gbkLength('一般贸易')).toBe(8);
    expect(gbkLength('A4纸')).toBe(4);
  });
});

describe('dates and bills', () => {
  it('accepts real yyyyMMdd dates only', () => {
    expect(isCompactDate('20240229')).toBe(true);
    expect(isCompactDate('20230229')).toBe(false);
    expect(isCompactDate('2024-02-29')).toBe(false);
  });

  it('checks B/L shape and the air waybill check digit', () => {
    expect(billNumberProblem('COSU6123456789')).toBeNull();
    expect(billNumberProblem('BL')).toBe('shape');
    expect(billNumberProblem('MEDUQ1234567')).toBeNull();
    expect(billNumberProblem('784-12345675')).toBeNull(); // 1234567 mod 7 = 5
    expect(billNumberProblem('784-12345674')).toBe('awb-check');
  });
});
