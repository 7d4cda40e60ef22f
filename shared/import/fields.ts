import { z } from 'zod';

/**
 * What a spreadsheet column can be imported as, per target. Pure data: the backend maps and
 * parses with it, the renderer's import dialog offers the same list (with the same labels).
 */
export const ImportTarget = z.enum(['packing-list', 'invoice', 'items', 'parties', 'products', 'fee-list', 'fee-invoice']);
export type ImportTarget = z.infer<typeof ImportTarget>;

/** Targets that fill the party and product libraries (企业库, 商品库) instead of a document. */
export const libraryTargets = ['parties', 'products'] as const;
export type LibraryTarget = (typeof libraryTargets)[number];
export function isLibraryTarget(target: ImportTarget): target is LibraryTarget {
  return (libraryTargets as readonly string[]).includes(target);
}

/** Targets of the port-fee audit (issue 8): a party's published fee list, fee invoice lines. */
export const feeTargets = ['fee-list', 'fee-invoice'] as const;
export type FeeTarget = (typeof feeTargets)[number];
export function isFeeTarget(target: ImportTarget): target is FeeTarget {
  return (feeTargets as readonly string[]).includes(target);
}

/** How a cell's text becomes a value. */
export type ValueKind =
  | 'text'
  | 'decimal'
  /** A carton number or range: "C001-C352", "1-20", "7". */
  | 'range'
  /** L×W×H in centimetres: "60*40*35", "60x40x35 cm". */
  | 'dimensions'
  | 'hs'
  | 'container'
  /** Resolved against a code table (unit, currency, country). */
  | 'unit'
  | 'currency'
  | 'country'
  | 'integer'
  /** 18-character unified social credit code, with its GB 32100-2015 check character. */
  | 'uscc'
  /** 10-character customs registration code (海关编码). */
  | 'customs-code'
  /** A 10-digit commodity code whose first six digits are an HS 2022 subheading. */
  | 'tariff-code'
  /** A customs credit tier written out (高级认证企业, 常规, 失信 …). */
  | 'credit-tier'
  /** A calendar date (2024-03-15, 2024/3/15, 20240315, an Excel date). */
  | 'date'
  /** A container number with its ISO 6346 check digit (MSKU1234565). */
  | 'container-checked'
  /** 政府定价 / 政府指导价 / 市场调节价 (shared/model/fees.ts PricingRegime). */
  | 'fee-regime'
  /** What a fee is charged per: 箱, 票, 吨, 天, 票报关单, 项 (FeeUnit). */
  | 'fee-unit'
  /** 进口 / 出口. */
  | 'fee-direction'
  /** 重箱 / 空箱. */
  | 'fee-load'
  /** 外贸 / 内贸. */
  | 'fee-trade'
  /** Box size and type together: 40GP, 20RF, 40HQ, 45, 40'冷箱, 22G1. */
  | 'box'
  /** Box type alone: 普通箱, 冷藏箱, 危险品箱. */
  | 'box-type';

export const importFieldIds = [
  // packing list
  'cartonRange',
  'cartons',
  'description',
  'hsCode',
  'piecesPerCarton',
  'piecesTotal',
  'netPerCarton',
  'grossPerCarton',
  'netTotal',
  'grossTotal',
  'dimensions',
  'lengthCm',
  'widthCm',
  'heightCm',
  'cbmTotal',
  'containerId',
  'sealNo',
  // invoice
  'partNo',
  'quantity',
  'unit',
  'unitPrice',
  'amount',
  'currency',
  'originCountry',
  // declaration items
  'gNo',
  'gModel',
  // party and product libraries
  'name',
  'nameZh',
  'nameEn',
  'uscc',
  'customsCode',
  'ciqCode',
  'creditTier',
  'creditFrom',
  'addressZh',
  'addressEn',
  'overseasCode',
  'contact',
  'phone',
  'country',
  'firstUnit',
  'secondUnit',
  'note',
  // port fees (fee lists and fee invoices)
  'itemCode',
  'itemName',
  'regime',
  'direction',
  'load',
  'trade',
  'boxSize',
  'boxType',
  'rate',
  'serviceContent',
  'includes',
  'legalBasis',
  'validFrom',
  'validTo',
  'chargingParty',
  'invoiceNo',
  'invoiceDate',
  'lineNo',
  'blNo',
  'serviceDate',
  'entryId',
] as const;
export const ImportField = z.enum(importFieldIds);
export type ImportField = z.infer<typeof ImportField>;

