import type { DeclarationHead, DeclarationItem, Direction } from './declaration';

/**
 * Names of declaration fields as the official form prints them, for messages that must name
 * the field a broker has to fix (rules, input errors). The renderer's form labels come from
 * its i18n resources; these are the same words for use outside the UI.
 */
export interface Label {
  zh: string;
  en: string;
}

export const headLabels: Record<keyof DeclarationHead, Label> = {
  ieFlag: { zh: '进出口标志', en: 'Import/export' },
  seqNo: { zh: '统一编号', en: 'Unified no.' },
  entryId: { zh: '海关编号', en: 'Entry no.' },
  preEntryId: { zh: '预录入编号', en: 'Pre-entry no.' },
  type: { zh: '单据类型', en: 'Document type' },
  entryType: { zh: '报关单类型', en: 'Entry type' },
  ediId: { zh: '报关标志', en: 'EDI flag' },
  declTrnRel: { zh: '报关/转关关系标志', en: 'Transit relation' },
  customMaster: { zh: '申报地海关', en: 'Declaration customs' },
  iePort: { zh: '进/出境关别', en: 'Port customs' },
  purpOrgCode: { zh: '目的地海关', en: 'Destination customs' },
  ieDate: { zh: '进出口日期', en: 'Import/export date' },
  dDate: { zh: '申报日期', en: 'Declaration date' },
  despDate: { zh: '启运日期', en: 'Departure date' },
  cmplDschrgDt: { zh: '卸毕日期', en: 'Discharge completed' },
  tradeCode: { zh: '境内收发货人代码', en: 'Domestic consignee/consignor code' },
  tradeCoScc: { zh: '境内收发货人统一社会信用代码', en: 'Domestic consignee/consignor USCC' },
  tradeCiqCode: { zh: '境内收发货人检验检疫编码', en: 'Domestic consignee/consignor CIQ code' },
  tradeName: { zh: '境内收发货人', en: 'Domestic consignee/consignor' },
  domesticConsigneeEname: { zh: '境内收发货人外文名称', en: 'Domestic consignee/consignor (English)' },
  ownerCode: { zh: '消费使用/生产销售单位代码', en: 'Consumer/producer code' },
  ownerCodeScc: { zh: '消费使用/生产销售单位统一社会信用代码', en: 'Consumer/producer USCC' },
  ownerCiqCode: { zh: '消费使用/生产销售单位检验检疫编码', en: 'Consumer/producer CIQ code' },
  ownerName: { zh: '消费使用/生产销售单位', en: 'Consumer/producer' },
  agentCode: { zh: '申报单位代码', en: 'Declarant code' },
  agentCodeScc: { zh: '申报单位统一社会信用代码', en: 'Declarant USCC' },
  declCiqCode: { zh: '申报单位检验检疫编码', en: 'Declarant CIQ code' },
  agentName: { zh: '申报单位', en: 'Declarant' },
  copCode: { zh: '录入单位代码', en: 'Input unit code' },
  copCodeScc: { zh: '录入单位统一社会信用代码', en: 'Input unit USCC' },
  copName: { zh: '录入单位', en: 'Input unit' },
  declareName: { zh: '申报人员姓名', en: 'Declarant person' },
  inputerName: { zh: '录入员姓名', en: 'Operator' },
  typistNo: { zh: '录入员IC卡号', en: 'Operator card no.' },
  partenerId: { zh: '申报人标识', en: 'Declarant person ID' },
  overseasCode: { zh: '境外收发货人代码', en: 'Overseas consignor/consignee code' },
  overseasNameZh: { zh: '境外收发货人名称（中文）', en: 'Overseas consignor/consignee (Chinese)' },
  overseasNameEn: { zh: '境外收发货人名称（外文）', en: 'Overseas consignor/consignee' },
  overseasAddr: { zh: '境外收发货人地址', en: 'Overseas consignor/consignee address' },
  trafMode: { zh: '运输方式', en: 'Transport mode' },
  trafName: { zh: '运输工具名称', en: 'Means of transport' },
  billNo: { zh: '提运单号', en: 'B/L No.' },
  blNo: { zh: 'B/L号', en: 'Delivery order no.' },
  tradeMode: { zh: '监管方式', en: 'Trade mode' },
  cutMode: { zh: '征免性质', en: 'Levy nature' },
  licenseNo: { zh: '许可证号', en: 'Licence no.' },
  manualNo: { zh: '备案号', en: 'Record no.' },
  apprNo: { zh: '批准文号', en: 'Approval no.' },
  contrNo: { zh: '合同协议号', en: 'Contract no.' },
  tradeCountry: { zh: '启运国/运抵国', en: 'Country shipped from/to' },
  tradeAreaCode: { zh: '贸易国别（地区）', en: 'Trading country' },
  distinatePort: { zh: '经停港/指运港', en: 'Port of stop/destination' },
  despPortCode: { zh: '启运港', en: 'Port of departure' },
  entyPortCode: { zh: '入境口岸/离境口岸', en: 'Entry/exit port' },
  goodsPlace: { zh: '货物存放地点', en: 'Goods location' },
  transMode: { zh: '成交方式', en: 'Transaction terms' },
  feeMark: { zh: '运费标记', en: 'Freight mark' },
  feeRate: { zh: '运费', en: 'Freight' },
  feeCurr: { zh: '运费币制', en: 'Freight currency' },
  insurMark: { zh: '保险费标记', en: 'Insurance mark' },
  insurRate: { zh: '保险费', en: 'Insurance' },
  insurCurr: { zh: '保险费币制', en: 'Insurance currency' },
  otherMark: { zh: '杂费标记', en: 'Other charges mark' },
  otherRate: { zh: '杂费', en: 'Other charges' },
  otherCurr: { zh: '杂费币制', en: 'Other charges currency' },
  packNo: { zh: '件数', en: 'Packages' },
  wrapType: { zh: '包装种类', en: 'Package type' },
  noOtherPack: { zh: '无其他包装', en: 'No other packing' },
  grossWet: { zh: '毛重（千克）', en: 'Gross weight (kg)' },
  netWt: { zh: '净重（千克）', en: 'Net weight (kg)' },
  promiseItmes: { zh: '价格说明', en: 'Price declarations' },
  businessItems: { zh: '业务事项', en: 'Business flags' },
  specDeclFlag: { zh: '特殊业务标识', en: 'Special business flags' },
  dataSource: { zh: '扩展字段', en: 'Extension flags' },
  chkSurety: { zh: '担保验放', en: 'Release on guarantee' },
  billType: { zh: '备案清单类型', en: 'List type' },
  checkFlow: { zh: '查验分流', en: 'Inspection routing' },
  taxAaminMark: { zh: '税收征管标记', en: 'Tax administration mark' },
  origBoxFlag: { zh: '原箱运输', en: 'Original container' },
  correlationNo: { zh: '关联号码', en: 'Related numbers' },
  correlationReasonFlag: { zh: '关联理由', en: 'Relation reason' },
  markNo: { zh: '标记唛码', en: 'Shipping marks' },
  noteS: { zh: '备注', en: 'Remarks' },
  ediRemark: { zh: 'EDI申报备注', en: 'EDI remark' },
  ediRemark2: { zh: 'EDI申报备注2', en: 'EDI remark 2' },
};

