import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';

/**
 * Customs receipts (回执), spec §6: the import response (DecImportResponse), the business
 * receipt (DEC_RESULT) and the legacy H2000/QP receipt (DEC_DATA, GB2312). Every receipt is
 * kept verbatim; the document's status is derived from all of them by rank (they arrive out
 * of order), never from the last one received. Unknown CHANNEL codes are kept as raw values.
 */
export const ReceiptKind = z.enum(['import-response', 'dec-result', 'dec-data']);
export type ReceiptKind = z.infer<typeof ReceiptKind>;

export const ReceiptSchema = z.object({
  kind: ReceiptKind,
  clientSeqNo: z.string().optional(),
  seqNo: z.string().optional(),
  entryId: z.string().optional(),
  channel: z.string().optional(),
  /** ISO-8601 local time as customs wrote it (no zone: customs time is China Standard Time). */
  noticeDate: z.string().optional(),
  note: z.string().optional(),
  responseCode: z.string().optional(),
  errorMessage: z.string().optional(),
  iEDate: z.string().optional(),
  dDate: z.string().optional(),
  customMaster: z.string().optional(),
  raw: z.string(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export class ReceiptParseError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'ReceiptParseError';
  }
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false, // codes like 0110 or 0 must stay strings
  trimValues: true,
});

type XmlNode = Record<string, unknown>;

function field(node: XmlNode, tag: string): string | undefined {
  const value = node[tag];
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'object' ? '' : String(value).trim();
  return text === '' ? undefined : text;
}

/** 2018-12-12T14:40:43, 20180208T15032200 (legacy, centiseconds) or 2018-12-12 14:40:43 -> ISO local. */
export function normalizeNoticeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6]}`;
  const legacy = /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})/.exec(value);
  if (legacy) return `${legacy[1]}-${legacy[2]}-${legacy[3]}T${legacy[4]}:${legacy[5]}:${legacy[6]}`;
  return value;
}

/** Decodes a receipt file's bytes: UTF-8 unless the XML declaration names GB2312/GBK/GB18030. */
export function decodeReceiptBytes(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const encoding = /encoding=["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
  const label = encoding && /^(gb2312|gbk|gb18030)$/.test(encoding) ? 'gb18030' : 'utf-8';
  return new TextDecoder(label).decode(bytes);
}

export function parseReceipt(xml: string): Receipt {
  let doc: XmlNode;
  try {
    doc = parser.parse(xml, true) as XmlNode;
  } catch (error) {
    throw new ReceiptParseError(`回执不是有效的 XML：${String(error)}`, `The receipt is not valid XML: ${String(error)}`);
  }
  const importResponse = doc.DecImportResponse as XmlNode | undefined;
  if (importResponse) {
    return ReceiptSchema.parse({
      kind: 'import-response',
      responseCode: field(importResponse, 'ResponseCode'),
      errorMessage: field(importResponse, 'ErrorMessage'),
      clientSeqNo: field(importResponse, 'ClientSeqNo'),
      seqNo: field(importResponse, 'SeqNo'),
      raw: xml,
    });
  }
  const legacy = (doc.DEC_DATA as XmlNode | undefined)?.DEC_RESULT as XmlNode | undefined;
  const result = (doc.DEC_RESULT as XmlNode | undefined) ?? legacy;
  if (result) {
    return ReceiptSchema.parse({
      kind: legacy ? 'dec-data' : 'dec-result',
      seqNo: field(result, 'CUS_CIQ_NO') ?? field(result, 'SEQ_NO'),
      entryId: field(result, 'ENTRY_ID'),
      channel: field(result, 'CHANNEL'),
      noticeDate: normalizeNoticeDate(field(result, 'NOTICE_DATE')),
      note: field(result, 'NOTE') ?? field(result, 'RESULT_INFO'),
      customMaster: field(result, 'CUSTOM_MASTER') ?? field(result, 'DECL_PORT'),
      iEDate: field(result, 'I_E_DATE'),
      dDate: field(result, 'D_DATE'),
      raw: xml,
    });
  }
  throw new ReceiptParseError(
    '无法识别的回执：既不是 DecImportResponse，也不是 DEC_RESULT 或 DEC_DATA。',
    'Unrecognised receipt: neither DecImportResponse nor DEC_RESULT nor DEC_DATA.',
  );
}
