import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDecMessage } from '../../shared/messages/dec-message';
import { parseReceipt } from '../../shared/messages/receipts';
import { openDatabase } from '../../electron/backend/store/open-database.node';
import { createTransferFolderChannel } from '../../electron/backend/sync/transfer-folder-channel.node';
import { InboxScanner } from '../../electron/backend/sync/transfer-folder/inbox-scanner.node';
import { buildSubmissionZip } from '../../electron/backend/sync/transfer-folder/zip-writer.node';
import { folderSubmission } from './helpers/folder-submissions';
import { useTempProfiles } from './helpers/temp-profile';

const tempDir = useTempProfiles();

function setup(options: { createImpPath?: boolean } = {}) {
  const root = tempDir();
  const impPath = join(root, 'ImpPath');
  if (options.createImpPath !== false) mkdirSync(impPath);
  const database = openDatabase({ profileDir: join(root, 'profile') });
  const channel = createTransferFolderChannel({ impPath, database, scanIntervalMs: 5 });
  const box = (name: string) => join(impPath, 'DecCus001', name);
  return { root, impPath, database, channel, box };
}

describe('the zip handed to the transfer client', () => {
  it('holds the DecMessage under the zip name and each PDF under its EdocID', async () => {
    const { submission, pdfs } = await folderSubmission('CWZIP0000001', 3);
    const entries = unzipSync(buildSubmissionZip('E_CWZIP0000001_3', submission));
    expect(Object.keys(entries).sort()).toEqual(['E_CWZIP0000001_3.xml', ...pdfs.keys()].sort());
    const message = parseDecMessage(new TextDecoder().decode(entries['E_CWZIP0000001_3.xml']));
    expect(message.sign.clientSeqNo).toBe('CWZIP0000001');
    expect(message.draft.attachedDocuments?.map((d) => d.edocId)).toEqual([...pdfs.keys()]);
    for (const [edocId, bytes] of pdfs) {
      expect(Buffer.from(entries[edocId] ?? []).equals(Buffer.from(bytes))).toBe(true);
      expect(new TextDecoder().decode(entries[edocId]?.subarray(0, 5))).toBe('%PDF-');
    }
  });

  it('refuses an EdocID that is not a plain file name, naming the attachment', async () => {
    const { submission } = await folderSubmission('CWZIP0000002');
    const first = submission.attachments[0];
    if (!first) throw new Error('fixture has attachments');
    first.edocId = '../evil.pdf';
    expect(() => buildSubmissionZip('E_CWZIP0000002_1', submission)).toThrow(/evil\.pdf/);
  });
});

describe('submit', () => {
  it('writes E_<ClientSeqNo>_<revision>.zip into OutBox with no temp file left, and answers pending', async () => {
    const { channel, box } = setup();
    const { submission } = await folderSubmission('CWSUB0000001', 2);
    await expect(channel.submit(submission)).resolves.toEqual({ kind: 'pending' });
    expect(readdirSync(box('OutBox'))).toEqual(['E_CWSUB0000001_2.zip']);
    const entries = unzipSync(new Uint8Array(readFileSync(join(box('OutBox'), 'E_CWSUB0000001_2.zip'))));
    expect(Object.keys(entries)).toContain('E_CWSUB0000001_2.xml');
  });

  it('never writes a second zip for a key, whether it is in OutBox or already in SentBox', async () => {
    const { channel, box } = setup();
    const { submission } = await folderSubmission('CWSUB0000002');
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map(() => channel.submit(submission)));
    expect(outcomes.every((o) => o.kind === 'pending')).toBe(true);
    expect(readdirSync(box('OutBox'))).toEqual(['E_CWSUB0000002_1.zip']);
    // The client took it (as the real one does: a rename into SentBox).
    renameSync(join(box('OutBox'), 'E_CWSUB0000002_1.zip'), join(box('SentBox'), 'E_CWSUB0000002_1.zip'));
    await expect(channel.submit(submission)).resolves.toEqual({ kind: 'pending' });
    expect(readdirSync(box('OutBox'))).toEqual([]);
    // A new revision of the same declaration is a new zip.
    const { submission: revised } = await folderSubmission('CWSUB0000002', 2);
    await channel.submit(revised);
    expect(readdirSync(box('OutBox'))).toEqual(['E_CWSUB0000002_2.zip']);
  });

  it('replaces a stale .temp left by a crash and still writes exactly one zip', async () => {
    const { channel, box } = setup();
    await channel.probe();
    writeFileSync(join(box('OutBox'), 'E_CWSUB0000003_1.zip.temp'), 'half a zip');
    const { submission } = await folderSubmission('CWSUB0000003');
    await channel.submit(submission);
    expect(readdirSync(box('OutBox'))).toEqual(['E_CWSUB0000003_1.zip']);
  });

  it('fails retryably, naming ImpPath, when the folder is gone', async () => {
    const { channel, impPath } = setup({ createImpPath: false });
    const { submission } = await folderSubmission('CWSUB0000004');
    const outcome = await channel.submit(submission);
    expect(outcome).toMatchObject({ kind: 'failed', retryable: true, problem: { code: 'NOT_FOUND', field: 'impPath' } });
    expect(outcome.kind === 'failed' && outcome.problem.messageEn).toContain(impPath);
  });
});

