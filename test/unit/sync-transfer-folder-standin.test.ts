import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReceipt, type Receipt } from '../../shared/messages/receipts';
import { openDatabase } from '../../electron/backend/store/open-database.node';
import { createTransferFolderChannel, type TransferFolderChannel } from '../../electron/backend/sync/transfer-folder-channel.node';
import type { ChannelReceipt } from '../../electron/backend/sync/channel';
import { folderSubmission } from './helpers/folder-submissions';
import { useTempProfiles } from './helpers/temp-profile';
import { startTransferClientStandin, waitFor, type RunningStandin } from './helpers/transfer-client-standin-process';
import type { StandinOptions } from './helpers/transfer-client-standin.node';

/**
 * The folder channel against the transfer-client stand-in running as a separate process that
 * moves files as the real client does. The tests play the sync engine's part: pull, apply and
 * commit the cursor in one transaction, then acknowledge.
 */
const tempDir = useTempProfiles();
const running: RunningStandin[] = [];
afterEach(async () => {
  for (const standin of running.splice(0)) await standin.stop();
});

async function setup(standin: Omit<StandinOptions, 'impPath'> = {}) {
  const root = tempDir();
  const impPath = join(root, 'ImpPath');
  mkdirSync(impPath);
  const database = openDatabase({ profileDir: join(root, 'profile') });
  database.exec("CREATE TABLE test_engine (cursor TEXT NOT NULL); INSERT INTO test_engine VALUES (''); CREATE TABLE test_applied (xml TEXT NOT NULL, key TEXT)");
  const channel = createTransferFolderChannel({ impPath, database, scanIntervalMs: 10 });
  const client = await startTransferClientStandin({ impPath, intervalMs: 15, ...standin });
  running.push(client);
  const box = (name: string) => join(impPath, 'DecCus001', name);
  return { impPath, database, channel, client, box, engine: new TestEngine(database, channel) };
}

/** The engine's side of the cursor contract, as small as it can be. */
class TestEngine {
  constructor(
    private readonly db: Database.Database,
    private readonly channel: TransferFolderChannel,
  ) {}

  async pullOnce(waitMs = 50): Promise<ChannelReceipt[]> {
    const cursor = this.db.prepare('SELECT cursor FROM test_engine').pluck().get() as string;
    const batch = await this.channel.pullReceipts(cursor, waitMs);
    this.db.transaction(() => {
      for (const receipt of batch.receipts) this.db.prepare('INSERT INTO test_applied VALUES (?, ?)').run(receipt.xml, receipt.idempotencyKey);
      this.db.prepare('UPDATE test_engine SET cursor = ?').run(batch.nextCursor);
    })();
    await batch.acknowledge?.();
    return batch.receipts;
  }

  /** Pulls (each pull awaited, as the engine does) until `done` holds. */
  async pullUntil(done: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 20_000; i++) {
      if (done()) return;
      await this.pullOnce(20);
    }
    throw new Error(`gave up pulling for ${what}`);
  }

  applied(): { receipt: Receipt; key: string | null }[] {
    return (this.db.prepare('SELECT xml, key FROM test_applied ORDER BY rowid').all() as { xml: string; key: string | null }[]).map((row) => ({
      receipt: parseReceipt(row.xml),
      key: row.key,
    }));
  }
}

function inboxFiles(box: (name: string) => string): string[] {
  return readdirSync(box('InBox')).filter((name) => name !== 'processed');
}

