import { describe, expect, it } from 'vitest';
import { decimal, formatDecimal, normalizeDecimalInput, parseDecimal, scaleOf, sumDecimals } from '../../shared/model/decimal';
import { lineTotals, packingListTotals } from '../../shared/model/packing-totals';

describe('decimal strings', () => {
  it('adds without floating-point error', () => {
    expect(sumDecimals(['0.1', '0.2']).toFixed()).toBe('0.3');
    expect(formatDecimal(decimal('456.78').times('120'), 2)).toBe('54813.60');
  });

  it('rounds half up and never prints an exponent', () => {
    expect(formatDecimal(decimal('0.000005'), 5)).toBe('0.00001');
    expect(formatDecimal(decimal('123456789012345678.5'), 0)).toBe('123456789012345679');
    expect(formatDecimal(decimal('0.0000001'), 7)).toBe('0.0000001');
  });

  it('takes what brokers type and refuses what is not a number', () => {
    expect(normalizeDecimalInput('1,234.50')).toBe('1234.5');
    expect(normalizeDecimalInput(' １２３．４ ')).toBe('123.4');
    expect(normalizeDecimalInput('12kg')).toBeNull();
    expect(parseDecimal('1e5')).toBeNull();
    expect(scaleOf('1.500')).toBe(3);
  });
});

describe('packing-list totals', () => {
  it('takes cartons from the range and multiplies per-carton figures', () => {
    const t = lineTotals({ lineNo: 1, cartonFrom: '1', cartonTo: '352', piecesPerCarton: '24', netPerCarton: '10.5', grossPerCarton: '11.2', lengthCm: '60', widthCm: '40', heightCm: '35' });
    expect(t.cartons?.toFixed()).toBe('352');
    expect(t.pieces?.toFixed()).toBe('8448');
    expect(t.netKg?.toFixed()).toBe('3696');
    expect(t.grossKg?.toFixed(1)).toBe('3942.4');
    expect(t.cbm?.toFixed(3)).toBe('29.568');
  });

  it('sums lines and lists the incomplete ones', () => {
    const totals = packingListTotals({
      header: {},
      lines: [
        { lineNo: 1, cartons: '10', piecesPerCarton: '5', netPerCarton: '2', grossPerCarton: '2.5', lengthCm: '50', widthCm: '50', heightCm: '40' },
        { lineNo: 2, cartons: '3', piecesPerCarton: '5', netPerCarton: '2' },
      ],
    });
    expect(totals.cartons.toFixed()).toBe('13');
    expect(totals.netKg.toFixed()).toBe('26');
    expect(totals.grossKg.toFixed()).toBe('25');
    expect(totals.incompleteLines).toEqual([2]);
  });
});
