import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decodeReceiptBytes, parseReceipt, type Receipt } from '../../../../shared/messages/receipts';
import { importResponseStem, keyOfZipStem } from './layout.node';
import type { NewInboxRow } from './inbox-store.node';

export type ReadReceiptFile = { ok: true; row: NewInboxRow; receipt: Receipt } | { ok: false; reason: string };

/**
 * Reads one finished InBox file: bytes -> SHA-256 (the dedupe key), text (GB2312/GBK/GB18030
 * when the XML declaration says so, else UTF-8), then the receipt parser, which also rejects a
 * truncated file (the XML does not close). Import responses are tied to the zip their file name
 * names, as long as the ClientSeqNo inside agrees.
 */
export function readReceiptFile(path: string, fileName: string): ReadReceiptFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
  const xml = decodeReceiptBytes(new Uint8Array(bytes));
  let receipt: Receipt;
  try {
    receipt = parseReceipt(xml);
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, receipt, row: rowFor(fileName, sha256, receipt) };
}

export function rowFor(fileName: string, sha256: string, receipt: Receipt): NewInboxRow {
  let zipStem: string | null = null;
  if (receipt.kind === 'import-response') {
    const named = importResponseStem(fileName);
    const key = named ? keyOfZipStem(named.stem) : null;
    if (named && key && (receipt.clientSeqNo === undefined || receipt.clientSeqNo === key.clientSeqNo)) zipStem = named.stem;
  }
  // The same business receipt re-sent with other bytes (spec §7: SeqNo, CHANNEL, NOTICE_DATE).
  const receiptKey =
    receipt.kind !== 'import-response' && receipt.seqNo && receipt.channel && receipt.noticeDate
      ? `${receipt.seqNo}|${receipt.channel}|${receipt.noticeDate}`
      : null;
  return {
    sha256,
    receiptKey,
    fileName,
    kind: receipt.kind,
    zipStem,
    clientSeqNo: receipt.clientSeqNo ?? null,
    seqNo: receipt.seqNo ?? null,
    responseCode: receipt.responseCode ?? null,
    xml: receipt.raw,
  };
}
