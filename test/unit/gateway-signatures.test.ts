import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionResult } from '../../shared/gateway/api';
import { client, storageKinds, tenant, useGateways } from './helpers/gateway';
import { signedPdf, submissionOf } from './helpers/gateway-submissions';
import { samplePdf, tamper, byteRanges } from './helpers/signature-checks';
import { makeTestPki, type TestPki } from './helpers/test-pki';

const gateways = useGateways();
let pki: TestPki;
let signedRsa: Uint8Array;
let signedReviewer: Uint8Array;
beforeAll(async () => {
  pki = makeTestPki();
  signedRsa = await signedPdf(pki, 'rsa');
  signedReviewer = await signedPdf(pki, 'reviewer');
}, 120_000);
afterAll(() => pki.cleanup());

describe.each(storageKinds)('gateway PDF signature checks (%s)', (kind) => {
  async function post(certificatePem: string | undefined, clientSeqNo: string, pdfs: Uint8Array[]) {
    const { url, storage } = await gateways.start(kind);
    const { token } = await tenant(storage, certificatePem ? { certificatePem } : {});
    return (await client(url, token).post<SubmissionResult>('/v1/submissions', submissionOf(clientSeqNo, { pdfs }))).body;
  }

  it('accepts attachments signed with a certificate the enterprise registered (the leaf itself, or its CA)', async () => {
    const leaf = await post(readFileSync(pki.certPem.rsa, 'utf8'), 'CWS000000000000001', [signedRsa]);
    expect(leaf).toMatchObject({ status: 'accepted', responseCode: '0' });
    const byCa = await post(pki.caPem, 'CWS000000000000002', [signedRsa, signedReviewer]);
    expect(byCa).toMatchObject({ status: 'accepted', responseCode: '0' });
  });

  it('rejects an unsigned PDF', async () => {
    const unsigned = await (await samplePdf()).save();
    const result = await post(pki.caPem, 'CWS000000000000003', [signedRsa, unsigned]);
    expect(result).toMatchObject({ status: 'rejected', responseCode: '2', seqNo: null });
    expect(result.errorMessage).toContain('CWS000000000000003-1.pdf');
    expect(result.errorMessage).toContain('not digitally signed');
  });

  it('rejects a PDF signed with a certificate this enterprise did not register', async () => {
    // The reviewer's certificate is registered; the RSA signer's (same CA) is not.
    const result = await post(readFileSync(pki.certPem.reviewer, 'utf8'), 'CWS000000000000004', [signedRsa]);
    expect(result).toMatchObject({ status: 'rejected', responseCode: '2' });
    expect(result.errorMessage).toContain('not registered for this enterprise');
  });

  it('rejects a PDF changed after signing (one byte inside the signed range)', async () => {
    const [a, b] = byteRanges(signedRsa)[0] ?? [0, 0];
    const offset = Buffer.from(signedRsa).toString('latin1').indexOf('595.28') + 5; // a digit of page 1's MediaBox
    expect(offset).toBeGreaterThan(a);
    expect(offset).toBeLessThan(a + b);
    const tampered = tamper(signedRsa, offset);
    const result = await post(pki.caPem, 'CWS000000000000005', [tampered]);
    expect(result).toMatchObject({ status: 'rejected', responseCode: '2' });
    expect(result.errorMessage).toContain('invalid signature');
  });

  it('rejects an attachment that is not a PDF at all', async () => {
    const result = await post(pki.caPem, 'CWS000000000000006', [new TextEncoder().encode('hello')]);
    expect(result).toMatchObject({ status: 'rejected', responseCode: '2' });
    expect(result.errorMessage).toContain('not a valid PDF');
  });
});