describe('the folder channel with the transfer client', () => {
  it('submits each declaration once and reads every receipt once, also when written slowly or twice', async () => {
    const { channel, client, box, engine } = await setup({ slow: ['L'], twice: ['J'] });
    const keys = ['CWE2E0000001', 'CWE2E0000002', 'CWE2E0000003'];
    for (const clientSeqNo of keys) {
      const { submission } = await folderSubmission(clientSeqNo);
      await expect(channel.submit(submission)).resolves.toEqual({ kind: 'pending' });
      await expect(channel.submit(submission)).resolves.toEqual({ kind: 'pending' }); // a retry: no second zip
    }
    // 5 receipts per declaration, plus a second copy of each J.
    await waitFor(() => client.events.filter((e) => e.event === 'receipt').length === 18, 'every receipt written');
    await waitFor(() => client.events.filter((e) => e.event === 'receipt' && e.mode === 'slow').length === 3, 'slow receipts started');
    await engine.pullUntil(() => inboxFiles(box).length === 0, 'InBox to be consumed');
    await engine.pullOnce(100);

    expect(readdirSync(box('SentBox')).sort()).toEqual(keys.map((k) => `E_${k}_1.zip`));
    expect(readdirSync(box('FailBox'))).toEqual([]);
    expect(client.events.filter((e) => e.event === 'sent')).toHaveLength(3);

    const applied = engine.applied();
    const responses = applied.filter((a) => a.receipt.kind === 'import-response');
    expect(responses.map((r) => [r.receipt.clientSeqNo, r.key]).sort()).toEqual(keys.map((k) => [k, `${k}:1`]));
    const business = applied.filter((a) => a.receipt.kind === 'dec-result');
    expect(business).toHaveLength(15);
    const seen = business.map((a) => `${a.receipt.seqNo}/${a.receipt.channel}`);
    expect(new Set(seen).size).toBe(15);
    for (const sent of client.events) {
      if (sent.event !== 'sent') continue;
      expect(business.filter((a) => a.receipt.seqNo === sent.seqNo).map((a) => a.receipt.channel).sort()).toEqual(['7', 'J', 'L', 'P', 'R'].sort());
      const status = await channel.status(`${sent.clientSeqNo}:1`);
      expect(status).toMatchObject({ status: 'accepted', responseCode: '0', seqNo: sent.seqNo, clientSeqNo: sent.clientSeqNo });
    }
    // Everything consumed went to InBox/processed, the doubles included.
    expect(readdirSync(join(box('InBox'), 'processed'))).toHaveLength(3 + 18);
  });

  it('never lets the client see a half-written zip (large attachments, client polling every millisecond)', async () => {
    const { channel, client, box } = await setup({ intervalMs: 1, channels: [] });
    const expected = new Map<string, string[]>();
    for (let i = 1; i <= 10; i++) {
      const clientSeqNo = `CWBIG${String(i).padStart(7, '0')}`;
      const { submission, pdfs } = await folderSubmission(clientSeqNo, 1, { padBytes: 1_500_000 });
      expected.set(`E_${clientSeqNo}_1`, [`E_${clientSeqNo}_1.xml`, ...pdfs.keys()].sort());
      await channel.submit(submission);
    }
    await waitFor(() => client.events.filter((e) => e.event === 'sent' || e.event === 'failed').length === 10, 'the client to take all ten');
    expect(client.events.filter((e) => e.event === 'failed')).toEqual([]);
    for (const event of client.events) if (event.event === 'sent') expect(event.entries).toEqual(expected.get(event.stem));
    expect(readdirSync(box('FailBox'))).toEqual([]);
    expect(readdirSync(box('OutBox'))).toEqual([]);
  });

  it('decodes legacy GB2312 receipts', async () => {
    const { channel, client, engine } = await setup({ gb2312: true, channels: ['7', 'P'] });
    const { submission } = await folderSubmission('CWGB00000001');
    await channel.submit(submission);
    await waitFor(() => client.events.filter((e) => e.event === 'receipt').length === 2, 'both receipts');
    await engine.pullUntil(() => engine.applied().filter((a) => a.receipt.kind === 'dec-data').length === 2, 'both receipts read');
    const released = engine.applied().find((a) => a.receipt.channel === 'P')?.receipt;
    expect(released).toMatchObject({ kind: 'dec-data', note: '报关单已放行', entryId: '223320261000000762', noticeDate: '2026-11-26T10:01:00' });
  });
});

describe('ImpPath unplugged mid-run', () => {
  it('fails retryably while the folder is gone and, plugged back, has each of 50 declarations sent and answered once', async () => {
    const { channel, client, box, engine, impPath } = await setup({ channels: ['7', 'L'], twice: ['7'], slow: ['L'], intervalMs: 5 });
    const submissions = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => (await folderSubmission(`CWCABLE${String(i).padStart(5, '0')}`, 1, { attachments: 1 })).submission),
    );
    for (const submission of submissions.slice(0, 25)) await channel.submit(submission);
    renameSync(impPath, `${impPath}.unplugged`);
    const probe = await channel.probe();
    expect(probe.reachable).toBe(false);
    for (const submission of submissions.slice(20, 30)) {
      await expect(channel.submit(submission)).resolves.toMatchObject({ kind: 'failed', retryable: true, problem: { field: 'impPath' } });
    }
    await expect(channel.status(submissions[0]?.idempotencyKey ?? '')).resolves.toBe('unreachable');
    await expect(channel.pullReceipts('', 0)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    renameSync(`${impPath}.unplugged`, impPath);
    // The engine resends everything it is unsure of: the first 25 too.
    for (const submission of submissions) await expect(channel.submit(submission)).resolves.toEqual({ kind: 'pending' });
    await waitFor(() => client.events.filter((e) => e.event === 'sent').length === 50, 'all fifty taken');
    await waitFor(() => client.events.filter((e) => e.event === 'receipt').length === 150, 'all receipts written');
    await engine.pullUntil(() => engine.applied().length === 150, 'all answers and receipts');
    await engine.pullUntil(() => inboxFiles(box).length === 0, 'InBox to be consumed');
    await engine.pullOnce(100);

    expect(readdirSync(box('SentBox'))).toHaveLength(50);
    expect(client.events.filter((e) => e.event === 'sent' || e.event === 'failed')).toHaveLength(50);
    const applied = engine.applied();
    expect(applied).toHaveLength(150);
    expect(new Set(applied.filter((a) => a.receipt.kind === 'import-response').map((a) => a.key)).size).toBe(50);
    expect(new Set(applied.filter((a) => a.receipt.kind === 'dec-result').map((a) => `${a.receipt.seqNo}/${a.receipt.channel}`)).size).toBe(100);
    for (const submission of submissions) {
      await expect(channel.status(submission.idempotencyKey)).resolves.toMatchObject({ status: 'accepted', clientSeqNo: submission.clientSeqNo });
    }
  }, 90_000);
});

