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

const parties = (field: ImportField): Partial<Record<ImportTarget, ConceptFields>> => ({ parties: { bare: field } });
const library = (field: ImportField): Partial<Record<ImportTarget, ConceptFields>> => ({ parties: { bare: field }, products: { bare: field } });

/**
 * The library columns (企业库, 商品库) come first: for those targets they win over the document
 * words further down ("海关编码" is a firm's customs code in a party list, "中文品名" a product's
 * Chinese name rather than a line's description).
 */
const libraryConcepts: readonly Concept[] = [
  {
    words: ['企业中文名称', '中文名称', '中文名', '公司中文名称', '中文品名', 'namezh', 'namecn', 'chinesename', 'nameinchinese'],
    fields: library('nameZh'),
  },
  {
    words: ['企业英文名称', '英文名称', '英文名', '公司英文名称', '英文品名', 'nameen', 'englishname', 'nameinenglish', 'englishcompanyname'],
    fields: library('nameEn'),
  },
  {
    words: ['企业名称', '公司名称', '单位名称', '客户名称', '供应商名称', '收发货人', '名称', '企业', '公司', 'companyname', 'company', 'enterprisename', 'enterprise', 'firmname', 'partyname', 'name'],
    fields: parties('name'),
  },
  {
    words: ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码', 'uscc', 'unifiedsocialcreditcode', 'socialcreditcode', 'creditcode'],
    fields: parties('uscc'),
  },
  {
    words: ['海关编码', '海关注册编码', '海关代码', '海关注册号', '海关备案编码', 'customscode', 'customsregistrationcode', 'customsregno', 'customsno'],
    fields: parties('customsCode'),
  },
  { words: ['检验检疫编码', '检验检疫代码', 'ciq编码', 'ciqcode', 'ciq', 'inspectioncode'], fields: library('ciqCode') },
  { words: ['信用等级', '企业信用等级', '海关信用等级', '信用类别', '信用', 'credittier', 'creditlevel', 'creditrating', 'credit'], fields: parties('creditTier') },
  {
    words: ['信用等级生效日期', '生效日期', '认定日期', '认证日期', '起始日期', 'creditfrom', 'effectivedate', 'effectivefrom', 'since', 'ratedon'],
    fields: parties('creditFrom'),
  },
  { words: ['国别', '国家', '国家地区', '国别地区', 'country', 'countryregion'], fields: parties('country') },
  { words: ['境外企业代码', '境外代码', 'aeo编码', 'aeo代码', 'aeocode', 'aeo', 'overseascode'], fields: parties('overseasCode') },
  { words: ['英文地址', '企业英文地址', 'addressen', 'englishaddress', 'addressinenglish'], fields: parties('addressEn') },
  { words: ['地址', '中文地址', '企业地址', '注册地址', '经营地址', 'address', 'addresszh', 'chineseaddress'], fields: parties('addressZh') },
  { words: ['联系人', '联系人姓名', 'contact', 'contactperson', 'attn'], fields: parties('contact') },
  { words: ['电话', '联系电话', '手机', 'tel', 'phone', 'telephone', 'mobile'], fields: parties('phone') },
  { words: ['备注', '说明', 'note', 'notes', 'remark', 'remarks'], fields: library('note') },
  {
    words: ['法定第一计量单位', '法定第一单位', '第一法定单位', '法定单位', '第一单位', '法一单位', 'firstunit', 'legalunit', 'firstlegalunit', 'unit1'],
    fields: { products: { bare: 'firstUnit' } },
  },
  {
    words: ['法定第二计量单位', '法定第二单位', '第二法定单位', '第二单位', '法二单位', 'secondunit', 'secondlegalunit', 'unit2'],
    fields: { products: { bare: 'secondUnit' } },
  },
];

const fees = (list: ImportField | undefined, invoice: ImportField | undefined): Partial<Record<ImportTarget, ConceptFields>> => ({
  ...(list ? { 'fee-list': { bare: list } } : {}),
  ...(invoice ? { 'fee-invoice': { bare: invoice } } : {}),
});
const bothFees = (field: ImportField) => fees(field, field);

/**
 * Port-fee columns as terminals, lines, yards and brokers print them on their published lists
 * (收费目录清单) and monthly statements (对账单). They come before the document words, which
 * have no fields for these targets anyway, so "单位" never becomes a unit where "收费单位" is meant.
 */
