// The customs declaration as a print-quality A4 PDF, in the structure of the official form:
// title, numbers, the header boxes, the item table (header repeated on every page), containers,
// attached documents, the declarant's block; on every page the reference, page x of y and the QR
// code of the document's identity and hash. Returns an UNSAVED pdf-lib document (signing adds to it).
import type { PDFDocument } from 'pdf-lib';
import type { DeclarationDraft } from '../../../shared/model/declaration';
import { CONTENT_WIDTH, MARGIN, PdfCanvas, type TextStyle } from './canvas.node';
import { FlowingTable, fieldRow, fieldRowHeight, type Column } from './table.node';
import { finishPages, reserveSignatureBox, type PdfLanguage, type SignatureBox } from './page-frame.node';
import { assertPrintable } from './printable.node';
import type { DocumentIdentity } from './qr-code.node';
import { L, coded, declarationTexts, directionLabel, headerRows, itemCells, promiseAnswers, type CodeNamer } from './declaration-form';
import { rememberSignatureBox } from './signature-box.node';

export interface DeclarationPdfInput {
  draft: DeclarationDraft;
  clientSeqNo: string;
  /** SHA-256 (hex) of the stored body and its revision: printed in the QR code. */
  sha256: string;
  revision?: number;
  /** Names of codes (from the store's code tables); codes without a name print alone. */
  codeName?: CodeNamer;
}

export interface RenderOptions {
  language: PdfLanguage;
  /** Tests only: embed the full font, for the subset-versus-full render comparison. */
  subset?: boolean;
  signal?: AbortSignal;
  /** Called as rows are drawn (done of total). */
  onProgress?: (done: number, total: number) => void;
}

const TITLE: TextStyle = { size: 14, weight: 'bold' };
const LABEL: TextStyle = { size: 6.5, gray: 0.35 };
const VALUE: TextStyle = { size: 8.5 };
const TABLE_HEAD: TextStyle = { size: 7, weight: 'bold' };
const TABLE_BODY: TextStyle = { size: 7.5 };
const SECTION: TextStyle = { size: 9, weight: 'bold' };
const noNames: CodeNamer = () => null;

