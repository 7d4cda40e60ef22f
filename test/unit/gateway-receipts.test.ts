import { validExport } from '../fixtures/export-declaration';
import { describe, expect, it } from 'vitest';
import { MilestonePageSchema, ReceiptPageSchema, type FeedReceipt, type SubmissionResult } from '../../shared/gateway/api';
import { parseReceipt } from '../../shared/messages/receipts';
import { validImport } from '../fixtures/declarations';
import { client, storageKinds, tenant, useGateways } from './helpers/gateway';
import { submissionOf } from './helpers/gateway-submissions';

const gateways = useGateways();

/** Reads the feed until the declaration's last receipt (R, E or Z) has arrived. */
async function receiptsUntilFinal(api: ReturnType<typeof client>, seqNo: string): Promise<FeedReceipt[]> {
  const all: FeedReceipt[] = [];
  let after = '0';
  for (;;) {
    const page = ReceiptPageSchema.parse((await api.get(`/v1/receipts?after=${after}&waitMs=2000`)).body);
    all.push(...page.receipts);
    after = page.nextCursor;
    if (all.some((r) => r.seqNo === seqNo && ['R', 'E', 'Z'].includes(r.channel))) return all;
  }
}

describe.each(storageKinds)('gateway receipts feed (%s)', (kind) => {
  it('a clean declaration gets 7 -> L -> J ... P -> R as real DEC_RESULT receipts; EntryId and dates from J on', async () => {
    // 10^6: a simulated day passes in under a tenth of a real second.
    const { url, storage } = await gateways.start(kind, { speed: 1_000_000, seed: 'clean' });
    const { token } = await tenant(storage, { tier: 'advanced-certified' });
    const api = client(url, token);
    const sent = await api.post<SubmissionResult>('/v1/submissions', submissionOf('CWR000000000000001'));
    const seqNo = sent.body.seqNo ?? '';
    const receipts = (await receiptsUntilFinal(api, seqNo)).filter((r) => r.seqNo === seqNo);
    const channels = receipts.map((r) => r.channel);
    expect(channels.slice(0, 3)).toEqual(['7', 'L', 'J']);
    expect(channels.slice(-2)).toEqual(['P', 'R']);
    expect(channels.filter((c) => !['7', 'L', 'J', 'T', 'C', 'P', 'R'].includes(c))).toEqual([]);
    const cursors = receipts.map((r) => Number(r.cursor));
    expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);

    const parsed = receipts.map((r) => parseReceipt(r.xml));
    for (const p of parsed) expect(p).toMatchObject({ kind: 'dec-result', seqNo, customMaster: '2248' });
    expect(parsed.map((p) => p.channel)).toEqual(channels);
    const j = parsed.find((p) => p.channel === 'J');
    expect(j?.entryId).toMatch(/^2248\d{4}1\d{9}$/); // customs code, year, 1 = import, serial
    expect(j?.dDate).toMatch(/^\d{8}$/);
    expect(j?.iEDate).toBe('20261120');
    expect(parsed[0]?.entryId).toBeUndefined();
    expect(parsed.at(-1)?.entryId).toBe(j?.entryId);
    for (const p of parsed) expect(p.noticeDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('a declaration that breaks a rule is accepted, then rejected by an E receipt whose NOTE starts with the rule id', async () => {
    const { url, storage } = await gateways.start(kind, { speed: 1_000_000 });
    const { token } = await tenant(storage);
    const api = client(url, token);
    const draft = validImport();
    draft.head.netWt = '200'; // above the gross weight of 160: DEC-H-051
    const sent = await api.post<SubmissionResult>('/v1/submissions', submissionOf('CWR000000000000002', { draft }));
    expect(sent.body).toMatchObject({ status: 'accepted', responseCode: '0' });
    const receipts = (await receiptsUntilFinal(api, sent.body.seqNo ?? '')).filter((r) => r.seqNo === sent.body.seqNo);
    expect(receipts.map((r) => r.channel)).toEqual(['7', 'E']);
    const note = parseReceipt(receipts[1]?.xml ?? '').note ?? '';
    expect(note).toMatch(/^DEC-[A-Z]-\d{3}( DEC-[A-Z]-\d{3})* /);
    expect(note.split(' ')).toContain('DEC-H-051');
  });

  it('a long-poll waits for the first receipt and answers as soon as it is published', async () => {
    const { url, storage } = await gateways.start(kind, { speed: 1_000_000 });
    const { token } = await tenant(storage);
    const api = client(url, token);
    const waiting = api.get('/v1/receipts?after=0&waitMs=10000');
    const empty = ReceiptPageSchema.parse((await api.get('/v1/receipts?after=0')).body);
    expect(empty).toEqual({ receipts: [], nextCursor: '0' });
    await api.post('/v1/submissions', submissionOf('CWR000000000000003'));
    const page = ReceiptPageSchema.parse((await waiting).body);
    expect(page.receipts.length).toBeGreaterThan(0);
    expect(page.receipts[0]?.channel).toBe('7');
    expect(page.nextCursor).toBe(page.receipts.at(-1)?.cursor);
  });

  it('serves logistics milestones for an import on its own feed, with the bill of lading', async () => {
    const { url, storage } = await gateways.start(kind, { speed: 1_000_000 });
    const { token } = await tenant(storage, { tier: 'advanced-certified' });
    const api = client(url, token);
    const sent = await api.post<SubmissionResult>('/v1/submissions', submissionOf('CWR000000000000004'));
    await receiptsUntilFinal(api, sent.body.seqNo ?? '');
    const kinds: string[] = [];
    let after = '0';
    while (!kinds.includes('gate-out')) {
      const page = MilestonePageSchema.parse((await api.get(`/v1/milestones?after=${after}&waitMs=2000`)).body);
      for (const m of page.milestones) {
        expect(m).toMatchObject({ seqNo: sent.body.seqNo, billNo: 'COSU6123456789', clientSeqNo: 'CWR000000000000004' });
        kinds.push(m.kind);
      }
      after = page.nextCursor;
    }
    expect([...kinds].sort()).toEqual(['discharge', 'edo-issued', 'gate-out', 'terminal-release', 'vessel-arrival']);
  });

  it("serves an export's goods arrival in the supervised area (运抵) on the logistics feed, usually before the declaration", async () => {
    const { url, storage } = await gateways.start(kind, { speed: 1_000_000 });
    const { token } = await tenant(storage);
    const api = client(url, token);
    const sent = await api.post<SubmissionResult>('/v1/submissions', submissionOf('CWR000000000000005', { draft: validExport() }));
    const receipts = await receiptsUntilFinal(api, sent.body.seqNo ?? '');
    const declared = parseReceipt(receipts.find((r) => r.channel === '7')?.xml ?? '').noticeDate;
    let page = MilestonePageSchema.parse((await api.get('/v1/milestones?after=0&waitMs=2000')).body);
    while (page.milestones.length === 0) page = MilestonePageSchema.parse((await api.get('/v1/milestones?after=0&waitMs=2000')).body);
    expect(page.milestones.map((m) => m.kind)).toEqual(['goods-arrival']);
    expect(page.milestones[0]).toMatchObject({ seqNo: sent.body.seqNo, clientSeqNo: 'CWR000000000000005' });
    // Simulated time: at most 30 minutes after the acceptance, which the 7 receipt follows (China time).
    expect(Date.parse(page.milestones[0]?.at ?? '')).toBeLessThan(Date.parse(`${declared}+08:00`) + 31 * 60_000);
  });
});
