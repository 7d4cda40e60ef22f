/** Receipts as customs writes them (spec §6.1, §6.2): the raw XML, not our parsed shape. */
export function decResult(r: { seqNo: string; channel: string; noticeDate: string; note?: string; entryId?: string }): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<DEC_RESULT><CUS_CIQ_NO>${r.seqNo}</CUS_CIQ_NO><ENTRY_ID>${r.entryId ?? ''}</ENTRY_ID>` +
    `<NOTICE_DATE>${r.noticeDate}</NOTICE_DATE><CHANNEL>${r.channel}</CHANNEL><NOTE>${r.note ?? ''}</NOTE>` +
    `<CUSTOM_MASTER>2248</CUSTOM_MASTER><I_E_DATE/><D_DATE/></DEC_RESULT>`
  );
}

export function importResponse(r: { clientSeqNo: string; seqNo: string; code?: string; error?: string }): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<DecImportResponse xmlns="http://www.chinaport.gov.cn/dec"><ResponseCode>${r.code ?? '0'}</ResponseCode>` +
    `<ErrorMessage>${r.error ?? ''}</ErrorMessage><ClientSeqNo>${r.clientSeqNo}</ClientSeqNo><SeqNo>${r.seqNo}</SeqNo></DecImportResponse>`
  );
}
