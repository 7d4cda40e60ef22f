import type { TariffLineDetail } from '../../../../../shared/codes/api';
import type { DeclarationDraft, DeclarationItem } from '../../../../../shared/model/declaration';

/**
 * Edits of the goods items, as pure functions of the draft. Item numbers (gNo) are always the
 * position + 1: they are renumbered after every add, copy, delete and move, so the broker never
 * types one and the DEC-I numbering rule cannot fire.
 */
export type ItemField = Exclude<keyof DeclarationItem, 'gNo' | 'goodsLimits'>;

function withItems(draft: DeclarationDraft, items: DeclarationItem[]): DeclarationDraft {
  const numbered = items.map((item, index) => (item.gNo === index + 1 ? item : { ...item, gNo: index + 1 }));
  if (numbered.length > 0) return { ...draft, items: numbered };
  const { items: _gone, ...rest } = draft;
  return rest;
}

/** A new item after `after` (or at the end); it takes the currency and countries of the item before it. */
export function addItem(draft: DeclarationDraft, after: number): DeclarationDraft {
  const items = [...(draft.items ?? [])];
  const at = Math.min(after + 1, items.length);
  const previous = items[at - 1];
  const fresh: DeclarationItem = { gNo: at + 1 };
  for (const key of ['tradeCurr', 'originCountry', 'destinationCountry', 'districtCode', 'dutyMode'] as const) {
    const value = previous?.[key];
    if (value) fresh[key] = value;
  }
  items.splice(at, 0, fresh);
  return withItems(draft, items);
}

export function copyItem(draft: DeclarationDraft, index: number): DeclarationDraft {
  const items = [...(draft.items ?? [])];
  const source = items[index];
  if (!source) return draft;
  items.splice(index + 1, 0, structuredClone(source));
  return withItems(draft, items);
}

export function removeItem(draft: DeclarationDraft, index: number): DeclarationDraft {
  const items = (draft.items ?? []).filter((_item, i) => i !== index);
  return withItems(draft, items);
}

export function moveItem(draft: DeclarationDraft, index: number, by: -1 | 1): DeclarationDraft {
  const items = [...(draft.items ?? [])];
  const target = index + by;
  const a = items[index];
  const b = items[target];
  if (!a || !b) return draft;
  items[index] = b;
  items[target] = a;
  return withItems(draft, items);
}

function setField(item: DeclarationItem, field: ItemField, value: string): DeclarationItem {
  if (value !== '') return { ...item, [field]: value };
  const { [field]: _cleared, ...rest } = item;
  return rest;
}

/**
 * One field of one item. When the declared unit is the first legal unit, the first legal
 * quantity follows the declared quantity (until the broker types a different one).
 */
export function withItemField(draft: DeclarationDraft, index: number, field: ItemField, value: string): DeclarationDraft {
  const items = [...(draft.items ?? [])];
  const item = items[index];
  if (!item) return draft;
  let next = setField(item, field, value);
  const followsQty = item.firstQty === undefined || item.firstQty === item.gQty;
  if ((field === 'gQty' || field === 'gUnit' || field === 'firstUnit') && next.gUnit && next.gUnit === next.firstUnit && followsQty) {
    next = setField(next, 'firstQty', next.gQty ?? '');
  }
  items[index] = next;
  return withItems(draft, items);
}

/** Choosing a tariff line fills the code and the legal units; the quantities stay the broker's. */
export function withTariffLine(draft: DeclarationDraft, index: number, line: TariffLineDetail): DeclarationDraft {
  let next = withItemField(draft, index, 'codeTs', line.code);
  next = withItemField(next, index, 'firstUnit', line.firstUnit.code);
  next = withItemField(next, index, 'secondUnit', line.secondUnit?.code ?? '');
  const item = next.items?.[index];
  if (item && !item.gName) next = withItemField(next, index, 'gName', line.nameZh);
  return next;
}
