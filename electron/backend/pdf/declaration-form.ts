// The printed declaration's boxes: which field goes in which box, with the box names of the
// official form (中华人民共和国海关进/出口货物报关单), for import and export, in Chinese or English.
// Pure: the drawing is in declaration-pdf.node.ts.
import type { CodeTableId } from '../../../shared/codes/schema';
import type { DeclarationDraft, DeclarationHead, DeclarationItem, Direction } from '../../../shared/model/declaration';
import { headLabel, itemLabels, type Label } from '../../../shared/model/field-labels';
import type { PdfLanguage } from './page-frame.node';
import type { PrintableText } from './printable.node';

/** The name of a code in a code table, as the store has it (null when unknown). */
export type CodeNamer = (table: CodeTableId, code: string) => { nameZh: string; nameEn?: string | undefined } | null;

export interface FormCell {
  label: string;
  value: string;
  span?: number;
}

const both = (zh: string, en: string): Label => ({ zh, en });
const pick = (label: Label, language: PdfLanguage) => (language === 'en' ? label.en : label.zh);

/** Box names that differ by direction (import first, export second). */
const byDirection = {
  title: [both('中华人民共和国海关进口货物报关单', "Import Goods Declaration, Customs of the People's Republic of China"), both('中华人民共和国海关出口货物报关单', "Export Goods Declaration, Customs of the People's Republic of China")],
  iePort: [both('进境关别', 'Customs of entry'), both('出境关别', 'Customs of exit')],
  ieDate: [both('进口日期', 'Import date'), both('出口日期', 'Export date')],
  tradeCountry: [both('启运国（地区）', 'Country shipped from'), both('运抵国（地区）', 'Country shipped to')],
  distinatePort: [both('经停港', 'Port of stop'), both('指运港', 'Port of destination')],
  entyPortCode: [both('入境口岸', 'Port of entry'), both('离境口岸', 'Port of exit')],
  ownerName: [both('消费使用单位', 'Consumer'), both('生产销售单位', 'Producer/seller')],
  districtCode: [both('境内目的地', 'Domestic destination'), both('境内货源地', 'Domestic source')],
} satisfies Record<string, [Label, Label]>;

export function directionLabel(key: keyof typeof byDirection, direction: Direction | undefined, language: PdfLanguage): string {
  return pick(byDirection[key][direction === 'E' ? 1 : 0], language);
}

export const formLabels = {
  preEntryId: both('预录入编号', 'Pre-entry no.'),
  entryId: both('海关编号', 'Entry no.'),
  clientSeqNo: both('客户端编号', 'Client seq. no.'),
  trafName: both('运输工具名称及航次号', 'Means of transport and voyage'),
  docs: both('随附单证及编号', 'Attached documents and numbers'),
  marks: both('标记唛码及备注', 'Shipping marks and remarks'),
  freight: both('运费', 'Freight'),
  insurance: both('保费', 'Insurance'),
  other: both('杂费', 'Other charges'),
  items: both('商品', 'Goods'),
  gNo: both('项号', 'No.'),
  codeTs: both('商品编号', 'Commodity code'),
  name: both('商品名称及规格型号', 'Description and declaration elements'),
  qty: both('数量及单位', 'Quantity and unit'),
  price: both('单价/总价/币制', 'Unit price / total / currency'),
  origin: both('原产国（地区）', 'Country of origin'),
  destination: both('最终目的国（地区）', 'Final destination'),
  duty: both('征免', 'Duty'),
  containers: both('集装箱', 'Containers'),
  containerId: both('集装箱号', 'Container no.'),
  containerMd: both('规格', 'Type'),
  containerWt: both('自重（千克）', 'Tare (kg)'),
  lcl: both('拼箱标识', 'LCL'),
  containerGoods: both('商品项号', 'Items'),
  attached: both('随附单据', 'Attached e-documents'),
  edocCode: both('单据类别', 'Document type'),
  edocId: both('文件名', 'File'),
  note: both('备注', 'Note'),
  specialRelation: both('特殊关系确认', 'Special relationship'),
  priceInfluence: both('价格影响确认', 'Price influenced'),
  royalty: both('支付特许权使用费确认', 'Royalties paid'),
  selfTax: both('自报自缴', 'Self-assessed duty'),
  declarant: both('申报单位', 'Declarant'),
  declarePerson: both('申报人员', 'Declarant person'),
  inputer: both('录入员', 'Operator'),
  customsNote: both('海关批注及签章', 'Customs endorsement and seal'),
  yes: both('是', 'Yes'),
  no: both('否', 'No'),
  none: both('无', 'None'),
} satisfies Record<string, Label>;