const feeConcepts: readonly Concept[] = [
  { words: ['收费代码', '费用代码', '项目代码', '费目代码', '收费编码', '费用编码', '代码', 'feecode', 'chargecode', 'itemcode', 'code'], fields: bothFees('itemCode') },
  {
    words: ['收费项目', '收费项目名称', '费用名称', '费用项目', '费目', '费目名称', '项目名称', '收费名称', '项目', '费用', '品名', 'chargeitem', 'charge', 'charges', 'chargename', 'feeitem', 'feename', 'fee', 'item', 'description', 'chargedescription'],
    fields: bothFees('itemName'),
  },
  { words: ['英文名称', '英文名', '英文费目', 'nameen', 'englishname'], fields: fees('nameEn', undefined) },
  { words: ['定价方式', '价格管理形式', '定价形式', '价格形式', '收费性质', '定价类别', 'pricingregime', 'regime', 'pricing', 'pricetype'], fields: fees('regime', undefined) },
  { words: ['计费单位', '收费单位计量', '计量单位', '单位', '计价单位', 'unit', 'per', 'chargeunit', 'basis', 'uom'], fields: bothFees('unit') },
  { words: ['进出口', '进出口类别', '进出口方向', '进/出口', '方向', 'importexport', 'direction', 'impexp', 'ie'], fields: bothFees('direction') },
  { words: ['重空', '重/空', '空重', '重空箱', '箱状态', '空重箱', 'fullempty', 'load', 'ladenempty', 'fe'], fields: bothFees('load') },
  { words: ['内外贸', '内/外贸', '贸易类型', '贸易方式', '外贸/内贸', 'trade', 'tradetype', 'foreigndomestic'], fields: bothFees('trade') },
  {
    words: ['箱型', '尺寸', '箱型尺寸', '尺寸箱型', '箱型箱类', '规格', '箱尺寸', '箱型规格', '尺码', 'size', 'type', 'sizetype', 'size/type', 'ctnrtype', 'cntrtype', 'containertype', 'containersize', 'boxtype', 'equipment', 'eqtype'],
    fields: bothFees('boxSize'),
  },
  { words: ['箱类', '箱种', '箱类别', '箱子类别', 'boxkind', 'containerkind', 'category'], fields: bothFees('boxType') },
  { words: ['收费标准', '费率', '收费标准元', '单价元', '标准', '价格', '收费金额', 'rate', 'rates', 'tariff', 'price', 'charge rate', 'amount'], fields: fees('rate', undefined) },
  { words: ['币制', '币种', '币别', '货币', 'currency', 'curr', 'ccy'], fields: bothFees('currency') },
  { words: ['服务内容', '作业内容', '收费内容', '服务范围', '工作内容', 'servicecontent', 'service', 'scope', 'content'], fields: fees('serviceContent', undefined) },
  { words: ['包含项目', '包干内容', '包含', '包括', '包含费目', '已含项目', 'includes', 'included', 'including', 'covers'], fields: fees('includes', undefined) },
  { words: ['收费依据', '依据', '政策依据', '文件依据', '定价依据', 'legalbasis', 'basis of charge', 'regulation', 'reference'], fields: fees('legalBasis', undefined) },
  { words: ['生效日期', '执行日期', '开始日期', '起始日期', '有效期起', '有效期自', 'validfrom', 'effectivefrom', 'effectivedate', 'from'], fields: fees('validFrom', undefined) },
  { words: ['失效日期', '截止日期', '结束日期', '有效期止', '有效期至', 'validto', 'validuntil', 'expiry', 'expirydate', 'to'], fields: fees('validTo', undefined) },
  {
    words: ['收费单位', '开票单位', '收款单位', '开票方', '收费方', '销售方', '销售方名称', '供应商', '结算单位', 'chargingparty', 'billedby', 'biller', 'vendor', 'supplier', 'issuer', 'payee', 'seller'],
    fields: fees(undefined, 'chargingParty'),
  },
  { words: ['发票号', '发票号码', '发票编号', '票号', '账单号', '单据号', 'invoiceno', 'invoicenumber', 'invoice', 'invno', 'billno', 'debitnoteno'], fields: fees(undefined, 'invoiceNo') },
  { words: ['开票日期', '发票日期', '账单日期', '开票时间', 'invoicedate', 'billingdate', 'invdate', 'date'], fields: fees(undefined, 'invoiceDate') },
  // Not 序号 / No.: on a month's statement that counts the rows of the whole sheet, not an invoice's lines.
  { words: ['行号', '发票行号', '项次', 'lineno', 'invoicelineno', 'line'], fields: fees(undefined, 'lineNo') },
  { words: ['数量', '计费数量', '箱量', '件数', 'qty', 'quantity', 'units'], fields: fees(undefined, 'quantity') },
  { words: ['单价', '费率', '收费标准', '单价元', 'unitprice', 'rate', 'price'], fields: fees(undefined, 'unitPrice') },
  { words: ['金额', '金额元', '应收金额', '收费金额', '费用金额', '合计金额', '价税合计', '总金额', 'amount', 'total', 'totalamount', 'sum', 'amt'], fields: fees(undefined, 'amount') },
  { words: ['提单号', '提运单号', '运单号', '主提单号', '分提单号', '提单', 'blno', 'bl', 'billoflading', 'mblno', 'hblno', 'bol'], fields: fees(undefined, 'blNo') },
  { words: ['箱号', '集装箱号', '柜号', '集装箱', 'containerno', 'container', 'containernumber', 'cntrno', 'ctnrno', 'cntr'], fields: fees(undefined, 'containerId') },
  { words: ['作业日期', '服务日期', '作业时间', '发生日期', '计费日期', '业务日期', 'servicedate', 'operationdate', 'workdate', 'jobdate'], fields: fees(undefined, 'serviceDate') },
  { words: ['报关单号', '报关单编号', '海关编号', '报关单', 'entryno', 'entryid', 'declarationno', 'customsentryno'], fields: fees(undefined, 'entryId') },
];

