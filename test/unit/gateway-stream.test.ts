import { describe, expect, it } from 'vitest';
import { FeedReceiptSchema, ReceiptPageSchema, type FeedReceipt, type SubmissionResult } from '../../shared/gateway/api';
import { client, storageKinds, tenant, useGateways } from './helpers/gateway';
import { submissionOf } from './helpers/gateway-submissions';
import { readSse } from './helpers/sse';

const gateways = useGateways();

async function allReceiptsUntilFinal(api: ReturnType<typeof client>, keys: string[]): Promise<FeedReceipt[]> {
  const all: FeedReceipt[] = [];
  let after = '0';
  const finished = () => keys.every((k) => all.some((r) => r.idempotencyKey === k && ['R', 'E', 'Z'].includes(r.channel)));
  while (!finished()) {
    const page = ReceiptPageSchema.parse((await api.get(`/v1/receipts?after=${after}&waitMs=2000`)).body);
    all.push(...page.receipts);
    after = page.nextCursor;
  }
  return all;
}

describe.each(storageKinds)('receipts over server-sent events (%s)', (kind) => {
  it('streams every receipt with its cursor as the event id, and resumes after Last-Event-ID or ?after=', async () => {
    const { url, storage } = await gateways.start(kind, { speed: 1_000_000 });
    const { token } = await tenant(storage, { tier: 'advanced-certified' });
    const api = client(url, token);
    const sent = await api.post<SubmissionResult>('/v1/submissions', submissionOf('CWE000000000000001'));
    const feed = await allReceiptsUntilFinal(api, [sent.body.idempotencyKey]);
    const auth = { authorization: `Bearer ${token}` };

    const whole = await readSse(`${url}/v1/receipts/stream`, auth, feed.length);
    expect(whole.status).toBe(200);
    expect(whole.events.map((e) => e.id)).toEqual(feed.map((r) => r.cursor));
    expect(whole.events.map((e) => FeedReceiptSchema.parse(JSON.parse(e.data)))).toEqual(feed);

    const resumed = await readSse(`${url}/v1/receipts/stream`, { ...auth, 'last-event-id': feed[1]?.cursor ?? '' }, feed.length - 2);
    expect(resumed.events.map((e) => e.id)).toEqual(feed.slice(2).map((r) => r.cursor));
    const byQuery = await readSse(`${url}/v1/receipts/stream?after=${feed[2]?.cursor ?? ''}`, auth, feed.length - 3);
    expect(byQuery.events.map((e) => e.id)).toEqual(feed.slice(3).map((r) => r.cursor));
  });

  it('pushes a receipt published while the stream is open', async () => {
    const { url, storage } = await gateways.start(kind, { speed: 1_000_000 });
    const { token } = await tenant(storage);
    const api = client(url, token);
    const live = readSse(`${url}/v1/receipts/stream`, { authorization: `Bearer ${token}` }, 1);
    await api.post('/v1/submissions', submissionOf('CWE000000000000002'));
    const { events } = await live;
    expect(FeedReceiptSchema.parse(JSON.parse(events[0]?.data ?? '{}'))).toMatchObject({ channel: '7', clientSeqNo: 'CWE000000000000002' });
  });
});

describe.each(storageKinds)('two gateway instances on one database (%s)', (kind) => {
  it('publish each receipt exactly once, and a reader polling meanwhile misses none', async () => {
    const dataDir = kind === 'sqlite' ? gateways.tempDir() : undefined;
    const one = await gateways.start(kind, { speed: 1_000_000, ...(dataDir ? { dataDir } : {}) });
    const two = await gateways.start(kind, { speed: 1_000_000, ...(dataDir ? { dataDir } : {}) });
    const { token, enterprise } = await tenant(one.storage);
    const apis = [client(one.url, token), client(two.url, token)];
    const keys = Array.from({ length: 30 }, (_, i) => `CWP${String(i).padStart(15, '0')}`);

    // The reader starts before anything is sent and follows the feed from one instance.
    const reading = allReceiptsUntilFinal(apis[1] as ReturnType<typeof client>, keys.map((k) => `${k}:1`));
    await Promise.all(keys.map((k, i) => (apis[i % 2] as ReturnType<typeof client>).post('/v1/submissions', submissionOf(k))));
    const seen = await reading;

    const final = ReceiptPageSchema.parse((await apis[0]?.get('/v1/receipts?after=0&limit=1000'))?.body).receipts;
    expect(seen.map((r) => r.cursor)).toEqual(final.slice(0, seen.length).map((r) => r.cursor));
    const pairs = final.map((r) => `${r.idempotencyKey}/${r.channel}`);
    expect(new Set(pairs).size).toBe(pairs.length); // no receipt twice
    expect(new Set(final.map((r) => r.cursor)).size).toBe(final.length);
    for (const key of keys) {
      const channels = final.filter((r) => r.idempotencyKey === `${key}:1`).map((r) => r.channel);
      expect(channels[0]).toBe('7');
      expect(['R', 'E', 'Z']).toContain(channels.at(-1));
    }
    expect(await one.storage.listSubmissions(enterprise.id)).toHaveLength(30);
  });
});
