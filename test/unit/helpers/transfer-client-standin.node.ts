/**
 * A stand-in for the Single Window transfer client (spec §7), run as its own Node process by the
 * folder-channel tests (bundled with esbuild: bundleTransferClientStandin below). Like the real
 * client it only ever touches finished `.zip`/`.xml` files in OutBox (never `.temp`/`.tmp`):
 * - a zip that opens, holds `<stem>.xml` parsing as a DecMessage with a ClientSeqNo, and holds
 *   every attachment its EdocRealation names, goes to SentBox with a Successed_ response in InBox;
 * - anything else goes to FailBox with a Failed_ response (or none, `failSilently`);
 * - then, one per tick, the DEC_RESULT receipts of `channels` for its new SeqNo, written as
 *   `.tmp` and renamed; channels in `slow` are written under their final name in pieces across
 *   several ticks, channels in `twice` are written a second time under another name, and with
 *   `gb2312` they are legacy DEC_DATA receipts encoded in GB2312.
 * Every action is one JSON line on stdout, so a test can check what the client saw.
 *
 * Usage: node standin.cjs '<json StandinOptions>'
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseDecMessage } from '../../../shared/messages/dec-message';
import { encodeGb2312 } from './gb2312';

export interface StandinOptions {
  impPath: string;
  /** Business folder name to create when none exists (DecCus001 or S3's Deccus001). */
  biz?: string;
  intervalMs?: number;
  channels?: string[];
  slow?: string[];
  twice?: string[];
  gb2312?: boolean;
  failSilently?: boolean;
}

export type StandinEvent =
  | { event: 'ready'; biz: string }
  | { event: 'error'; message: string }
  | { event: 'sent'; stem: string; clientSeqNo: string; seqNo: string; entries: string[] }
  | { event: 'failed'; stem: string; reason: string }
  | { event: 'receipt'; seqNo: string; channel: string; file: string; mode: 'atomic' | 'slow' | 'twice' };

interface PendingReceipt {
  seqNo: string;
  channel: string;
}

interface SlowWrite {
  path: string;
  bytes: Uint8Array;
  written: number;
}

const notes: Record<string, string> = {
  '7': '申报成功',
  L: '海关入库成功',
  J: '海关已接受申报',
  P: '报关单已放行',
  R: '报关单已结关',
};

