// The paperless packing list (attached document 00000002) as an A4 PDF: header boxes, the carton
// table with its header row repeated on every page, totals, containers and seals, marks. Returns
// an UNSAVED pdf-lib document (signing adds to it).
import type { PDFDocument } from 'pdf-lib';
import type { Label } from '../../../shared/model/field-labels';
import type { PackingList } from '../../../shared/model/packing-list';
import { lineTotals, packingListTotals } from '../../../shared/model/packing-totals';
import { formatCartonRange } from '../../../shared/model/carton-range';
import { CONTENT_WIDTH, MARGIN, PdfCanvas, type TextStyle } from './canvas.node';
import { FlowingTable, fieldRow, fieldRowHeight, type GridCell } from './table.node';
import { finishPages, reserveSignatureBox } from './page-frame.node';
import { assertPrintable, type PrintableText } from './printable.node';
import { coded, type CodeNamer } from './declaration-form';
import type { RenderOptions } from './declaration-pdf.node';
import { rememberSignatureBox } from './signature-box.node';

export interface PackingListPdfInput {
  list: PackingList;
  /** The document's ClientSeqNo (printed with the PL number on every page). */
  clientSeqNo: string;
  sha256: string;
  revision?: number;
  codeName?: CodeNamer;
}

const both = (zh: string, en: string): Label => ({ zh, en });
const labels = {
  title: both('装箱单', 'Packing List'),
  plNo: both('装箱单号', 'P/L No.'),
  plDate: both('日期', 'Date'),
  invoiceNo: both('发票号', 'Invoice No.'),
  contractNo: both('合同号', 'Contract No.'),
  seller: both('卖方', 'Seller'),
  buyer: both('买方', 'Buyer'),
  vesselVoyage: both('船名/航次', 'Vessel / voyage'),
  billNo: both('提单号', 'B/L No.'),
  portOfLoading: both('装货港', 'Port of loading'),
  portOfDischarge: both('卸货港', 'Port of discharge'),
  finalDestination: both('最终目的地', 'Final destination'),
  marks: both('唛头', 'Shipping marks'),
  remarks: both('备注', 'Remarks'),
  line: both('序号', 'No.'),
  cartonNos: both('箱号', 'Carton nos.'),
  cartons: both('箱数', 'Ctns'),
  description: both('品名', 'Description'),
  hsCode: both('商品编号', 'HS code'),
  perCarton: both('每箱件数', 'Pcs/ctn'),
  pieces: both('件数', 'Pieces'),
  net: both('净重（千克）', 'Net (kg)'),
  gross: both('毛重（千克）', 'Gross (kg)'),
  size: both('尺寸（厘米）', 'L×W×H (cm)'),
  cbm: both('体积（立方米）', 'CBM'),
  container: both('集装箱号', 'Container'),
  total: both('合计', 'Total'),
  containers: both('集装箱及封志', 'Containers and seals'),
  containerType: both('规格', 'Type'),
  sealNo: both('封志号', 'Seal no.'),
  tare: both('自重（千克）', 'Tare (kg)'),
} satisfies Record<string, Label>;

const LABEL: TextStyle = { size: 6.5, gray: 0.35 };
const VALUE: TextStyle = { size: 8.5 };
const TABLE_HEAD: TextStyle = { size: 7, weight: 'bold' };
const TABLE_BODY: TextStyle = { size: 7 };
const noNames: CodeNamer = () => null;

