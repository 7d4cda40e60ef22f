import { describe, expect, it } from 'vitest';
import { formatCartonRange, readCartonRange } from '../../shared/model/carton-range';
import { packingListTotals } from '../../shared/model/packing-totals';
import { cellText } from '../../renderer/src/areas/packing-lists/grid/grid-columns';
import { deleteLine, fillDown, insertLine, pasteBlock, setCell } from '../../renderer/src/areas/packing-lists/grid/grid-edits';
import { parseTsv } from '../../renderer/src/areas/packing-lists/grid/tsv';

describe('carton ranges', () => {
  it('reads and writes ranges the way cartons are marked', () => {
    expect(readCartonRange('C001-C352')).toEqual({ prefix: 'C', from: '1', to: '352' });
    expect(readCartonRange('1-20')).toEqual({ prefix: '', from: '1', to: '20' });
    expect(readCartonRange('７')).toEqual({ prefix: '', from: '7', to: '7' });
    expect(readCartonRange('A1-B2')).toBeNull();
    expect(formatCartonRange({ prefix: 'C', from: '1', to: '352' })).toBe('C001-C352');
    expect(formatCartonRange({ prefix: '', from: '1', to: '20' })).toBe('1-20');
    expect(formatCartonRange({ prefix: '', from: '7', to: '7' })).toBe('7');
    expect(formatCartonRange({ prefix: 'C', from: '1', to: '10' })).toBe('C001-C010');
  });
});

describe('TSV from Excel', () => {
  it('splits rows and cells, keeps quoted line breaks, ignores the trailing newline', () => {
    expect(parseTsv('a\tb\r\nc\t"d\ne"\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd\ne'],
    ]);
    expect(parseTsv('x\t\ty')).toEqual([['x', '', 'y']]);
  });
});

describe('grid edits', () => {
  it('pastes a block at the cursor, extends the list, expands ranges, and the totals follow', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `C${String(i * 10 + 1).padStart(3, '0')}-C${String(i * 10 + 10).padStart(3, '0')}\t\tT-shirt ${i + 1}\t6109100010\t1\t12\tPCS\t5\t6\t60\t40\t30`);
    const { list, rows: n, columns } = pasteBlock({ header: {} }, 0, 'cartonRange', rows.join('\r\n') + '\r\n');
    expect([n, columns]).toEqual([20, 12]);
    expect(list.lines).toHaveLength(20);
    expect(list.lines?.[19]).toMatchObject({ lineNo: 20, cartonPrefix: 'C', cartonFrom: '191', cartonTo: '200', description: 'T-shirt 20', pieceUnit: 'PCS' });
    expect(list.lines?.[0]?.cartons).toBeUndefined();
    const totals = packingListTotals(list);
    expect(totals.cartons.toFixed()).toBe('200');
    expect(totals.pieces.toFixed()).toBe('2400');
    expect(totals.grossKg.toFixed()).toBe('1200');
    expect(totals.cbm.toFixed()).toBe('14.4');
  });

  it('pastes into the middle of the grid without touching columns left of the cursor', () => {
    const base = setCell({ header: {} }, 0, 'description', 'Shoes');
    const { list } = pasteBlock(base, 0, 'netPerCarton', '4\t5\n4.5\t5.5');
    expect(list.lines?.[0]).toMatchObject({ description: 'Shoes', netPerCarton: '4', grossPerCarton: '5' });
    expect(list.lines?.[1]).toMatchObject({ lineNo: 2, netPerCarton: '4.5', grossPerCarton: '5.5' });
  });

  it('fills down, inserts and deletes with line numbers kept 1..n', () => {
    let list = setCell({ header: {} }, 0, 'cartonRange', 'C1-C5');
    list = setCell(list, 1, 'description', 'x');
    list = fillDown(list, 1, 'cartonRange');
    expect(cellText(list.lines?.[1], 'cartonRange')).toBe('C001-C005');
    list = insertLine(list, 1);
    expect(list.lines?.map((l) => l.lineNo)).toEqual([1, 2, 3]);
    list = deleteLine(list, 0);
    expect(list.lines?.map((l) => [l.lineNo, l.description ?? ''])).toEqual([
      [1, ''],
      [2, 'x'],
    ]);
    expect(setCell(list, 1, 'description', 'x')).toBe(list);
  });
});