describe('probe', () => {
  it('reports a missing ImpPath in Chinese and English, naming the folder', async () => {
    const { channel, impPath } = setup({ createImpPath: false });
    const probe = await channel.probe();
    expect(probe.reachable).toBe(false);
    if (probe.reachable) return;
    expect(probe.problem.code).toBe('NOT_FOUND');
    expect(probe.problem.messageZh).toContain(impPath);
    expect(probe.problem.messageZh).toMatch(/导入目录/);
    expect(probe.problem.messageEn).toContain(impPath);
    expect(existsSync(impPath)).toBe(false); // it never invents ImpPath itself
  });

  it('creates DecCus001 with its four boxes when ImpPath exists', async () => {
    const { channel, impPath } = setup();
    await expect(channel.probe()).resolves.toEqual({ reachable: true });
    expect(readdirSync(join(impPath, 'DecCus001')).sort()).toEqual(['FailBox', 'InBox', 'OutBox', 'SentBox']);
  });

  it("uses S3's Deccus001 spelling when that folder is already there", async () => {
    const { channel, impPath } = setup();
    mkdirSync(join(impPath, 'Deccus001', 'OutBox'), { recursive: true });
    await expect(channel.probe()).resolves.toEqual({ reachable: true });
    expect(readdirSync(impPath)).toEqual(['Deccus001']);
    const { submission } = await folderSubmission('CWCASE000001');
    await channel.submit(submission);
    expect(readdirSync(join(impPath, 'Deccus001', 'OutBox'))).toEqual(['E_CWCASE000001_1.zip']);
  });
});

describe('status', () => {
  it('is unreachable without ImpPath, null for a key that was never written', async () => {
    const { channel, impPath } = setup();
    await expect(channel.status('CWSTAT000001:1')).resolves.toBeNull();
    rmSync(impPath, { recursive: true });
    await expect(channel.status('CWSTAT000001:1')).resolves.toBe('unreachable');
  });
});

describe('InBox stable-file detection', () => {
  it('reads a file only after two scans saw the same size and mtime, and never .tmp files', () => {
    const dir = tempDir();
    const scanner = new InboxScanner(dir, 2);
    const file = join(dir, 'Receipt_1.xml');
    writeFileSync(file, '<DEC_RESULT><CUS_CIQ_NO>I1');
    writeFileSync(join(dir, 'Receipt_2.xml.tmp'), '<DEC_RESULT/>');
    expect(scanner.scan().finished).toEqual([]);
    appendFileSync(file, '</CUS_CIQ_NO>');
    expect(scanner.scan().finished).toEqual([]); // it grew: start counting again
    appendFileSync(file, '<CHANNEL>7</CHANNEL></DEC_RESULT>');
    utimesSync(file, new Date('2026-11-26T10:00:00Z'), new Date('2026-11-26T10:00:00Z'));
    expect(scanner.scan().finished).toEqual([]);
    expect(scanner.scan().finished.map((f) => f.name)).toEqual(['Receipt_1.xml']);
    // Touched (same size, new mtime): not finished until it is still again.
    utimesSync(file, new Date('2026-11-26T10:00:01Z'), new Date('2026-11-26T10:00:01Z'));
    expect(scanner.scan().finished).toEqual([]);
    expect(scanner.scan().finished.map((f) => f.name)).toEqual(['Receipt_1.xml']);
  });
});

