import { describe, expect, it } from 'vitest';
import { GatewayErrorBodySchema, HealthSchema, ReceiptPageSchema, type SubmissionResult } from '../../shared/gateway/api';
import { tokenHash } from '../../server/auth.node';
import { client, storageKinds, tenant, useGateways } from './helpers/gateway';
import { submissionOf } from './helpers/gateway-submissions';

const gateways = useGateways();

describe.each(storageKinds)('gateway authentication and tenant isolation (%s)', (kind) => {
  it('answers health without a token and everything else only with a valid one (401 otherwise), audited', async () => {
    const { url, storage } = await gateways.start(kind);
    const health = await client(url, null).get('/v1/health');
    expect(health.status).toBe(200);
    expect(HealthSchema.parse(health.body)).toMatchObject({ ok: true, service: 'clearway-gateway' });

    for (const token of [null, 'cwg_not-a-real-token']) {
      const api = client(url, token);
      for (const answer of [await api.get('/v1/receipts'), await api.get('/v1/milestones'), await api.get('/v1/submissions/A:1'), await api.post('/v1/submissions', submissionOf('CWA000000000000001'))]) {
        expect(answer.status).toBe(401);
        expect(GatewayErrorBodySchema.parse(answer.body).error.code).toBe('UNAUTHORIZED');
      }
    }
    const sse = await fetch(`${url}/v1/receipts/stream`);
    expect(sse.status).toBe(401);
    await sse.body?.cancel();
    expect((await storage.listSubmissions()).length).toBe(0);
    const audit = await storage.auditLog(50);
    expect(audit.filter((a) => a.outcome === 'unauthorized').length).toBeGreaterThanOrEqual(9);
  });

  it('stores only a hash of each device token', async () => {
    const { storage } = await gateways.start(kind);
    const { token } = await tenant(storage);
    expect(token).toMatch(/^cwg_[A-Za-z0-9_-]{43}$/);
    expect(await storage.callerByTokenHash(tokenHash(token))).not.toBeNull();
    expect(await storage.callerByTokenHash(token)).toBeNull();
  });

  it('never lets enterprise B read or touch enterprise A: status, receipts, milestones, keys', async () => {
    const { url, storage } = await gateways.start(kind, { speed: 1_000_000 });
    const a = await tenant(storage, { name: '甲公司' });
    const b = await tenant(storage, { name: '乙公司' });
    const apiA = client(url, a.token);
    const apiB = client(url, b.token);
    const sent = await apiA.post<SubmissionResult>('/v1/submissions', submissionOf('CWA000000000000002'));
    expect(sent.status).toBe(201);

    // A's receipts arrive for A...
    const pageA = ReceiptPageSchema.parse((await apiA.get('/v1/receipts?after=0&waitMs=5000')).body);
    expect(pageA.receipts.length).toBeGreaterThan(0);
    // ...and never for B, from any cursor.
    expect(ReceiptPageSchema.parse((await apiB.get('/v1/receipts?after=0')).body).receipts).toEqual([]);
    expect((await apiB.get<{ milestones: unknown[] }>('/v1/milestones?after=0')).body.milestones).toEqual([]);
    // B cannot see A's submission status: the key is unknown to B.
    const status = await apiB.get(`/v1/submissions/${sent.body.idempotencyKey}`);
    expect(status.status).toBe(404);
    // The same key from B is B's own declaration, not a replay of A's.
    const own = await apiB.post<SubmissionResult>('/v1/submissions', submissionOf('CWA000000000000002'));
    expect(own.status).toBe(201);
    expect(own.body.replayed).toBe(false);
    expect(own.body.seqNo).not.toBe(sent.body.seqNo);
    expect(await storage.listSubmissions(a.enterprise.id)).toHaveLength(1);
    expect(await storage.listSubmissions(b.enterprise.id)).toHaveLength(1);
  });
});