export interface FieldDef {
  field: ImportField;
  kind: ValueKind;
  zh: string;
  en: string;
  /** Every importable row needs it; a mapping without it cannot be committed. */
  required?: boolean;
}

const def = (field: ImportField, kind: ValueKind, zh: string, en: string, required?: boolean): FieldDef =>
  required ? { field, kind, zh, en, required } : { field, kind, zh, en };

export const targetFields: Record<ImportTarget, readonly FieldDef[]> = {
  'packing-list': [
    def('cartonRange', 'range', '箱号', 'Carton no.'),
    def('cartons', 'integer', '箱数', 'Cartons'),
    def('description', 'text', '品名', 'Description', true),
    def('hsCode', 'hs', 'HS编码', 'HS code'),
    def('piecesPerCarton', 'decimal', '每箱件数', 'Pieces per carton'),
    def('piecesTotal', 'decimal', '件数合计', 'Total pieces'),
    def('netPerCarton', 'decimal', '每箱净重', 'Net weight per carton'),
    def('grossPerCarton', 'decimal', '每箱毛重', 'Gross weight per carton'),
    def('netTotal', 'decimal', '净重合计', 'Total net weight'),
    def('grossTotal', 'decimal', '毛重合计', 'Total gross weight'),
    def('dimensions', 'dimensions', '尺寸（长×宽×高）', 'Dimensions (L×W×H)'),
    def('lengthCm', 'decimal', '长', 'Length'),
    def('widthCm', 'decimal', '宽', 'Width'),
    def('heightCm', 'decimal', '高', 'Height'),
    def('cbmTotal', 'decimal', '体积', 'Volume (CBM)'),
    def('containerId', 'container', '集装箱号', 'Container no.'),
    def('sealNo', 'text', '封号', 'Seal no.'),
  ],
  invoice: [
    def('partNo', 'text', '货号', 'Part no.'),
    def('description', 'text', '品名', 'Description', true),
    def('hsCode', 'hs', 'HS编码', 'HS code'),
    def('quantity', 'decimal', '数量', 'Quantity'),
    def('unit', 'text', '单位', 'Unit'),
    def('unitPrice', 'decimal', '单价', 'Unit price'),
    def('amount', 'decimal', '金额', 'Amount'),
    def('currency', 'currency', '币制', 'Currency'),
    def('originCountry', 'country', '原产国', 'Country of origin'),
  ],
  items: [
    def('gNo', 'integer', '项号', 'Item no.'),
    def('hsCode', 'hs', '商品编号', 'Commodity code'),
    def('description', 'text', '商品名称', 'Goods name', true),
    def('gModel', 'text', '规格型号', 'Specification'),
    def('quantity', 'decimal', '成交数量', 'Quantity'),
    def('unit', 'unit', '成交计量单位', 'Unit'),
    def('unitPrice', 'decimal', '单价', 'Unit price'),
    def('amount', 'decimal', '总价', 'Total price'),
    def('currency', 'currency', '币制', 'Currency'),
    def('originCountry', 'country', '原产国（地区）', 'Country of origin'),
  ],
  // A name column holds Chinese or English names (sorted by their script); nameZh / nameEn say which.
  parties: [
    def('name', 'text', '企业名称', 'Company name'),
    def('nameZh', 'text', '企业中文名称', 'Name (Chinese)'),
    def('nameEn', 'text', '企业英文名称', 'Name (English)'),
    def('uscc', 'uscc', '统一社会信用代码', 'Unified social credit code'),
    def('customsCode', 'customs-code', '海关编码', 'Customs code'),
    def('ciqCode', 'text', '检验检疫编码', 'CIQ code'),
    def('creditTier', 'credit-tier', '信用等级', 'Credit tier'),
    def('creditFrom', 'date', '信用等级生效日期', 'Credit tier from'),
    def('country', 'country', '国别（地区）', 'Country (region)'),
    def('overseasCode', 'text', '境外企业代码', 'Overseas code'),
    def('addressZh', 'text', '中文地址', 'Address (Chinese)'),
    def('addressEn', 'text', '英文地址', 'Address (English)'),
    def('contact', 'text', '联系人', 'Contact'),
    def('phone', 'text', '电话', 'Phone'),
    def('note', 'text', '备注', 'Note'),
  ],
  products: [
    def('partNo', 'text', '料号', 'Part no.'),
    def('name', 'text', '商品名称', 'Goods name'),
    def('nameZh', 'text', '中文名称', 'Name (Chinese)'),
    def('nameEn', 'text', '英文名称', 'Name (English)'),
    def('hsCode', 'tariff-code', '商品编号', 'HS code'),
    def('ciqCode', 'text', '检验检疫编码', 'CIQ code'),
    def('gModel', 'text', '申报要素（规格型号）', 'Declaration elements'),
    def('unit', 'unit', '成交计量单位', 'Declared unit'),
    def('firstUnit', 'unit', '法定第一计量单位', 'First legal unit'),
    def('secondUnit', 'unit', '法定第二计量单位', 'Second legal unit'),
    def('originCountry', 'country', '原产国（地区）', 'Country of origin'),
    def('unitPrice', 'decimal', '单价', 'Unit price'),
    def('currency', 'currency', '币制', 'Currency'),
    def('note', 'text', '备注', 'Note'),
  ],
  // One row = one item of a party's published list; the party and the list's dates are asked for in the dialog.
  'fee-list': [
    def('itemCode', 'text', '收费代码', 'Item code'),
    def('itemName', 'text', '收费项目', 'Charge item', true),
    def('nameEn', 'text', '英文名称', 'English name'),
    def('regime', 'fee-regime', '定价方式', 'Pricing regime'),
    // A list's rate means nothing without what it is per (箱, 票, 吨 ...).
    def('unit', 'fee-unit', '计费单位', 'Unit', true),
    def('direction', 'fee-direction', '进出口', 'Import/export'),
    def('load', 'fee-load', '重空', 'Full/empty'),
    def('trade', 'fee-trade', '内外贸', 'Foreign/domestic trade'),
    def('boxSize', 'box', '箱型尺寸', 'Size/type'),
    def('boxType', 'box-type', '箱类', 'Box type'),
    def('rate', 'decimal', '收费标准', 'Rate', true),
    def('currency', 'currency', '币制', 'Currency'),
    def('serviceContent', 'text', '服务内容', 'Service content'),
    def('includes', 'text', '包含项目', 'Includes'),
    def('legalBasis', 'text', '收费依据', 'Legal basis'),
    def('validFrom', 'date', '生效日期', 'Valid from'),
    def('validTo', 'date', '失效日期', 'Valid to'),
  ],
  // One row = one invoice line; rows of one (charging party, invoice no.) make one invoice.
  'fee-invoice': [
    def('chargingParty', 'text', '收费单位', 'Charging party'),
    def('invoiceNo', 'text', '发票号', 'Invoice no.'),
    def('invoiceDate', 'date', '开票日期', 'Invoice date'),
    def('lineNo', 'integer', '行号', 'Line no.'),
    def('itemCode', 'text', '收费代码', 'Item code'),
    def('itemName', 'text', '收费项目', 'Charge item', true),
    def('quantity', 'decimal', '数量', 'Quantity'),
    def('unit', 'fee-unit', '计费单位', 'Unit'),
    def('unitPrice', 'decimal', '单价', 'Unit price'),
    def('amount', 'decimal', '金额', 'Amount'),
    def('currency', 'currency', '币制', 'Currency'),
    def('blNo', 'text', '提单号', 'B/L no.'),
    def('containerId', 'container-checked', '箱号', 'Container no.'),
    def('boxSize', 'box', '箱型尺寸', 'Size/type'),
    def('boxType', 'box-type', '箱类', 'Box type'),
    def('direction', 'fee-direction', '进出口', 'Import/export'),
    def('load', 'fee-load', '重空', 'Full/empty'),
    def('trade', 'fee-trade', '内外贸', 'Foreign/domestic trade'),
    def('serviceDate', 'date', '作业日期', 'Service date'),
    def('entryId', 'text', '报关单号', 'Entry no.'),
  ],
};

export function fieldDef(target: ImportTarget, field: ImportField): FieldDef | undefined {
  return targetFields[target].find((d) => d.field === field);
}

/** Column letters as Excel shows them: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