describe('pullReceipts without the client', () => {
  it('delivers a receipt once though written twice, and again from an uncommitted cursor', async () => {
    const { channel, box, database } = setup();
    await channel.probe();
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><DEC_RESULT><CUS_CIQ_NO>I20260000000000001</CUS_CIQ_NO><ENTRY_ID/>' +
      '<NOTICE_DATE>2026-11-26T10:00:00</NOTICE_DATE><CHANNEL>7</CHANNEL><NOTE>申报成功</NOTE></DEC_RESULT>';
    writeFileSync(join(box('InBox'), 'a.xml'), xml);
    writeFileSync(join(box('InBox'), 'b.xml'), xml);
    writeFileSync(join(box('InBox'), 'junk.xml'), 'not a receipt');
    const first = await channel.pullReceipts('', 2_000);
    expect(first.receipts).toHaveLength(1);
    expect(parseReceipt(first.receipts[0]?.xml ?? '').channel).toBe('7');
    // The engine crashed before committing: the same receipt comes again, and only it.
    const again = await channel.pullReceipts('', 0);
    expect(again.receipts.map((r) => r.xml)).toEqual(first.receipts.map((r) => r.xml));
    await again.acknowledge?.();
    expect(readdirSync(box('InBox')).sort()).toEqual(['junk.xml', 'processed']);
    expect(readdirSync(join(box('InBox'), 'processed')).sort()).toEqual(['a.xml', 'b.xml']);
    // A cursor that is not ours (kept from the gateway channel) reads from the start, never skips.
    expect((await channel.pullReceipts('523', 0)).receipts).toHaveLength(1);
    const after = await channel.pullReceipts(again.nextCursor, 0);
    expect(after).toMatchObject({ receipts: [], nextCursor: again.nextCursor });
    expect(database.prepare('SELECT count(*) AS n FROM transfer_folder_inbox').get()).toEqual({ n: 1 });
  });
});

describe('pullReceipts details', () => {
  it('treats the same receipt with other bytes (SeqNo, CHANNEL, NOTICE_DATE) as one', async () => {
    const { channel, box } = setup();
    await channel.probe();
    const body = '<DEC_RESULT><CUS_CIQ_NO>I20260000000000002</CUS_CIQ_NO><NOTICE_DATE>2026-11-26T10:00:00</NOTICE_DATE><CHANNEL>L</CHANNEL><NOTE>入库成功</NOTE></DEC_RESULT>';
    writeFileSync(join(box('InBox'), 'one.xml'), `<?xml version="1.0" encoding="UTF-8"?>${body}`);
    writeFileSync(join(box('InBox'), 'two.xml'), `<?xml version="1.0" encoding="UTF-8"?>\r\n${body}\r\n`);
    const batch = await channel.pullReceipts('', 2_000);
    expect(batch.receipts).toHaveLength(1);
    await batch.acknowledge?.();
    expect(readdirSync(join(box('InBox'), 'processed')).sort()).toEqual(['one.xml', 'two.xml']);
  });

  it('stops a long wait when cancelled or closed, with nothing delivered', async () => {
    const { channel } = setup();
    await channel.probe();
    const cancel = new AbortController();
    const waiting = channel.pullReceipts('', 600_000, cancel.signal);
    cancel.abort();
    await expect(waiting).resolves.toMatchObject({ receipts: [], nextCursor: 'tf:0' });
    const closing = channel.pullReceipts('', 600_000);
    await channel.close();
    await expect(closing).resolves.toMatchObject({ receipts: [] });
  });
});