describe('FailBox', () => {
  it('reports the client refusal without a response, and retries from FailBox at most three times', async () => {
    const { channel, client, box, engine } = await setup({ failSilently: true });
    const { submission } = await folderSubmission('CWFAIL000001', 1, { missingAttachment: true });
    const failures = () => client.events.filter((e) => e.event === 'failed').length;
    await channel.submit(submission);
    await waitFor(() => failures() === 1, 'the client to refuse the zip');
    expect(readdirSync(box('FailBox'))).toEqual(['E_CWFAIL000001_1.zip']);

    const status = await channel.status('CWFAIL000001:1');
    expect(status).toMatchObject({ status: 'rejected', responseCode: '-1', clientSeqNo: 'CWFAIL000001' });
    expect(status !== null && status !== 'unreachable' && status.errorMessage).toMatch(/未能上传.*FailBox.*could not upload/);
    // The refusal also arrives as an import response, tied to the key.
    await engine.pullUntil(() => engine.applied().length > 0, 'the refusal as a receipt');
    expect(engine.applied()).toMatchObject([{ key: 'CWFAIL000001:1', receipt: { kind: 'import-response', responseCode: '-1' } }]);

    // Retry 1 through submit (the same key again), 2 and 3 through retryFailed.
    await expect(channel.submit(submission)).resolves.toEqual({ kind: 'pending' });
    await waitFor(() => failures() === 2, 'the second refusal');
    // Each refused try is reported once, the second as its own receipt.
    await engine.pullUntil(() => engine.applied().length === 2, 'the second refusal as a receipt');
    await expect(channel.status('CWFAIL000001:1')).resolves.toMatchObject({ status: 'rejected', responseCode: '-1' });
    for (const attempt of [3, 4]) {
      await expect(channel.retryFailed('CWFAIL000001:1')).resolves.toEqual({ kind: 'pending' });
      await waitFor(() => failures() === attempt, `refusal ${attempt}`);
    }
    const last = await channel.retryFailed('CWFAIL000001:1');
    expect(last).toMatchObject({ kind: 'failed', retryable: false, problem: { code: 'CONFLICT' } });
    expect(last.kind === 'failed' && last.problem.messageZh).toContain('3 次');
    expect(readdirSync(box('FailBox'))).toEqual(['E_CWFAIL000001_1.zip']);
    expect(readdirSync(box('OutBox'))).toEqual([]);
  });

  it("answers with the client's own Failed_ response when it wrote one", async () => {
    const { channel, client, box } = await setup();
    const { submission } = await folderSubmission('CWFAIL000002', 1, { missingAttachment: true });
    await channel.submit(submission);
    await waitFor(() => client.events.some((e) => e.event === 'failed'), 'the refusal');
    await waitFor(() => readdirSync(box('InBox')).some((n) => n.startsWith('Failed_')), 'the Failed_ file');
    const status = await channel.status('CWFAIL000002:1');
    expect(status).toMatchObject({ status: 'rejected', responseCode: '-1' });
    expect(status !== null && status !== 'unreachable' && status.errorMessage).toMatch(/attachment 2233.*IM0+99\.pdf missing/);
    expect(existsSync(join(box('FailBox'), 'E_CWFAIL000002_1.zip'))).toBe(true);

    // After a retry the old Failed_ no longer answers: with the client stopped and the zip then
    // uploaded (in SentBox) there is simply no answer yet.
    await client.stop();
    await expect(channel.retryFailed('CWFAIL000002:1')).resolves.toEqual({ kind: 'pending' });
    renameSync(join(box('OutBox'), 'E_CWFAIL000002_1.zip'), join(box('SentBox'), 'E_CWFAIL000002_1.zip'));
    await expect(channel.status('CWFAIL000002:1')).resolves.toBeNull();
  });
});
