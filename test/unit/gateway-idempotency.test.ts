import { describe, expect, it } from 'vitest';
import { GatewayErrorBodySchema, SubmissionResultSchema, type SubmissionResult } from '../../shared/gateway/api';
import { parseReceipt } from '../../shared/messages/receipts';
import { client, storageKinds, tenant, useGateways } from './helpers/gateway';
import { decXml, submissionOf } from './helpers/gateway-submissions';

const gateways = useGateways();

describe.each(storageKinds)('gateway submissions and idempotency (%s)', (kind) => {
  it('accepts a valid declaration: 201, an 18-character SeqNo, a DecImportResponse the client can parse', async () => {
    const { url, storage } = await gateways.start(kind);
    const { token } = await tenant(storage);
    const api = client(url, token);
    const answer = await api.post<SubmissionResult>('/v1/submissions', submissionOf('CW0000000000000001'));
    expect(answer.status).toBe(201);
    const result = SubmissionResultSchema.parse(answer.body);
    expect(result).toMatchObject({ status: 'accepted', responseCode: '0', replayed: false, clientSeqNo: 'CW0000000000000001', errorMessage: null });
    expect(result.seqNo).toMatch(/^I\d{17}$/);
    expect(parseReceipt(result.importResponseXml)).toMatchObject({ kind: 'import-response', responseCode: '0', seqNo: result.seqNo, clientSeqNo: 'CW0000000000000001' });

    const status = await api.get<SubmissionResult>(`/v1/submissions/${encodeURIComponent(result.idempotencyKey)}`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ seqNo: result.seqNo, status: 'accepted' });
    expect((await api.get('/v1/submissions/UNKNOWN:1')).status).toBe(404);
  });

  it('answers the same key and payload again with the stored answer and creates nothing', async () => {
    const { url, storage } = await gateways.start(kind);
    const { token, enterprise } = await tenant(storage);
    const api = client(url, token);
    const body = submissionOf('CW0000000000000002');
    const first = await api.post<SubmissionResult>('/v1/submissions', body);
    const second = await api.post<SubmissionResult>('/v1/submissions', body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ ...first.body, replayed: true });
    expect(await storage.listSubmissions(enterprise.id)).toHaveLength(1);
  });

  it('refuses the same key with a different payload: 409 IDEMPOTENCY_KEY_REUSED, the first answer stands', async () => {
    const { url, storage } = await gateways.start(kind);
    const { token, enterprise } = await tenant(storage);
    const api = client(url, token);
    const first = await api.post<SubmissionResult>('/v1/submissions', submissionOf('CW0000000000000003'));
    const changed = submissionOf('CW0000000000000003', { xml: decXml('CW0000000000000003').replace('洋山港区', '外高桥港区') });
    const second = await api.post('/v1/submissions', changed);
    expect(second.status).toBe(409);
    expect(GatewayErrorBodySchema.parse(second.body).error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    const stored = await storage.listSubmissions(enterprise.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.seqNo).toBe(first.body.seqNo);
  });

  it('creates one submission when the same request arrives many times at once', async () => {
    const { url, storage } = await gateways.start(kind);
    const { token, enterprise } = await tenant(storage);
    const api = client(url, token);
    const body = submissionOf('CW0000000000000004');
    const answers = await Promise.all(Array.from({ length: 8 }, () => api.post<SubmissionResult>('/v1/submissions', body)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(7);
    expect(new Set(answers.map((a) => a.body.seqNo)).size).toBe(1);
    expect(await storage.listSubmissions(enterprise.id)).toHaveLength(1);
  });

  it('stores an unreadable message as rejected with a non-zero ResponseCode and a zh/en reason; the key keeps that answer', async () => {
    const { url, storage } = await gateways.start(kind);
    const { token } = await tenant(storage);
    const api = client(url, token);
    const broken = submissionOf('CW0000000000000005', { xml: '<DecMessage><DecHead>' });
    const answer = await api.post<SubmissionResult>('/v1/submissions', broken);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'rejected', seqNo: null });
    expect(answer.body.responseCode).not.toBe('0');
    expect(answer.body.errorMessage).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    expect(parseReceipt(answer.body.importResponseXml)).toMatchObject({ kind: 'import-response', responseCode: answer.body.responseCode });
    const again = await api.post<SubmissionResult>('/v1/submissions', broken);
    expect(again).toMatchObject({ status: 200, body: { status: 'rejected', replayed: true } });
  });

  it('refuses a message with a DOCTYPE (no entities, external or internal)', async () => {
    const { url, storage } = await gateways.start(kind);
    const { token } = await tenant(storage);
    const xml = decXml('CW0000000000000006').replace('<DecMessage', '<!DOCTYPE DecMessage [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<DecMessage');
    const answer = await client(url, token).post<SubmissionResult>('/v1/submissions', submissionOf('CW0000000000000006', { xml }));
    expect(answer.body).toMatchObject({ status: 'rejected', responseCode: '1' });
    expect(answer.body.errorMessage).toContain('DOCTYPE');
  });

  it('answers 400 INVALID_REQUEST naming the field for a body that breaks the schema, and stores nothing', async () => {
    const { url, storage } = await gateways.start(kind);
    const { token, enterprise } = await tenant(storage);
    const api = client(url, token);
    const noXml = await api.post('/v1/submissions', { ...submissionOf('CW0000000000000007'), decMessageXml: '' });
    expect(noXml.status).toBe(400);
    expect(GatewayErrorBodySchema.parse(noXml.body).error).toMatchObject({ code: 'INVALID_REQUEST', field: 'decMessageXml' });
    const wrongKey = await api.post('/v1/submissions', { ...submissionOf('CW0000000000000007'), idempotencyKey: 'OTHER:1' });
    expect(GatewayErrorBodySchema.parse(wrongKey.body).error).toMatchObject({ code: 'INVALID_REQUEST', field: 'idempotencyKey' });
    expect(await storage.listSubmissions(enterprise.id)).toHaveLength(0);
  });
});