export async function buildDeclarationPdf(input: DeclarationPdfInput, options: RenderOptions): Promise<PDFDocument> {
  const { draft } = input;
  assertPrintable(declarationTexts(draft));
  const language = options.language;
  const namer = input.codeName ?? noNames;
  const canvas = await PdfCanvas.create({ subset: options.subset ?? true, signal: options.signal });
  const h = draft.head;
  const title = directionLabel('title', h.ieFlag, language);
  const numbers = [
    `${L('preEntryId', language)}: ${h.preEntryId ?? ''}`,
    `${L('entryId', language)}: ${h.entryId ?? ''}`,
    `${L('clientSeqNo', language)}: ${input.clientSeqNo}`,
  ];

  const startPage = (first: boolean) => {
    canvas.newPage();
    const size = first ? TITLE : { ...TITLE, size: 10 };
    const text = first ? title : `${title}${language === 'en' ? ' (continued)' : '（续页）'}`;
    canvas.text(text, canvas.alignedX(text, MARGIN.left, CONTENT_WIDTH, size, 'center'), canvas.y - size.size, size);
    canvas.y -= size.size + 8;
    const numberStyle = { size: 8 };
    const third = CONTENT_WIDTH / 3;
    numbers.forEach((n, i) => canvas.text(n, MARGIN.left + third * i, canvas.y - 8, numberStyle));
    canvas.y -= 13;
  };
  const newPage = () => startPage(false);
  startPage(true);

  for (const row of headerRows(draft, namer, language)) {
    if (canvas.y - fieldRowHeight(canvas, row, LABEL, VALUE) < MARGIN.bottom) newPage();
    fieldRow(canvas, row, LABEL, VALUE);
  }

  const section = (text: string) => {
    if (canvas.y - 40 < MARGIN.bottom) newPage();
    canvas.y -= 12;
    canvas.text(text, MARGIN.left, canvas.y, SECTION);
    canvas.y -= 4;
  };

  const items = draft.items ?? [];
  section(`${L('items', language)} (${items.length})`);
  const itemColumns: Column[] = [
    { header: L('gNo', language), width: 4, align: 'center' },
    { header: L('codeTs', language), width: 9 },
    { header: L('name', language), width: 26 },
    { header: L('qty', language), width: 12, align: 'right' },
    { header: L('price', language), width: 11, align: 'right' },
    { header: L('origin', language), width: 9 },
    { header: L('destination', language), width: 9 },
    { header: directionLabel('districtCode', h.ieFlag, language), width: 10 },
    { header: L('duty', language), width: 7 },
  ];
  const itemTable = new FlowingTable(canvas, { columns: itemColumns, body: TABLE_BODY, head: TABLE_HEAD, newPage });
  itemTable.header();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item) itemTable.row(itemCells(item, namer, language));
    if (i % 25 === 24) {
      options.onProgress?.(i + 1, items.length);
      await canvas.checkpoint();
    }
  }

  const containers = draft.containers ?? [];
  if (containers.length > 0) {
    section(L('containers', language));
    const table = new FlowingTable(canvas, {
      columns: [
        { header: L('containerId', language), width: 3 },
        { header: L('containerMd', language), width: 3 },
        { header: L('containerWt', language), width: 2, align: 'right' },
        { header: L('lcl', language), width: 1.5, align: 'center' },
        { header: L('containerGoods', language), width: 4 },
      ],
      body: TABLE_BODY,
      head: TABLE_HEAD,
      newPage,
    });
    table.header();
    for (const c of containers) {
      table.row([c.containerId ?? '', coded(namer, 'container-type', c.containerMd, language), c.containerWt ?? '', c.lclFlag === '1' ? L('yes', language) : c.lclFlag === '0' ? L('no', language) : '', c.goodsNo ?? '']);
    }
  }

  const attached = draft.attachedDocuments ?? [];
  if (attached.length > 0) {
    section(L('attached', language));
    const table = new FlowingTable(canvas, {
      columns: [
        { header: L('edocCode', language), width: 3 },
        { header: L('edocId', language), width: 4 },
        { header: L('note', language), width: 4 },
      ],
      body: TABLE_BODY,
      head: TABLE_HEAD,
      newPage,
    });
    table.header();
    for (const a of attached) table.row([coded(namer, 'attached-document', a.edocCode, language), a.edocId ?? '', a.opNote ?? '']);
  }

  // The declarant's block: confirmations, who declared, and the box for the customs endorsement.
  const [special, influence, royalty] = promiseAnswers(h.promiseItmes, language);
  const closing = [
    [
      { label: L('specialRelation', language), value: special ?? '' },
      { label: L('priceInfluence', language), value: influence ?? '' },
      { label: L('royalty', language), value: royalty ?? '' },
      { label: L('selfTax', language), value: '' },
    ],
    [
      { label: L('declarePerson', language), value: [h.declareName, h.partenerId].filter(Boolean).join(' ') },
      { label: L('declarant', language), value: [h.agentName, h.agentCodeScc ?? h.agentCode].filter(Boolean).join(' '), span: 2 },
      { label: L('inputer', language), value: [h.inputerName, h.typistNo].filter(Boolean).join(' ') },
    ],
  ];
  canvas.y -= 8;
  for (const row of closing) {
    if (canvas.y - fieldRowHeight(canvas, row, LABEL, VALUE) < MARGIN.bottom) newPage();
    fieldRow(canvas, row, LABEL, VALUE);
  }
  const box = reserveSignatureBox(canvas, newPage);
  canvas.text(L('customsNote', language), MARGIN.left, box.rect[3] - 8, LABEL);
  options.onProgress?.(items.length, items.length);

  const identity: DocumentIdentity = { kind: 'declaration', reference: input.clientSeqNo, sha256: input.sha256 };
  if (h.entryId) identity.entryId = h.entryId;
  if (input.revision !== undefined) identity.revision = input.revision;
  const reference = [`ClientSeqNo ${input.clientSeqNo}`, h.entryId ? `${L('entryId', language)} ${h.entryId}` : ''].filter(Boolean).join(' · ');
  finishPages(canvas, identity, reference, language);
  canvas.doc.setTitle(`${title} ${h.entryId ?? input.clientSeqNo}`);
  canvas.doc.setCreator('Clearway');
  canvas.doc.setProducer('Clearway (pdf-lib)');
  rememberSignatureBox(canvas.doc, box);
  return canvas.doc;
}

export type { SignatureBox };
