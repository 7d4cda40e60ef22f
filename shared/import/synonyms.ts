import type { ImportField, ImportTarget } from './fields';

/**
 * Header words exporters actually print, Chinese and English, per concept. A concept maps to a
 * field per target, and may split into a per-carton and a total field when the header says so
 * ("N.W./CTN", "每箱净重" vs "TOTAL N.W.", "总净重"). Words are written here already normalized
 * (lower case, no spaces or punctuation: "G.W." is "gw", "CTN NO." is "ctnno").
 */
export interface ConceptFields {
  /** The field when the header says neither per carton nor total. */
  bare?: ImportField;
  per?: ImportField;
  total?: ImportField;
  /** How sure a bare header is (a bare "G.W." is usually the line total, but not always). */
  bareConfidence?: number;
  /** A unit in the header decides between fields: "MEAS.(CBM)" is a volume, "MEAS.(CM)" a size. */
  byUnit?: Partial<Record<UnitClass, ImportField>>;
}

export type UnitClass = 'weight' | 'length' | 'volume' | 'count' | 'currency';

export interface Concept {
  words: readonly string[];
  fields: Partial<Record<ImportTarget, ConceptFields>>;
}

const all = (f: ConceptFields): Partial<Record<ImportTarget, ConceptFields>> => ({ 'packing-list': f, invoice: f, items: f });

export const concepts: readonly Concept[] = [
  {
    words: ['箱号', '箱号范围', '件号', '箱号码', 'ctnno', 'ctnnos', 'ctnnr', 'cartonno', 'cartonnos', 'cartonnumber', 'cno', 'cnos', 'boxno', 'caseno', 'pkgno', 'packageno'],
    fields: { 'packing-list': { bare: 'cartonRange' } },
  },
  {
    words: ['箱数', '总箱数', '包装件数', '包装数量', '外箱数', 'ctns', 'cartons', 'noofctns', 'noofcartons', 'totalctns', 'totalcartons', 'pkgs', 'packages', 'noofpkgs', 'qtyofctns'],
    fields: { 'packing-list': { bare: 'cartons' } },
  },
  {
    words: ['品名', '货名', '货物名称', '商品名称', '产品名称', '中文品名', '英文品名', '品名规格', '品名及规格', '货物描述', '名称', 'description', 'descriptionofgoods', 'goodsdescription', 'commodity', 'goods', 'productname', 'product', 'itemdescription', 'desc', 'name', 'goodsname'],
    fields: all({ bare: 'description' }),
  },
  {
    words: ['hs编码', 'hs编号', 'hs', 'hscode', 'hscodes', 'hsno', '商品编码', '商品编号', '海关编码', '税号', '税则号', '海关商品编码', 'tariffcode', 'customscode'],
    fields: all({ bare: 'hsCode' }),
  },
  {
    words: ['件数', '数量', '总数量', '总件数', 'qty', 'quantity', 'pcs', 'pieces', 'totalqty', 'totalpcs', 'totalquantity', '成交数量', '申报数量'],
    fields: {
      'packing-list': { bare: 'piecesTotal', per: 'piecesPerCarton', total: 'piecesTotal', bareConfidence: 0.9 },
      invoice: { bare: 'quantity', total: 'quantity' },
      items: { bare: 'quantity', total: 'quantity' },
    },
  },
  {
    words: ['装箱数', '入数', '装箱率', '每箱数量', '每箱件数', 'qtyperctn', 'pcsperctn', 'qtyctn', 'pcsctn'],
    fields: { 'packing-list': { bare: 'piecesPerCarton' } },
  },
  {
    words: ['净重', 'nw', 'netweight', 'netwt', 'nett', 'net', 'nwt', 'nettweight'],
    fields: { 'packing-list': { bare: 'netTotal', per: 'netPerCarton', total: 'netTotal', bareConfidence: 0.8 } },
  },
  {
    words: ['毛重', 'gw', 'grossweight', 'grosswt', 'gross', 'gwt'],
    fields: { 'packing-list': { bare: 'grossTotal', per: 'grossPerCarton', total: 'grossTotal', bareConfidence: 0.8 } },
  },
  {
    words: ['尺寸', '外箱尺寸', '纸箱尺寸', '箱规', '箱子尺寸', '长宽高', '长x宽x高', '长*宽*高', '尺码', 'meas', 'measurement', 'measurements', 'dimension', 'dimensions', 'cartonsize', 'ctnsize', 'size', 'lwh', 'lxwxh'],
    fields: { 'packing-list': { bare: 'dimensions', bareConfidence: 0.8, byUnit: { volume: 'cbmTotal', length: 'dimensions' } } },
  },
  { words: ['长', '长度', 'length', 'l'], fields: { 'packing-list': { bare: 'lengthCm', bareConfidence: 0.8 } } },
  { words: ['宽', '宽度', 'width', 'w'], fields: { 'packing-list': { bare: 'widthCm', bareConfidence: 0.8 } } },
  { words: ['高', '高度', 'height', 'h'], fields: { 'packing-list': { bare: 'heightCm', bareConfidence: 0.8 } } },
  {
    words: ['体积', '立方', '立方数', '总体积', '立方米', 'cbm', 'volume', 'totalcbm', 'totalvolume', 'totalmeas', 'm3'],
    fields: { 'packing-list': { bare: 'cbmTotal', total: 'cbmTotal' } },
  },
  {
    words: ['集装箱号', '柜号', '货柜号', '集装箱', 'containerno', 'container', 'containernumber', 'cntrno', 'cntr', 'ctnrno'],
    fields: { 'packing-list': { bare: 'containerId' } },
  },
  {
    words: ['封号', '铅封号', '封条号', '封志号', '关封号', 'sealno', 'seal', 'sealnumber'],
    fields: { 'packing-list': { bare: 'sealNo' } },
  },
  {
    words: ['货号', '款号', '料号', '物料号', '产品编号', 'itemno', 'partno', 'artno', 'article', 'articleno', 'sku', 'styleno', 'modelno', 'itemcode', 'refno'],
    fields: { invoice: { bare: 'partNo' } },
  },
  {
    words: ['单位', '计量单位', '成交单位', '成交计量单位', 'unit', 'uom', 'units'],
    fields: { invoice: { bare: 'unit' }, items: { bare: 'unit' } },
  },
  {
    words: ['单价', '成交单价', '申报单价', 'unitprice', 'price', 'priceunit', 'unitvalue'],
    fields: { invoice: { bare: 'unitPrice', per: 'unitPrice' }, items: { bare: 'unitPrice', per: 'unitPrice' } },
  },
  {
    words: ['金额', '总价', '总金额', '合计金额', '成交总价', '申报总价', '货值', 'amount', 'totalamount', 'totalprice', 'value', 'totalvalue', 'subtotal'],
    fields: { invoice: { bare: 'amount', total: 'amount' }, items: { bare: 'amount', total: 'amount' } },
  },
  {
    words: ['币制', '币种', '币别', '货币', 'currency', 'curr', 'ccy'],
    fields: { invoice: { bare: 'currency' }, items: { bare: 'currency' } },
  },
  {
    words: ['原产国', '原产地', '原产国地区', '原产国别', '产地', 'origin', 'countryoforigin', 'coo', 'madein', 'origincountry'],
    fields: { invoice: { bare: 'originCountry' }, items: { bare: 'originCountry' } },
  },
  {
    words: ['项号', '序号', '商品序号', 'itemno', 'no', 'sn', 'sno', 'lineno', 'item'],
    fields: { items: { bare: 'gNo', bareConfidence: 0.8 } },
  },
  {
    words: ['规格型号', '规格', '型号', '申报要素', '规格及型号', 'specification', 'spec', 'specs', 'model'],
    fields: { items: { bare: 'gModel' } },
  },
];

