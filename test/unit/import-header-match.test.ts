import { describe, expect, it } from 'vitest';
import { matchHeader, headerFingerprint } from '../../shared/import/header-match';
import { detectHeader } from '../../shared/import/detect-header';
import { columnLetter } from '../../shared/import/fields';
import { toCsv } from '../../shared/import/csv';
import { readCartonRange, readDimensions, readHsCode, readNumber } from '../../electron/backend/import/values';
import { classifyRow } from '../../electron/backend/import/read-row';

describe('header words', () => {
  it.each([
    ['箱号', 'cartonRange'],
    ['CTN NO.', 'cartonRange'],
    ['Carton No.', 'cartonRange'],
    ['件数', 'piecesTotal'],
    ['QTY', 'piecesTotal'],
    ['PCS/CTN', 'piecesPerCarton'],
    ['毛重', 'grossTotal'],
    ['G.W.(KGS)', 'grossTotal'],
    ['GROSS WEIGHT', 'grossTotal'],
    ['每箱毛重(KG)', 'grossPerCarton'],
    ['N.W./CTN', 'netPerCarton'],
    ['TOTAL N.W.', 'netTotal'],
    ['尺寸', 'dimensions'],
    ['MEAS.(CM)', 'dimensions'],
    ['MEAS.(CBM)', 'cbmTotal'],
    ['体积', 'cbmTotal'],
    ['品名', 'description'],
    ['DESCRIPTION OF GOODS', 'description'],
    ['H.S. CODE', 'hsCode'],
    ['集装箱号', 'containerId'],
    ['SEAL NO.', 'sealNo'],
  ])('%s is %s on a packing list', (header, field) => {
    expect(matchHeader(header, 'packing-list')?.field).toBe(field);
  });

  it('tells a container number from a carton number although 集装箱号 contains 箱号', () => {
    expect(matchHeader('集装箱号', 'packing-list')?.field).toBe('containerId');
    expect(matchHeader('箱号', 'packing-list')?.field).toBe('cartonRange');
  });

  it('reads the same word per target: 数量 is pieces on a packing list, quantity on an invoice', () => {
    expect(matchHeader('数量', 'packing-list')?.field).toBe('piecesTotal');
    expect(matchHeader('数量', 'invoice')?.field).toBe('quantity');
    expect(matchHeader('总价', 'items')?.field).toBe('amount');
  });

  it('takes the currency a price header names', () => {
    expect(matchHeader('UNIT PRICE (USD)', 'invoice')).toEqual({ field: 'unitPrice', confidence: 1, currency: 'USD' });
  });

  it('is less sure of a bare weight than of one that says per carton or total', () => {
    const bare = matchHeader('G.W.', 'packing-list')?.confidence ?? 0;
    expect(bare).toBeLessThan(matchHeader('每箱毛重', 'packing-list')?.confidence ?? 0);
    expect(bare).toBeGreaterThanOrEqual(0.6);
  });

  it('ignores titles and remarks', () => {
    for (const text of ['PACKING LIST', 'SHIPPING MARKS', 'Remarks', '']) expect(matchHeader(text, 'packing-list')).toBeNull();
  });
});

describe('header row detection', () => {
  it('finds the header below a title block', () => {
    const grid = [['ACME TRADING CO.'], ['PACKING LIST'], [], ['C/NO.', 'DESCRIPTION', 'G.W.'], ['1-2', 'Lamp', '10']];
    expect(detectHeader(grid, 'packing-list')).toMatchObject({ headerRow: 3, headerRows: 1 });
  });

  it('reads a two-row header with the upper row as context', () => {
    const grid = [
      ['箱号', '每箱 PER CTN', '每箱 PER CTN'],
      ['箱号', 'N.W.', 'G.W.'],
      ['1-2', '5', '6'],
    ];
    const layout = detectHeader(grid, 'packing-list');
    expect(layout).toMatchObject({ headerRow: 0, headerRows: 2 });
    expect(layout?.columns.map((c) => c.match?.field)).toEqual(['cartonRange', 'netPerCarton', 'grossPerCarton']);
  });

  it('does not take a title row or a first data row for half of the header', () => {
    const titled = [['PACKING LIST', 'PACKING LIST'], ['CTN NO.', 'G.W./CTN'], ['1-2', '6']];
    expect(detectHeader(titled, 'packing-list')).toMatchObject({ headerRow: 1, headerRows: 1 });
    const plain = [['CTN NO.', 'DESCRIPTION', 'G.W.'], ['1-2', 'PLASTIC CONTAINER', '6']];
    expect(detectHeader(plain, 'packing-list')).toMatchObject({ headerRow: 0, headerRows: 1 });
  });

  it('gives no header when no row names two fields', () => {
    expect(detectHeader([['hello'], ['world']], 'packing-list')).toBeNull();
  });

  it('fingerprints a layout by its header words, not by case or spacing', () => {
    expect(headerFingerprint(['CTN NO.', 'G.W.'])).toBe(headerFingerprint(['ctn no', 'g.w', '']));
    expect(headerFingerprint(['CTN NO.', 'G.W.'])).not.toBe(headerFingerprint(['CTN NO.', 'N.W.']));
  });
});

describe('cell values', () => {
  it('reads numbers as exporters type them', () => {
    expect(readNumber('1,234.50')).toBe('1234.5');
    expect(readNumber('１２３．５')).toBe('123.5');
    expect(readNumber('15.00 KGS')).toBe('15');
    expect(readNumber('US$ 3.25')).toBe('3.25');
    expect(readNumber('abc')).toBeNull();
  });

  it('reads carton ranges', () => {
    expect(readCartonRange('C001-C352')).toEqual({ prefix: 'C', from: '1', to: '352' });
    expect(readCartonRange('1~20')).toEqual({ prefix: '', from: '1', to: '20' });
    expect(readCartonRange('7')).toEqual({ prefix: '', from: '7', to: '7' });
    expect(readCartonRange('A1-B5')).toBeNull();
  });

  it('reads sizes in centimetres, converting millimetres', () => {
    expect(readDimensions('60*40*35')).toEqual({ lengthCm: '60', widthCm: '40', heightCm: '35' });
    expect(readDimensions('600×400×350mm')).toEqual({ lengthCm: '60', widthCm: '40', heightCm: '35' });
    expect(readDimensions('60*40')).toBeNull();
  });

  it('reads HS codes written with dots or spaces', () => {
    expect(readHsCode('8471.30.00.00')).toBe('8471300000');
    expect(readHsCode('12')).toBeNull();
  });

  it('knows total rows from lines', () => {
    const mapping = new Map([[0, 'description' as const]]);
    expect(classifyRow(['TOTAL:', '', '40'], mapping)).toBe('total');
    expect(classifyRow(['合计 TOTAL'], mapping)).toBe('total');
    expect(classifyRow(['小计 SUBTOTAL'], mapping)).toBe('subtotal');
    expect(classifyRow(['Total station', '2'], mapping)).toBe('data');
    expect(classifyRow(['', '5'], mapping)).toBe('blank');
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
  });
});

describe('CSV export', () => {
  it('defuses formula injection in text cells', () => {
    const csv = toCsv([
      ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', 'plain'],
      [-5, 1.5, null, 'a,b'],
    ]);
    expect(csv).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),'\tx,plain\r\n-5,1.5,,"a,b"\r\n`);
  });

  it('can start with a BOM so Excel reads UTF-8', () => {
    expect(toCsv([['品名']], { bom: true })).toBe('\uFEFF品名\r\n');
  });
});