function main(): void {
  const options = JSON.parse(process.argv[2] ?? '{}') as StandinOptions;
  const existing = existsSync(options.impPath) ? readdirSync(options.impPath).find((n) => n.toLowerCase() === 'deccus001') : undefined;
  const biz = join(options.impPath, existing ?? options.biz ?? 'DecCus001');
  const box = (name: string): string => join(biz, name);
  for (const name of ['OutBox', 'SentBox', 'FailBox', 'InBox']) mkdirSync(box(name), { recursive: true });
  const channels = options.channels ?? ['7', 'L', 'J', 'P', 'R'];
  const queue: PendingReceipt[] = [];
  const slowWrites: SlowWrite[] = [];
  let serial = 0;
  const stamp = (): string => `20261126${String(100000 + ++serial).slice(1)}${String(serial).padStart(3, '0')}`;
  const say = (event: StandinEvent): void => {
    process.stdout.write(`${JSON.stringify(event)}\n`);
  };

  function writeAtomically(name: string, bytes: Uint8Array): void {
    const path = join(box('InBox'), name);
    writeFileSync(`${path}.tmp`, bytes);
    renameSync(`${path}.tmp`, path);
  }

  function importResponse(clientSeqNo: string, seqNo: string, code: string, error: string): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><DecImportResponse xmlns="http://www.chinaport.gov.cn/dec">' +
      `<ResponseCode>${code}</ResponseCode><ErrorMessage>${error}</ErrorMessage><ClientSeqNo>${clientSeqNo}</ClientSeqNo>` +
      `<SeqNo>${seqNo}</SeqNo></DecImportResponse>`
    );
  }

  function pickUp(file: string): void {
    const stem = file.slice(0, -4);
    const from = join(box('OutBox'), file);
    let entries: Record<string, Uint8Array>;
    let clientSeqNo: string | undefined;
    try {
      entries = unzipSync(new Uint8Array(readFileSync(from)));
      const xml = entries[`${stem}.xml`];
      if (!xml) throw new Error(`no ${stem}.xml in the zip`);
      const message = parseDecMessage(new TextDecoder().decode(xml));
      clientSeqNo = message.sign.clientSeqNo;
      if (!clientSeqNo) throw new Error('no ClientSeqNo');
      for (const edoc of message.draft.attachedDocuments ?? []) {
        if (edoc.edocId && !entries[edoc.edocId]) throw new Error(`attachment ${edoc.edocId} missing`);
      }
    } catch (error) {
      renameSync(from, join(box('FailBox'), file));
      const reason = error instanceof Error ? error.message : String(error);
      if (!options.failSilently) {
        writeAtomically(`Failed_${stem}_${stamp()}.xml`, new TextEncoder().encode(importResponse(clientSeqNo ?? '', '', '-1', `导入失败: ${reason}`)));
      }
      say({ event: 'failed', stem, reason });
      return;
    }
    renameSync(from, join(box('SentBox'), file));
    const seqNo = `I2026${String(Date.now() % 1e9).padStart(9, '0')}${String(serial).padStart(4, '0')}`;
    writeAtomically(`Successed_${stem}_${stamp()}.xml`, new TextEncoder().encode(importResponse(clientSeqNo, seqNo, '0', '')));
    say({ event: 'sent', stem, clientSeqNo, seqNo, entries: Object.keys(entries).sort() });
    for (const channel of channels) queue.push({ seqNo, channel });
  }

  function receiptBytes(seqNo: string, channel: string, index: number): Uint8Array {
    const date = `2026-11-26T10:${String(index).padStart(2, '0')}:00`;
    if (options.gb2312) {
      const compact = `20261126T10${String(index).padStart(2, '0')}0000`;
      return encodeGb2312(
        `<?xml version="1.0" encoding="GB2312"?><DEC_DATA><DEC_RESULT><SEQ_NO>${seqNo}</SEQ_NO><ENTRY_ID>223320261000000762</ENTRY_ID>` +
          `<NOTICE_DATE>${compact}</NOTICE_DATE><CHANNEL>${channel}</CHANNEL><NOTE>${notes[channel] ?? ''}</NOTE><DECL_PORT>2233</DECL_PORT></DEC_RESULT></DEC_DATA>`,
      );
    }
    return new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8"?><DEC_RESULT><CUS_CIQ_NO>${seqNo}</CUS_CIQ_NO><ENTRY_ID>${channel === '7' || channel === 'L' ? '' : '223320261000000762'}</ENTRY_ID>` +
        `<NOTICE_DATE>${date}</NOTICE_DATE><CHANNEL>${channel}</CHANNEL><NOTE>${notes[channel] ?? ''}</NOTE><CUSTOM_MASTER>2233</CUSTOM_MASTER><I_E_DATE/><D_DATE/></DEC_RESULT>`,
    );
  }

  function writeReceipt(next: PendingReceipt): void {
    const index = channels.indexOf(next.channel);
    const bytes = receiptBytes(next.seqNo, next.channel, index);
    const name = `Receipt_${next.seqNo}_${next.channel}_${stamp()}.xml`;
    if (options.slow?.includes(next.channel)) {
      // Under its final name from the first byte, growing over the next ticks.
      const path = join(box('InBox'), name);
      const first = Math.floor(bytes.length / 3);
      writeFileSync(path, bytes.subarray(0, first));
      slowWrites.push({ path, bytes, written: first });
      say({ event: 'receipt', seqNo: next.seqNo, channel: next.channel, file: name, mode: 'slow' });
      return;
    }
    writeAtomically(name, bytes);
    say({ event: 'receipt', seqNo: next.seqNo, channel: next.channel, file: name, mode: 'atomic' });
    if (options.twice?.includes(next.channel)) {
      const again = `Receipt_${next.seqNo}_${next.channel}_${stamp()}.xml`;
      writeAtomically(again, bytes);
      say({ event: 'receipt', seqNo: next.seqNo, channel: next.channel, file: again, mode: 'twice' });
    }
  }

  function continueSlowWrites(): void {
    for (const slow of slowWrites.splice(0)) {
      const piece = Math.ceil(slow.bytes.length / 3);
      const end = Math.min(slow.bytes.length, slow.written + piece);
      const fd = openSync(slow.path, 'a');
      writeSync(fd, slow.bytes, slow.written, end - slow.written);
      closeSync(fd);
      slow.written = end;
      if (end < slow.bytes.length) slowWrites.push(slow);
    }
  }

  function tick(): void {
    try {
      continueSlowWrites();
      const next = queue[0];
      if (next) {
        writeReceipt(next);
        queue.shift();
      }
      for (const file of readdirSync(box('OutBox')).sort()) {
        if (file.toLowerCase().endsWith('.zip')) pickUp(file);
      }
    } catch (error) {
      // ImpPath unplugged (a network share gone): like the real client, wait and try again.
      say({ event: 'error', message: error instanceof Error ? error.message : String(error) });
    }
    setTimeout(tick, options.intervalMs ?? 20);
  }

  say({ event: 'ready', biz });
  tick();
}

main();