/** Units as written in headers ("G.W.(KGS)", "AMOUNT USD"), by class; currencies keep their code. */
export const unitWords: Record<string, { unitClass: UnitClass; currency?: string }> = {
  kg: { unitClass: 'weight' },
  kgs: { unitClass: 'weight' },
  公斤: { unitClass: 'weight' },
  千克: { unitClass: 'weight' },
  lbs: { unitClass: 'weight' },
  cm: { unitClass: 'length' },
  cms: { unitClass: 'length' },
  mm: { unitClass: 'length' },
  厘米: { unitClass: 'length' },
  cbm: { unitClass: 'volume' },
  m3: { unitClass: 'volume' },
  立方米: { unitClass: 'volume' },
  立方: { unitClass: 'volume' },
  pcs: { unitClass: 'count' },
  件: { unitClass: 'count' },
  个: { unitClass: 'count' },
  sets: { unitClass: 'count' },
  ctns: { unitClass: 'count' },
  usd: { unitClass: 'currency', currency: 'USD' },
  us$: { unitClass: 'currency', currency: 'USD' },
  $: { unitClass: 'currency', currency: 'USD' },
  美元: { unitClass: 'currency', currency: 'USD' },
  eur: { unitClass: 'currency', currency: 'EUR' },
  '€': { unitClass: 'currency', currency: 'EUR' },
  欧元: { unitClass: 'currency', currency: 'EUR' },
  rmb: { unitClass: 'currency', currency: 'CNY' },
  cny: { unitClass: 'currency', currency: 'CNY' },
  '¥': { unitClass: 'currency', currency: 'CNY' },
  人民币: { unitClass: 'currency', currency: 'CNY' },
  jpy: { unitClass: 'currency', currency: 'JPY' },
  hkd: { unitClass: 'currency', currency: 'HKD' },
  gbp: { unitClass: 'currency', currency: 'GBP' },
};
