import { describe, expect, it } from 'vitest';
import { GatewayErrorBodySchema } from '../../shared/gateway/api';
import { client, storageKinds, tenant, useGateways } from './helpers/gateway';
import { submissionOf } from './helpers/gateway-submissions';

const gateways = useGateways();

describe.each(storageKinds)('gateway limits (%s)', (kind) => {
  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE and stores nothing', async () => {
    const { url, storage } = await gateways.start(kind, { bodyLimit: 64 * 1024 });
    const { token, enterprise } = await tenant(storage);
    const big = submissionOf('CWL000000000000001', { pdfs: [new Uint8Array(100 * 1024).fill(0x25)] });
    const answer = await client(url, token).post('/v1/submissions', big);
    expect(answer.status).toBe(413);
    expect(GatewayErrorBodySchema.parse(answer.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await storage.listSubmissions(enterprise.id)).toHaveLength(0);
  });

  it('limits requests per device token: the sixth in a minute gets 429 RATE_LIMITED, another device is unaffected', async () => {
    const { url, storage } = await gateways.start(kind, { rateLimitPerMinute: 5 });
    const busy = client(url, (await tenant(storage)).token);
    const calm = client(url, (await tenant(storage)).token);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await busy.get('/v1/receipts')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await busy.get('/v1/receipts');
    expect(GatewayErrorBodySchema.parse(limited.body).error.code).toBe('RATE_LIMITED');
    expect((await calm.get('/v1/receipts')).status).toBe(200);
    for (let i = 0; i < 8; i++) expect((await client(url, null).get('/v1/health')).status).toBe(200);
  });

  it('answers an unknown path with 404 NOT_FOUND and malformed JSON with 400 INVALID_REQUEST', async () => {
    const { url, storage } = await gateways.start(kind);
    const { token } = await tenant(storage);
    const missing = await client(url, token).get('/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(GatewayErrorBodySchema.parse(missing.body).error.code).toBe('NOT_FOUND');
    const res = await fetch(`${url}/v1/submissions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"idempotencyKey":' });
    expect(res.status).toBe(400);
    expect(GatewayErrorBodySchema.parse(await res.json()).error.code).toBe('INVALID_REQUEST');
  });
});
