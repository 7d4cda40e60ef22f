import type { Label } from './field-labels';
import type { Party, Product } from './parties';

/** The library forms' field names, shared by the screens and by the contract's input errors. */
export const partyLabels: Record<Exclude<keyof Party, 'roles' | 'creditTiers'>, Label> = {
  nameZh: { zh: '企业中文名称', en: 'Name (Chinese)' },
  nameEn: { zh: '企业英文名称', en: 'Name (English)' },
  uscc: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  customsCode: { zh: '海关编码', en: 'Customs code' },
  ciqCode: { zh: '检验检疫编码', en: 'CIQ code' },
  overseasCode: { zh: '境外企业代码（AEO 或 NO）', en: 'Overseas code (AEO or NO)' },
  country: { zh: '国别（地区）', en: 'Country (region)' },
  addressZh: { zh: '中文地址', en: 'Address (Chinese)' },
  addressEn: { zh: '英文地址', en: 'Address (English)' },
  contact: { zh: '联系人', en: 'Contact' },
  phone: { zh: '电话', en: 'Phone' },
  note: { zh: '备注', en: 'Note' },
};

export const productLabels: Record<keyof Product, Label> = {
  partNo: { zh: '料号', en: 'Part no.' },
  nameZh: { zh: '商品名称', en: 'Goods name' },
  nameEn: { zh: '英文名称', en: 'Name (English)' },
  codeTs: { zh: '商品编号', en: 'HS code' },
  ciqCode: { zh: '检验检疫编码', en: 'CIQ code' },
  gModel: { zh: '规格型号（申报要素）', en: 'Specification (declaration elements)' },
  gUnit: { zh: '成交计量单位', en: 'Declared unit' },
  firstUnit: { zh: '法定第一计量单位', en: 'First legal unit' },
  secondUnit: { zh: '法定第二计量单位', en: 'Second legal unit' },
  originCountry: { zh: '原产国（地区）', en: 'Country of origin' },
  declPrice: { zh: '单价', en: 'Unit price' },
  tradeCurr: { zh: '币制', en: 'Currency' },
  note: { zh: '备注', en: 'Note' },
};

/** "uscc" in a party body, "codeTs" in a product body; null when the name is neither's. */
export function libraryFieldLabel(field: string): Label | null {
  if (Object.prototype.hasOwnProperty.call(partyLabels, field)) return partyLabels[field as keyof typeof partyLabels];
  if (Object.prototype.hasOwnProperty.call(productLabels, field)) return productLabels[field as keyof typeof productLabels];
  return null;
}
