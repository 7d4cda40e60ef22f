import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { DeclarationDraftSchema, type DeclarationDraft, type DeclarationHead, type DeclarationItem } from '../model/declaration';
import {
  containerTags,
  copPromiseTags,
  ecoRelationTags,
  edocTags,
  freeTextTags,
  goodsLimitTags,
  headTags,
  headTailTags,
  itemTags,
  listBlocks,
  markImageTags,
  tpAccessTags,
  type TagMap,
} from './dec-message-tags';

/**
 * DecMessage XML (spec §0, §1, §2, §4): the single window's offline import format.
 * `buildDecMessage` writes a draft out exactly in the spec's element order and spellings;
 * `parseDecMessage` reads one back into a draft, so model -> XML -> model is lossless for every
 * value the message can carry (empty strings and local-only fields aside: see normalizeDraft).
 */
export const DEC_NAMESPACE = 'http://www.chinaport.gov.cn/dec';
export const DEFAULT_MESSAGE_VERSION = '4.8';

/** DecSign: who sends, and the idempotency key. OperType G = stage (暂存), C = declare (申报). */
export interface DecSign {
  operType: 'A' | 'B' | 'C' | 'D' | 'E' | 'G';
  clientSeqNo: string;
  icCode?: string;
  copCode?: string;
  operName?: string;
  sign?: string;
  signDate?: string;
  certificate?: string;
  /** Deprecated by the single window; written empty. */
  hostId?: string;
  domainId?: string;
  billSeqNo?: string;
  note?: string;
}

const signTags: TagMap<DecSign> = [
  ['OperType', 'operType'],
  ['ICCode', 'icCode'],
  ['CopCode', 'copCode'],
  ['OperName', 'operName'],
  ['ClientSeqNo', 'clientSeqNo'],
  ['Sign', 'sign'],
  ['SignDate', 'signDate'],
  ['Certificate', 'certificate'],
  ['HostId', 'hostId'],
  ['DomainId', 'domainId'],
  ['BillSeqNo', 'billSeqNo'],
  ['Note', 'note'],
];

type Node = Record<string, unknown>;

function fields<T>(source: T | undefined, tags: TagMap<T>): Node {
  const node: Node = {};
  for (const [tag, key] of tags) {
    const value = key === null ? undefined : source?.[key];
    node[tag] = value === undefined || value === null ? '' : String(value);
  }
  return node;
}

function overseasTags(head: DeclarationHead): Node {
  const isExport = head.ieFlag === 'E';
  const v = (value: string | undefined) => value ?? '';
  return {
    OverseasConsignorCode: isExport ? '' : v(head.overseasCode),
    OverseasConsignorCname: isExport ? '' : v(head.overseasNameZh),
    OverseasConsignorEname: isExport ? '' : v(head.overseasNameEn),
    OverseasConsignorAddr: isExport ? '' : v(head.overseasAddr),
    OverseasConsigneeCode: isExport ? v(head.overseasCode) : '',
    OverseasConsigneeEname: isExport ? v(head.overseasNameEn) : '',
  };
}

function itemNode(item: DeclarationItem, isExport: boolean): Node {
  const node: Node = { GNo: String(item.gNo), ClassMark: '', ...fields(item, itemTags) };
  // Export quirk: OriginCountry carries the destination, DestinationCountry the origin.
  if (isExport) {
    node.OriginCountry = item.destinationCountry ?? '';
    node.DestinationCountry = item.originCountry ?? '';
  }
  // "Omit the tag when there is no second unit" (spec §2).
  if (!item.secondUnit && !item.secondQty) {
    delete node.SecondQty;
    delete node.SecondUnit;
  }
  if (item.goodsLimits?.length) {
    node.DecGoodsLimits = { DecGoodsLimit: item.goodsLimits.map((l) => fields(l, goodsLimitTags)) };
  }
  return node;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  processEntities: true,
});