export const concepts: readonly Concept[] = [
  ...libraryConcepts,
  ...feeConcepts,
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
    fields: { ...all({ bare: 'description' }), products: { bare: 'name' } },
  },
  {
    words: ['hs编码', 'hs编号', 'hs', 'hscode', 'hscodes', 'hsno', '商品编码', '商品编号', '海关编码', '税号', '税则号', '海关商品编码', 'tariffcode', 'customscode'],
    fields: { ...all({ bare: 'hsCode' }), products: { bare: 'hsCode' } },
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
    fields: { invoice: { bare: 'partNo' }, products: { bare: 'partNo' } },
  },
  {
    words: ['单位', '计量单位', '成交单位', '成交计量单位', 'unit', 'uom', 'units'],
    fields: { invoice: { bare: 'unit' }, items: { bare: 'unit' }, products: { bare: 'unit' } },
  },
  {
    words: ['单价', '成交单价', '申报单价', 'unitprice', 'price', 'priceunit', 'unitvalue'],
    fields: { invoice: { bare: 'unitPrice', per: 'unitPrice' }, items: { bare: 'unitPrice', per: 'unitPrice' }, products: { bare: 'unitPrice', per: 'unitPrice' } },
  },
  {
    words: ['金额', '总价', '总金额', '合计金额', '成交总价', '申报总价', '货值', 'amount', 'totalamount', 'totalprice', 'value', 'totalvalue', 'subtotal'],
    fields: { invoice: { bare: 'amount', total: 'amount' }, items: { bare: 'amount', total: 'amount' } },
  },
  {
    words: ['币制', '币种', '币别', '货币', 'currency', 'curr', 'ccy'],
    fields: { invoice: { bare: 'currency' }, items: { bare: 'currency' }, products: { bare: 'currency' } },
  },
  {
    words: ['原产国', '原产地', '原产国地区', '原产国别', '产地', 'origin', 'countryoforigin', 'coo', 'madein', 'origincountry'],
    fields: { invoice: { bare: 'originCountry' }, items: { bare: 'originCountry' }, products: { bare: 'originCountry' } },
  },
  {
    words: ['项号', '序号', '商品序号', 'itemno', 'no', 'sn', 'sno', 'lineno', 'item'],
    fields: { items: { bare: 'gNo', bareConfidence: 0.8 } },
  },
  {
    words: ['规格型号', '规格', '型号', '申报要素', '规格及型号', 'specification', 'spec', 'specs', 'model', 'declarationelements', 'elements'],
    fields: { items: { bare: 'gModel' }, products: { bare: 'gModel' } },
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