/** Every text the packing-list PDF draws from the document, with the field it comes from. */
export function packingListTexts(list: PackingList): PrintableText[] {
  const texts: PrintableText[] = [];
  for (const [field, value] of Object.entries(list.header)) {
    const label = (labels as Record<string, Label>)[field.replace(/Name$|Address$/, '')] ?? both(field, field);
    texts.push({ path: `header.${field}`, label, value });
  }
  for (const [i, line] of (list.lines ?? []).entries()) {
    const at = (l: Label): Label => ({ zh: `${l.zh}（第 ${line.lineNo} 行）`, en: `${l.en} (line ${line.lineNo})` });
    texts.push({ path: `lines.${i}.description`, label: at(labels.description), value: line.description });
    texts.push({ path: `lines.${i}.cartonPrefix`, label: at(labels.cartonNos), value: line.cartonPrefix });
    texts.push({ path: `lines.${i}.containerId`, label: at(labels.container), value: line.containerId });
  }
  for (const [i, c] of (list.containers ?? []).entries()) {
    texts.push({ path: `containers.${i}.containerId`, label: both(`集装箱号（第 ${i + 1} 个）`, `Container no. (container ${i + 1})`), value: c.containerId });
    texts.push({ path: `containers.${i}.sealNo`, label: both(`封志号（第 ${i + 1} 个）`, `Seal no. (container ${i + 1})`), value: c.sealNo });
  }
  return texts;
}