export function buildDecMessage(draft: DeclarationDraft, sign: DecSign, version = DEFAULT_MESSAGE_VERSION): string {
  const head = draft.head;
  const isExport = head.ieFlag === 'E';
  const headNode: Node = { ...fields(head, headTags), ...overseasTags(head), ...fields(head, headTailTags) };
  headNode.Type = head.type ?? '  '; // two spaces for an ordinary declaration

  const message: Node = {
    '@_xmlns': DEC_NAMESPACE,
    '@_Version': version,
    DecHead: headNode,
    DecLists: { DecList: (draft.items ?? []).map((item) => itemNode(item, isExport)) },
    DecContainers: { Container: (draft.containers ?? []).map((c) => fields(c, containerTags)) },
  };
  for (const [wrapper, element, key, tags] of listBlocks) {
    const rows = (draft[key] ?? []) as readonly unknown[];
    message[wrapper] = { [element]: rows.map((row) => fields(row as never, tags as TagMap<never>)) };
  }
  message.DecFreeTxt = fields(draft.freeText, freeTextTags);
  message.DecSign = fields({ ...sign, hostId: '' }, signTags);
  message.DecCopPromises = { DecCopPromise: (draft.copPromises ?? []).map((p) => fields(p, copPromiseTags)) };
  if (draft.tpAccess) message.DecTpAccess = fields(draft.tpAccess, tpAccessTags);
  if (draft.attachedDocuments?.length) message.EdocRealation = draft.attachedDocuments.map((d) => fields(d, edocTags));
  if (draft.ecoRelations?.length) message.EcoRelation = draft.ecoRelations.map((e) => fields(e, ecoRelationTags));
  if (draft.markImage) message.DecMarkLob = fields(draft.markImage, markImageTags);

  const xml = builder.build({ DecMessage: message }) as string;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`;
}

const repeated = new Set([
  'DecList',
  'Container',
  'LicenseDocu',
  'DecRequestCert',
  'DecOtherPack',
  'DecCopLimit',
  'DecUser',
  'DecCopPromise',
  'EdocRealation',
  'EcoRelation',
  'DecGoodsLimit',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => repeated.has(name),
});

export class DecMessageError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'DecMessageError';
  }
}

function text(node: Node | undefined, tag: string): string | undefined {
  const value = node?.[tag];
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

function read<T>(node: Node | undefined, tags: TagMap<T>): Partial<T> {
  const out: Record<string, string> = {};
  for (const [tag, key] of tags) {
    const value = text(node, tag);
    if (key !== null && value !== undefined) out[key] = value;
  }
  return out as Partial<T>;
}

function list(node: unknown, element: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  const rows = (node as Node)[element];
  return Array.isArray(rows) ? (rows as Node[]) : [];
}

function nonEmpty<T extends object>(value: T): T | undefined {
  return Object.keys(value).length > 0 ? value : undefined;
}

export interface ParsedDecMessage {
  draft: DeclarationDraft;
  sign: Partial<DecSign>;
  version?: string;
}

export function parseDecMessage(xml: string): ParsedDecMessage {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new DecMessageError(`不是有效的 XML：${String(error)}`, `Not valid XML: ${String(error)}`);
  }
  const message = doc.DecMessage as Node | undefined;
  if (!message || typeof message !== 'object') {
    throw new DecMessageError('文件不是报关单报文（缺少 DecMessage 根元素）。', 'The file is not a declaration message (no DecMessage root element).');
  }
  const headNode = message.DecHead as Node | undefined;
  const head: Partial<DeclarationHead> = { ...read(headNode, headTags), ...read(headNode, headTailTags) };
  const isExport = head.ieFlag === 'E';
  const overseas = isExport
    ? { overseasCode: text(headNode, 'OverseasConsigneeCode'), overseasNameEn: text(headNode, 'OverseasConsigneeEname') }
    : {
        overseasCode: text(headNode, 'OverseasConsignorCode'),
        overseasNameZh: text(headNode, 'OverseasConsignorCname'),
        overseasNameEn: text(headNode, 'OverseasConsignorEname'),
        overseasAddr: text(headNode, 'OverseasConsignorAddr'),
      };
  for (const [key, value] of Object.entries(overseas)) if (value !== undefined) (head as Record<string, string>)[key] = value;

  const items = list(message.DecLists, 'DecList').map((node, index) => {
    const item: DeclarationItem = { gNo: Number(text(node, 'GNo') ?? index + 1), ...read(node, itemTags) };
    if (isExport) {
      const [origin, destination] = [text(node, 'DestinationCountry'), text(node, 'OriginCountry')];
      delete item.originCountry;
      delete item.destinationCountry;
      if (origin !== undefined) item.originCountry = origin;
      if (destination !== undefined) item.destinationCountry = destination;
    }
    const limits = list(node.DecGoodsLimits, 'DecGoodsLimit').map((l) => read(l, goodsLimitTags));
    if (limits.length) item.goodsLimits = limits;
    return item;
  });

  const draft: Record<string, unknown> = { head };
  if (items.length) draft.items = items;
  const containers = list(message.DecContainers, 'Container').map((c) => read(c, containerTags));
  if (containers.length) draft.containers = containers;
  for (const [wrapper, element, key, tags] of listBlocks) {
    const rows = list(message[wrapper], element).map((row) => read(row, tags as TagMap<Record<string, string>>));
    if (rows.length) draft[key] = rows;
  }
  const freeText = nonEmpty(read(message.DecFreeTxt as Node | undefined, freeTextTags));
  if (freeText) draft.freeText = freeText;
  const promises = list(message.DecCopPromises, 'DecCopPromise').map((p) => read(p, copPromiseTags));
  if (promises.length) draft.copPromises = promises;
  if (message.DecTpAccess) draft.tpAccess = read(message.DecTpAccess as Node, tpAccessTags);
  const edocs = (Array.isArray(message.EdocRealation) ? (message.EdocRealation as Node[]) : []).map((e) => read(e, edocTags));
  if (edocs.length) draft.attachedDocuments = edocs;
  const eco = (Array.isArray(message.EcoRelation) ? (message.EcoRelation as Node[]) : []).map((e) => read(e, ecoRelationTags));
  if (eco.length) draft.ecoRelations = eco;
  if (message.DecMarkLob) draft.markImage = read(message.DecMarkLob as Node, markImageTags);

  const parsed = DeclarationDraftSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new DecMessageError(`报文中的字段 ${where} 无效：${issue?.message ?? ''}`, `Field ${where} in the message is invalid: ${issue?.message ?? ''}`);
  }
  const signNode = message.DecSign as Node | undefined;
  const sign = read(signNode, signTags);
  const version = typeof message['@_Version'] === 'string' ? message['@_Version'] : undefined;
  return version ? { draft: parsed.data, sign, version } : { draft: parsed.data, sign };
}

/**
 * What a message can carry of a draft: empty strings dropped (they mean "not filled"),
 * local-only links removed, export-only limits of the overseas party applied. Round-trip tests
 * compare parseDecMessage(buildDecMessage(d)) with normalizeDraft(d).
 */
export function normalizeDraft(draft: DeclarationDraft): DeclarationDraft {
  // Empty strings and empty lists mean "not filled"; the message cannot tell them from absent.
  const clean = JSON.parse(
    JSON.stringify(draft, (_key, value: unknown) => (value === '' || (Array.isArray(value) && value.length === 0) ? undefined : value)),
  ) as DeclarationDraft;
  delete clean.packingListIds;
  for (const d of clean.attachedDocuments ?? []) delete d.sourceDocumentId;
  if (clean.head.ieFlag === 'E') {
    delete clean.head.overseasNameZh;
    delete clean.head.overseasAddr;
  }
  if (clean.freeText && Object.keys(clean.freeText).length === 0) delete clean.freeText;
  return clean;
}
