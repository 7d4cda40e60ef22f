import type { CodeTableId } from '../../../../../shared/codes/schema';
import { formatHsCode } from '../../../../../shared/codes/search';
import type { DeclarationItem } from '../../../../../shared/model/declaration';
import type { ItemField } from './item-edits';

/**
 * The items grid's columns, each one item field that can be edited in place. Quantities and
 * their units are separate columns so that each cell is one stored value.
 */
export type GridColumnKind = { kind: 'text'; mono?: boolean; wide?: boolean } | { kind: 'decimal' } | { kind: 'code'; table: CodeTableId };

export interface ItemGridColumn {
  field: ItemField;
  input: GridColumnKind;
}

const code = (field: ItemField, table: CodeTableId): ItemGridColumn => ({ field, input: { kind: 'code', table } });
const num = (field: ItemField): ItemGridColumn => ({ field, input: { kind: 'decimal' } });

export const itemGridColumns: readonly ItemGridColumn[] = [
  { field: 'codeTs', input: { kind: 'text', mono: true } },
  { field: 'gName', input: { kind: 'text', wide: true } },
  { field: 'gModel', input: { kind: 'text', wide: true } },
  num('gQty'),
  code('gUnit', 'unit'),
  num('firstQty'),
  code('firstUnit', 'unit'),
  num('secondQty'),
  code('secondUnit', 'unit'),
  num('declPrice'),
  num('declTotal'),
  code('tradeCurr', 'currency'),
  code('originCountry', 'country'),
  code('destinationCountry', 'country'),
  code('districtCode', 'domestic-district'),
  code('dutyMode', 'duty-mode'),
];

/** What a cell shows when it is not being edited (a commodity code with its dots). */
export function cellDisplay(item: DeclarationItem, field: ItemField): string {
  const value = item[field] ?? '';
  return field === 'codeTs' && value ? formatHsCode(value) : value;
}

export const itemCellId = (row: number, field: string) => `item-cell-${row}-${field}`;