export const itemLabels: Partial<Record<keyof DeclarationItem, Label>> = {
  gNo: { zh: '项号', en: 'Item no.' },
  codeTs: { zh: '商品编号', en: 'Commodity code' },
  ciqCode: { zh: '检验检疫编码', en: 'CIQ code' },
  contrItem: { zh: '备案序号', en: 'Record item no.' },
  gName: { zh: '商品名称', en: 'Description' },
  gModel: { zh: '规格型号（申报要素）', en: 'Declaration elements' },
  gQty: { zh: '成交数量', en: 'Quantity' },
  gUnit: { zh: '成交计量单位', en: 'Unit' },
  firstQty: { zh: '法定第一数量', en: 'First legal quantity' },
  firstUnit: { zh: '法定第一计量单位', en: 'First legal unit' },
  secondQty: { zh: '法定第二数量', en: 'Second legal quantity' },
  secondUnit: { zh: '法定第二计量单位', en: 'Second legal unit' },
  declPrice: { zh: '单价', en: 'Unit price' },
  declTotal: { zh: '总价', en: 'Total price' },
  tradeCurr: { zh: '币制', en: 'Currency' },
  originCountry: { zh: '原产国（地区）', en: 'Country of origin' },
  destinationCountry: { zh: '最终目的国（地区）', en: 'Final destination' },
  districtCode: { zh: '境内目的地/境内货源地', en: 'Domestic destination/source' },
  destCode: { zh: '目的地代码/产地代码', en: 'Destination/origin area code' },
  dutyMode: { zh: '征免', en: 'Duty mode' },
};

/** Direction-specific names where the form prints a different label for import and export. */
export function headLabel(field: keyof DeclarationHead, direction?: Direction): Label {
  const base = headLabels[field];
  if (field === 'tradeName') return direction === 'E' ? { zh: '境内发货人', en: 'Domestic consignor' } : direction === 'I' ? { zh: '境内收货人', en: 'Domestic consignee' } : base;
  if (field === 'overseasNameEn' || field === 'overseasNameZh' || field === 'overseasCode' || field === 'overseasAddr') {
    const who = direction === 'E' ? { zh: '境外收货人', en: 'Overseas consignee' } : direction === 'I' ? { zh: '境外发货人', en: 'Overseas consignor' } : null;
    if (who) return { zh: base.zh.replace('境外收发货人', who.zh), en: base.en.replace('Overseas consignor/consignee', who.en) };
  }
  return base;
}

/**
 * The human name of a dotted path into a declaration body ("head.billNo", "items.3.gQty"),
 * or null when the path is not a known field.
 */
export function declarationPathLabel(path: string): Label | null {
  const parts = path.split('.');
  if (parts[0] === 'head' && parts[1] && parts[1] in headLabels) return headLabels[parts[1] as keyof DeclarationHead];
  if (parts[0] === 'items' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const n = Number(parts[1]) + 1;
    const item = parts[2] ? itemLabels[parts[2] as keyof DeclarationItem] : undefined;
    return item ? { zh: `第 ${n} 项 ${item.zh}`, en: `item ${n}: ${item.en}` } : { zh: `第 ${n} 项商品`, en: `item ${n}` };
  }
  return null;
}