export const L = (key: keyof typeof formLabels, language: PdfLanguage) => pick(formLabels[key], language);

/** "0110 一般贸易" / "0110 General trade": the code and its name; the code alone when unknown. */
export function coded(namer: CodeNamer, table: CodeTableId, code: string | undefined, language: PdfLanguage): string {
  if (!code) return '';
  const hit = namer(table, code);
  if (!hit) return code;
  return `${code} ${language === 'en' ? (hit.nameEn ?? hit.nameZh) : hit.nameZh}`;
}

/** "100 台": quantity and unit name, as the form prints it. */
export function quantity(namer: CodeNamer, qty: string | undefined, unit: string | undefined, language: PdfLanguage): string {
  if (!qty) return '';
  if (!unit) return qty;
  const hit = namer('unit', unit);
  return `${qty} ${hit ? (language === 'en' ? (hit.nameEn ?? hit.nameZh) : hit.nameZh) : unit}`;
}

const join = (...parts: (string | undefined)[]) => parts.filter((p): p is string => Boolean(p && p.trim())).join(' ');

/** 运费 "2 / 1500 / USD" (mark, rate, currency) as the form shows it. */
function charge(namer: CodeNamer, mark: string | undefined, rate: string | undefined, curr: string | undefined, language: PdfLanguage): string {
  if (!rate) return '';
  return [coded(namer, 'fee-mark', mark, language), rate, curr].filter(Boolean).join(' / ');
}

/** The header boxes, row by row. */
export function headerRows(draft: DeclarationDraft, namer: CodeNamer, language: PdfLanguage): FormCell[][] {
  const h = draft.head;
  const d = h.ieFlag;
  const hl = (field: keyof DeclarationHead) => pick(headLabel(field, d), language);
  const c = (table: CodeTableId, code: string | undefined) => coded(namer, table, code, language);
  const docs = [
    ...(draft.licences ?? []).map((l) => join(c('licence-document', l.docuCode), l.certCode)),
    ...(draft.attachedDocuments ?? []).map((a) => join(c('attached-document', a.edocCode), a.edocId)),
  ].filter(Boolean);
  const marks = [h.markNo, h.noteS, h.correlationNo ? `${hl('correlationNo')}: ${h.correlationNo}` : undefined].filter(Boolean);
  return [
    [
      { label: hl('tradeName'), value: join(h.tradeName, h.tradeCoScc ?? h.tradeCode), span: 2.2 },
      { label: directionLabel('iePort', d, language), value: c('customs-district', h.iePort) },
      { label: directionLabel('ieDate', d, language), value: h.ieDate ?? '' },
      { label: hl('dDate'), value: h.dDate ?? '' },
      { label: hl('manualNo'), value: h.manualNo ?? '' },
    ],
    [
      { label: hl('overseasNameEn'), value: join(h.overseasNameEn ?? h.overseasNameZh, h.overseasCode), span: 2.2 },
      { label: hl('trafMode'), value: c('transport-mode', h.trafMode) },
      { label: L('trafName', language), value: h.trafName ?? '' },
      { label: hl('billNo'), value: h.billNo ?? '' },
      { label: hl('goodsPlace'), value: h.goodsPlace ?? '' },
    ],
    [
      { label: directionLabel('ownerName', d, language), value: join(h.ownerName, h.ownerCodeScc ?? h.ownerCode), span: 2.2 },
      { label: hl('tradeMode'), value: c('trade-mode', h.tradeMode) },
      { label: hl('cutMode'), value: c('levy-nature', h.cutMode) },
      { label: hl('licenseNo'), value: h.licenseNo ?? '', span: d === 'E' ? 2 : 1 },
      // 启运港 is a box of the import form only.
      ...(d === 'E' ? [] : [{ label: hl('despPortCode'), value: c('port', h.despPortCode) }]),
    ],
    [
      { label: hl('contrNo'), value: h.contrNo ?? '', span: 1.2 },
      { label: hl('tradeAreaCode'), value: c('country', h.tradeAreaCode) },
      { label: directionLabel('tradeCountry', d, language), value: c('country', h.tradeCountry) },
      { label: directionLabel('distinatePort', d, language), value: c('port', h.distinatePort) },
      { label: directionLabel('entyPortCode', d, language), value: c('domestic-port', h.entyPortCode) },
      { label: hl('transMode'), value: c('transaction-term', h.transMode) },
    ],
    [
      { label: hl('wrapType'), value: c('package-type', h.wrapType), span: 1.2 },
      { label: hl('packNo'), value: h.packNo ?? '' },
      { label: hl('grossWet'), value: h.grossWet ?? '' },
      { label: hl('netWt'), value: h.netWt ?? '' },
      { label: L('freight', language), value: charge(namer, h.feeMark, h.feeRate, h.feeCurr, language) },
      { label: L('insurance', language), value: charge(namer, h.insurMark, h.insurRate, h.insurCurr, language) },
      { label: L('other', language), value: charge(namer, h.otherMark, h.otherRate, h.otherCurr, language) },
    ],
    [{ label: L('docs', language), value: docs.join('；') }],
    [{ label: L('marks', language), value: marks.join('\n') }],
  ];
}

