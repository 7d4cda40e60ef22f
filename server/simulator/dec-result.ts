/**
 * The business receipt DEC_RESULT (customs-declaration.md §6.2) and the import response
 * DecImportResponse (§6.1), written as customs writes them. Customs time is China Standard Time
 * without a zone; dates on J are YYYYMMDD like the declaration's own IEDate/DDate.
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

const tag = (name: string, value: string | null | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : `<${name}/>`);

/** Epoch ms -> `2026-11-26T17:40:43` in China Standard Time (UTC+8, no daylight saving). */
export function chinaTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
}

export function chinaDate(ms: number): string {
  return chinaTime(ms).slice(0, 10).replace(/-/g, '');
}

export interface DecResultFields {
  seqNo: string;
  entryId: string | null;
  noticeMs: number;
  channel: string;
  note: string;
  customMaster: string | null;
  iEDate: string | null;
  dDate: string | null;
}

export function decResultXml(f: DecResultFields): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<DEC_RESULT>' +
    tag('CUS_CIQ_NO', f.seqNo) +
    tag('ENTRY_ID', f.entryId) +
    tag('NOTICE_DATE', chinaTime(f.noticeMs)) +
    tag('CHANNEL', f.channel) +
    tag('NOTE', f.note) +
    tag('CUSTOM_MASTER', f.customMaster) +
    tag('I_E_DATE', f.iEDate) +
    tag('D_DATE', f.dDate) +
    '</DEC_RESULT>'
  );
}

export function importResponseXml(f: { responseCode: string; errorMessage: string | null; clientSeqNo: string; seqNo: string | null }): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<DecImportResponse xmlns="http://www.chinaport.gov.cn/dec">' +
    tag('ResponseCode', f.responseCode) +
    tag('ErrorMessage', f.errorMessage) +
    tag('ClientSeqNo', f.clientSeqNo) +
    tag('SeqNo', f.seqNo) +
    '<TrnPreId/></DecImportResponse>'
  );
}
