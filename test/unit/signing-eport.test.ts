import { createPrivateKey, sign as cryptoSign, X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { EPORT_METHODS, EportSigner } from '../../electron/backend/signing/eport-signer.node';
import { signNewDocument } from '../../electron/backend/signing/sign-pdf.node';
import { Backend } from '../../electron/backend/backend.node';
import { verifyPdf } from '../../shared-node/signing/verify-pdf.node';
import { AppError } from '../../shared/ipc/errors';
import { makeTestPki, type TestPki } from './helpers/test-pki';
import { opensslVerify, pdfsig, samplePdf } from './helpers/signature-checks';
import { useTempProfiles } from './helpers/temp-profile';

/**
 * A stand-in for the E-Port card control on 127.0.0.1: the method names and message shape of
 * the real control (see eport-signer.node.ts for the sources), a real EC key from the test PKI
 * as "the card", and switches for the failures: no card, a PIN.
 */
interface StandIn {
  url: string;
  card: { inserted: boolean; pin: string; digest?: 'sha256' | 'sha1' };
  seenPins: string[];
  close(): Promise<void>;
}

function startStandIn(pki: TestPki): Promise<StandIn> {
  const key = createPrivateKey(readFileSync(`${pki.dir}/ec.key`));
  const certBase64 = new X509Certificate(readFileSync(pki.certPem.ec)).raw.toString('base64');
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  const state: StandIn = { url: '', card: { inserted: true, pin: '88888888' }, seenPins: [], close: () => new Promise((r) => server.close(() => r())) };
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const request = JSON.parse(String(data)) as { _id: number; _method: string; args: { inData?: string; passwd?: string } };
      const reply = (Result: boolean, Data: string[], Error: string[] = []) =>
        socket.send(JSON.stringify({ _id: request._id, _method: request._method, _status: '00', _args: { Result, Data, Error } }));
      if (!state.card.inserted) return reply(false, [], ['[读卡器底层库]复位读卡器失败:错误码=50070', 'Err:Custom50070']);
      if (request._method === EPORT_METHODS.getCertificate) return reply(true, [certBase64]);
      if (request._method === EPORT_METHODS.signData) {
        state.seenPins.push(request.args.passwd ?? '');
        if (request.args.passwd !== state.card.pin) return reply(false, [], ['口令验证失败，剩余重试次数 5']);
        const signature = cryptoSign(state.card.digest ?? 'sha256', Buffer.from(request.args.inData ?? '', 'base64'), { key, dsaEncoding: 'der' });
        return reply(true, [signature.toString('base64'), '0123456789ABCDEF']);
      }
      return reply(false, [], [`unknown method ${request._method}`]);
    });
  });
  return new Promise((resolve) =>
    server.on('listening', () => {
      state.url = `ws://127.0.0.1:${(server.address() as { port: number }).port}`;
      resolve(state);
    }),
  );
}

/** A loopback port nothing listens on (the control "not running"). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

let pki: TestPki;
let standIn: StandIn;
const tempProfile = useTempProfiles();
beforeAll(async () => {
  pki = makeTestPki();
  standIn = await startStandIn(pki);
}, 60_000);
afterAll(async () => {
  await standIn.close();
  pki.cleanup();
});

describe('E-Port card control signer (against a loopback stand-in)', () => {
  it('signs a PDF with the card: pdfsig, openssl and our verifier accept it', async () => {
    standIn.card = { inserted: true, pin: '88888888' };
    const signer = new EportSigner({ url: standIn.url, pin: '88888888' });
    const signed = await signNewDocument(await samplePdf(), signer, { signerName: '张三 EC', at: new Date() });
    expect(pdfsig(signed, pki.nssDir)).toMatchObject([{ commonName: '张三 EC', valid: true, trusted: true, total: true }]);
    expect(opensslVerify(signed, 0, pki.caPem).ok).toBe(true);
    expect(verifyPdf(signed, [new Uint8Array(new X509Certificate(pki.caPem).raw)], new Date()).allTrusted).toBe(true);
  });

  it('service not running: a clear bilingual SIGNER_UNAVAILABLE', async () => {
    const error = await failure(new EportSigner({ url: `ws://127.0.0.1:${await closedPort()}`, pin: '88888888', timeoutMs: 3000 }).identity());
    expect(error.code).toBe('SIGNER_UNAVAILABLE');
    expect(error.details).toMatchObject({ reason: 'service-not-running' });
    expect(error.messageZh).toContain('电子口岸卡控件未运行');
    expect(error.messageEn).toContain('not running');
  });

  it('key not inserted: SIGNER_UNAVAILABLE naming the card, with the control’s own message', async () => {
    standIn.card = { inserted: false, pin: '88888888' };
    const error = await failure(new EportSigner({ url: standIn.url, pin: '88888888' }).identity());
    expect(error.code).toBe('SIGNER_UNAVAILABLE');
    expect(error.details).toMatchObject({ reason: 'key-not-inserted' });
    expect(error.messageZh).toContain('请插入操作员卡');
    expect(error.messageEn).toContain('Insert the operator card');
    standIn.card = { inserted: true, pin: '88888888' };
  });

  it('wrong PIN: INVALID_INPUT on the pin field; the PIN is not kept anywhere after the call', async () => {
    standIn.card = { inserted: true, pin: '12345678' };
    standIn.seenPins = [];
    const error = await failure(signNewDocument(await samplePdf(), new EportSigner({ url: standIn.url, pin: '88888888' }), { signerName: '张三 EC', at: new Date() }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'pin' });
    expect(error.messageZh).toContain('口令（PIN）不正确');
    expect(standIn.seenPins).toEqual(['88888888']);
  });

  it('a control that signs some other way (here SHA-1) is caught before anything is embedded', async () => {
    standIn.card = { inserted: true, pin: '88888888', digest: 'sha1' };
    const error = await failure(signNewDocument(await samplePdf(), new EportSigner({ url: standIn.url, pin: '88888888' }), { signerName: '张三 EC', at: new Date() }));
    expect(error).toMatchObject({ code: 'SIGNER_UNAVAILABLE', details: { reason: 'card-error' } });
    expect(error.messageEn).toContain('does not verify');
    standIn.card = { inserted: true, pin: '88888888' };
  });

  it('through the contract: signatures.sign with the E-Port signer, and its failures reach the UI as values', async () => {
    standIn.card = { inserted: true, pin: '88888888' };
    const profileDir = tempProfile();
    const backend = new Backend({ profileDir, version: 'test', seedsDir: null });
    const pdfBase64 = Buffer.from(await (await samplePdf()).save()).toString('base64');
    const ok = await backend.call('signatures.sign', { pdfBase64, signer: { kind: 'eport', pin: '88888888', url: standIn.url } });
    expect(ok).toMatchObject({ ok: true, value: { signatureCount: 1, signer: '张三 EC' } });
    const wrong = await backend.call('signatures.sign', { pdfBase64, signer: { kind: 'eport', pin: '00000000', url: standIn.url } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'pin' } });
    backend.close();
    // The PIN never reaches the profile.
    const bytes = Buffer.concat(readdirSync(profileDir).map((f) => readFileSync(`${profileDir}/${f}`)));
    expect(bytes.includes(Buffer.from('88888888'))).toBe(false);
  });
});