/** The item table's cells for one item (several lines per cell, as on the form). */
export function itemCells(item: DeclarationItem, namer: CodeNamer, language: PdfLanguage): string[] {
  const c = (table: CodeTableId, code: string | undefined) => coded(namer, table, code, language);
  const q = (qty: string | undefined, unit: string | undefined) => quantity(namer, qty, unit, language);
  return [
    [String(item.gNo), item.contrItem].filter(Boolean).join('\n'),
    [item.codeTs, item.ciqCode].filter(Boolean).join('\n'),
    [item.gName, item.gModel].filter(Boolean).join('\n'),
    [q(item.gQty, item.gUnit), q(item.firstQty, item.firstUnit), q(item.secondQty, item.secondUnit)].filter(Boolean).join('\n'),
    [item.declPrice, item.declTotal, item.tradeCurr ? c('currency', item.tradeCurr) : ''].filter(Boolean).join('\n'),
    c('country', item.originCountry),
    c('country', item.destinationCountry),
    [c('domestic-district', item.districtCode), item.destCode].filter(Boolean).join('\n'),
    c('duty-mode', item.dutyMode),
  ];
}

/** 特殊关系确认 / 价格影响确认 / 支付特许权使用费确认 from the PromiseItmes digits (1 yes, 0 no). */
export function promiseAnswers(promise: string | undefined, language: PdfLanguage): string[] {
  const answer = (digit: string | undefined) => (digit === '1' ? L('yes', language) : digit === '0' ? L('no', language) : '');
  return [answer(promise?.[0]), answer(promise?.[1]), answer(promise?.[2])];
}

/** Every text the declaration PDF draws from the document, with the field it comes from. */
export function declarationTexts(draft: DeclarationDraft): PrintableText[] {
  const texts: PrintableText[] = [];
  const d = draft.head.ieFlag;
  for (const [field, value] of Object.entries(draft.head) as [keyof DeclarationHead, string | undefined][]) {
    texts.push({ path: `head.${field}`, label: headLabel(field, d), value });
  }
  (draft.items ?? []).forEach((item, i) => {
    for (const [field, value] of Object.entries(item)) {
      if (typeof value !== 'string') continue;
      const base = itemLabels[field as keyof DeclarationItem] ?? { zh: field, en: field };
      texts.push({ path: `items.${i}.${field}`, label: { zh: `${base.zh}（第 ${item.gNo} 项）`, en: `${base.en} (item ${item.gNo})` }, value });
    }
  });
  (draft.containers ?? []).forEach((c, i) => texts.push({ path: `containers.${i}.containerId`, label: { zh: `集装箱号（第 ${i + 1} 个）`, en: `Container no. (container ${i + 1})` }, value: c.containerId }));
  (draft.licences ?? []).forEach((l, i) => texts.push({ path: `licences.${i}.certCode`, label: { zh: `随附单证编号（第 ${i + 1} 个）`, en: `Licence no. (licence ${i + 1})` }, value: l.certCode }));
  (draft.attachedDocuments ?? []).forEach((a, i) => texts.push({ path: `attachedDocuments.${i}.edocId`, label: { zh: `随附单据文件名（第 ${i + 1} 个）`, en: `Attached document (document ${i + 1})` }, value: a.edocId }));
  return texts;
}
