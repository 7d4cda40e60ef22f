import { describe, expect, it } from 'vitest';
import { decodeReceiptBytes, parseReceipt, type Receipt } from '../../shared/messages/receipts';
import { channelMeaning, deriveStatus } from '../../shared/messages/receipt-status';

// The spec's DEC_RESULT sample (§6.2), verbatim.
const decResult7 =
  '<DEC_RESULT><CUS_CIQ_NO>I20180000147015879</CUS_CIQ_NO><ENTRY_ID/><NOTICE_DATE>2018-12-12T14:40:43</NOTICE_DATE>' +
  '<CHANNEL>7</CHANNEL><NOTE>…直接申报成功</NOTE><CUSTOM_MASTER/><I_E_DATE/><D_DATE/></DEC_RESULT>';

const result = (channel: string, date: string, entryId = '') =>
  parseReceipt(
    `<?xml version="1.0" encoding="UTF-8"?><DEC_RESULT><CUS_CIQ_NO>I20180000147015879</CUS_CIQ_NO><ENTRY_ID>${entryId}</ENTRY_ID>` +
      `<NOTICE_DATE>${date}</NOTICE_DATE><CHANNEL>${channel}</CHANNEL><NOTE>n</NOTE></DEC_RESULT>`,
  );

describe('receipt parsing', () => {
  it('reads the spec DEC_RESULT sample and keeps the raw XML', () => {
    const r = parseReceipt(decResult7);
    expect(r).toMatchObject({ kind: 'dec-result', seqNo: 'I20180000147015879', channel: '7', noticeDate: '2018-12-12T14:40:43', note: '…直接申报成功' });
    expect(r.entryId).toBeUndefined();
    expect(r.raw).toBe(decResult7);
  });

  it('reads a DecImportResponse with its namespace and keeps codes as strings', () => {
    const r = parseReceipt(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><DecImportResponse xmlns="http://www.chinaport.gov.cn/dec">' +
        '<ResponseCode>0</ResponseCode><ErrorMessage></ErrorMessage><ClientSeqNo>CWABCD261126000001</ClientSeqNo><SeqNo>I20260000971587171</SeqNo></DecImportResponse>',
    );
    expect(r).toMatchObject({ kind: 'import-response', responseCode: '0', clientSeqNo: 'CWABCD261126000001', seqNo: 'I20260000971587171' });
  });

  it('decodes a legacy GB2312 DEC_DATA receipt with its compact date', () => {
    const xml = '<?xml version="1.0" encoding="GB2312"?><DEC_DATA><DEC_RESULT><SEQ_NO>000000001</SEQ_NO><ENTRY_ID>223320180000001234</ENTRY_ID>' +
      '<NOTICE_DATE>20180208T15032200</NOTICE_DATE><CHANNEL>P</CHANNEL><NOTE>报关单已放行</NOTE><DECL_PORT>2233</DECL_PORT></DEC_RESULT></DEC_DATA>';
    const bytes = new Uint8Array(Buffer.from(new TextEncoderGb().encode(xml)));
    const r = parseReceipt(decodeReceiptBytes(bytes));
    expect(r).toMatchObject({ kind: 'dec-data', entryId: '223320180000001234', channel: 'P', noticeDate: '2018-02-08T15:03:22', note: '报关单已放行', customMaster: '2233' });
  });

  it('says clearly when a file is not a receipt', () => {
    expect(() => parseReceipt('<Invoice/>')).toThrow(/Unrecognised receipt/);
    expect(() => parseReceipt('not xml <')).toThrow();
  });
});

describe('status from all receipts', () => {
  it('follows the real lifecycle 7 -> L -> J -> R and P, whatever the arrival order', () => {
    const lifecycle: Receipt[] = [
      result('7', '2024-03-01T09:00:00'),
      result('L', '2024-03-01T09:05:00'),
      result('J', '2024-03-01T10:00:00', '223320241000000762'),
      result('P', '2024-03-02T08:00:00', '223320241000000762'),
      result('R', '2024-03-02T08:00:00', '223320241000000762'),
    ];
    const shuffled = [lifecycle[4], lifecycle[0], lifecycle[3], lifecycle[1], lifecycle[2]] as Receipt[];
    for (const order of [lifecycle, shuffled, [...lifecycle].reverse()]) {
      expect(deriveStatus(order)).toMatchObject({ phase: 'closed', entryId: '223320241000000762', seqNo: 'I20180000147015879' });
    }
    expect(deriveStatus([lifecycle[3], lifecycle[0]] as Receipt[]).phase).toBe('released');
  });

  it('keeps unknown channel codes without failing, and ranks them lowest', () => {
    const unknown = result('Q9', '2024-03-01T11:00:00');
    expect(unknown.channel).toBe('Q9');
    expect(channelMeaning('Q9')).toMatchObject({ phase: 'unknown', zh: '未知回执代码 Q9' });
    expect(deriveStatus([unknown, result('L', '2024-03-01T09:00:00')]).phase).toBe('lodged');
    expect(deriveStatus([unknown]).phase).toBe('unknown');
  });

  it('shows a rejection after lodging, and no status without receipts', () => {
    expect(deriveStatus([result('L', '2024-03-01T09:00:00'), result('E', '2024-03-01T09:30:00')]).phase).toBe('rejected');
    expect(deriveStatus([]).phase).toBe('none');
  });
});

/** Test-only GB2312 encoder for the characters used above (TextEncoder only does UTF-8). */
class TextEncoderGb {
  encode(text: string): Uint8Array {
    const bytes: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) bytes.push(code);
      else bytes.push(...gbBytes(ch));
    }
    return new Uint8Array(bytes);
  }
}

// Found by decoding every two-byte GBK pair once; small enough for a test.
const gbTable = (() => {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gbk');
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  }
  return table;
})();

function gbBytes(ch: string): [number, number] {
  const pair = gbTable.get(ch);
  if (!pair) throw new Error(`no GB2312 code for ${ch}`);
  return pair;
}