export async function buildPackingListPdf(input: PackingListPdfInput, options: RenderOptions): Promise<PDFDocument> {
  const { list } = input;
  assertPrintable(packingListTexts(list));
  const language = options.language;
  const t = (key: keyof typeof labels) => (language === 'en' ? labels[key].en : labels[key].zh);
  const namer = input.codeName ?? noNames;
  const canvas = await PdfCanvas.create({ subset: options.subset ?? true, signal: options.signal });
  const h = list.header;
  const title = language === 'en' ? 'PACKING LIST' : '装箱单 PACKING LIST';

  const startPage = (first: boolean) => {
    canvas.newPage();
    const style: TextStyle = { size: first ? 15 : 10, weight: 'bold' };
    const text = first ? title : `${title}${language === 'en' ? ' (continued)' : '（续页）'}`;
    canvas.text(text, canvas.alignedX(text, MARGIN.left, CONTENT_WIDTH, style, 'center'), canvas.y - style.size, style);
    canvas.y -= style.size + 8;
    const ref = `${t('plNo')}: ${h.plNo ?? ''}    ${t('invoiceNo')}: ${h.invoiceNo ?? ''}    ${t('billNo')}: ${h.billNo ?? ''}`;
    canvas.text(ref, MARGIN.left, canvas.y - 8, { size: 8 });
    canvas.y -= 13;
  };
  const newPage = () => startPage(false);
  startPage(true);

  const party = (name?: string, address?: string) => [name, address].filter(Boolean).join('\n');
  const headerRows: GridCell[][] = [
    [
      { label: t('plNo'), value: h.plNo ?? '' },
      { label: t('plDate'), value: h.plDate ?? '' },
      { label: t('invoiceNo'), value: h.invoiceNo ?? '' },
      { label: t('contractNo'), value: h.contractNo ?? '' },
    ],
    [
      { label: t('seller'), value: party(h.sellerName, h.sellerAddress) },
      { label: t('buyer'), value: party(h.buyerName, h.buyerAddress) },
    ],
    [
      { label: t('vesselVoyage'), value: h.vesselVoyage ?? '' },
      { label: t('billNo'), value: h.billNo ?? '' },
      { label: t('portOfLoading'), value: h.portOfLoading ?? '' },
      { label: t('portOfDischarge'), value: h.portOfDischarge ?? '' },
      { label: t('finalDestination'), value: h.finalDestination ?? '' },
    ],
    [{ label: t('marks'), value: h.marks ?? '' }],
  ];
  for (const row of headerRows) {
    if (canvas.y - fieldRowHeight(canvas, row, LABEL, VALUE) < MARGIN.bottom) newPage();
    fieldRow(canvas, row, LABEL, VALUE);
  }
  canvas.y -= 8;

  const table = new FlowingTable(canvas, {
    columns: [
      { header: t('line'), width: 4.2, align: 'right' },
      { header: t('cartonNos'), width: 8 },
      { header: t('cartons'), width: 4.8, align: 'right' },
      { header: t('description'), width: 15.5 },
      { header: t('hsCode'), width: 7.5 },
      { header: t('perCarton'), width: 5, align: 'right' },
      { header: t('pieces'), width: 5.5, align: 'right' },
      { header: t('net'), width: 6.5, align: 'right' },
      { header: t('gross'), width: 6.5, align: 'right' },
      { header: t('size'), width: 8, align: 'center' },
      { header: t('cbm'), width: 5.5, align: 'right' },
      { header: t('container'), width: 8.8 },
    ],
    body: TABLE_BODY,
    head: TABLE_HEAD,
    newPage,
  });
  table.header();
  const lines = list.lines ?? [];
  const text = (v: { toString(): string } | null) => (v ? v.toString() : '');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const totals = lineTotals(line);
    const range = line.cartonFrom ? formatCartonRange({ prefix: line.cartonPrefix ?? '', from: line.cartonFrom, to: line.cartonTo ?? line.cartonFrom }) : '';
    const size = line.lengthCm && line.widthCm && line.heightCm ? `${line.lengthCm}×${line.widthCm}×${line.heightCm}` : '';
    table.row([
      String(line.lineNo),
      range,
      text(totals.cartons),
      line.description ?? '',
      line.hsCode ?? '',
      line.piecesPerCarton ?? '',
      text(totals.pieces),
      text(totals.netKg),
      text(totals.grossKg),
      size,
      totals.cbm ? totals.cbm.toFixed(3) : '',
      line.containerId ?? '',
    ]);
    if (i % 100 === 99) {
      options.onProgress?.(i + 1, lines.length);
      await canvas.checkpoint();
    }
  }
  const sum = packingListTotals(list);
  table.row(['', t('total'), sum.cartons.toString(), '', '', '', sum.pieces.toString(), sum.netKg.toString(), sum.grossKg.toString(), '', sum.cbm.toFixed(3), ''], 'bold');

  const containers = list.containers ?? [];
  if (containers.length > 0) {
    if (canvas.y - 40 < MARGIN.bottom) newPage();
    canvas.y -= 12;
    canvas.text(t('containers'), MARGIN.left, canvas.y, { size: 9, weight: 'bold' });
    canvas.y -= 4;
    const ct = new FlowingTable(canvas, {
      columns: [
        { header: t('container'), width: 3 },
        { header: t('containerType'), width: 3 },
        { header: t('sealNo'), width: 4 },
        { header: t('tare'), width: 2, align: 'right' },
      ],
      body: TABLE_BODY,
      head: TABLE_HEAD,
      newPage,
    });
    ct.header();
    for (const c of containers) ct.row([c.containerId ?? '', coded(namer, 'container-type', c.containerType, language), c.sealNo ?? '', c.tareKg ?? '']);
  }
  if (h.remarks) {
    canvas.y -= 8;
    const row = [{ label: t('remarks'), value: h.remarks }];
    if (canvas.y - fieldRowHeight(canvas, row, LABEL, VALUE) < MARGIN.bottom) newPage();
    fieldRow(canvas, row, LABEL, VALUE);
  }
  const box = reserveSignatureBox(canvas, newPage);
  options.onProgress?.(lines.length, lines.length);

  const reference = [`${t('plNo')} ${h.plNo ?? ''}`, `ClientSeqNo ${input.clientSeqNo}`].join(' · ');
  const identity = { kind: 'packing-list' as const, reference: h.plNo || input.clientSeqNo, sha256: input.sha256, ...(input.revision !== undefined ? { revision: input.revision } : {}) };
  finishPages(canvas, identity, reference, language);
  canvas.doc.setTitle(`${title} ${h.plNo ?? ''}`.trim());
  canvas.doc.setCreator('Clearway');
  canvas.doc.setProducer('Clearway (pdf-lib)');
  rememberSignatureBox(canvas.doc, box);
  return canvas.doc;
}
