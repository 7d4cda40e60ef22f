import type { DeclarationDraft, DeclarationItem } from '../../../../../shared/model/declaration';
import type { Product } from '../../../../../shared/model/parties';

/** The product fields an item shares with the library, under the item's names. */
const shared = ['codeTs', 'ciqCode', 'gModel', 'gUnit', 'firstUnit', 'secondUnit', 'originCountry', 'declPrice', 'tradeCurr'] as const;

/** 存入商品库: the item's goods description as a product (quantities belong to one shipment, not kept). */
export function productOfItem(item: DeclarationItem): Product {
  const product: Product = {};
  for (const key of shared) {
    const value = item[key]?.trim();
    if (value) product[key] = value;
  }
  const name = item.gName?.trim();
  if (name) product.nameZh = name;
  const english = item.declGoodsEname?.trim();
  if (english) product.nameEn = english;
  return product;
}

/** 从商品库插入: a new last item from a product; numbering follows the position like any added item. */
export function withProductItem(draft: DeclarationDraft, product: Product): DeclarationDraft {
  const items = draft.items ?? [];
  const item: DeclarationItem = { gNo: items.length + 1 };
  for (const key of shared) {
    const value = product[key];
    if (value) item[key] = value;
  }
  if (product.nameZh) item.gName = product.nameZh;
  if (product.nameEn) item.declGoodsEname = product.nameEn;
  return { ...draft, items: [...items, item] };
}
