import { verify as cryptoVerify, X509Certificate } from 'node:crypto';
import WebSocket from 'ws';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors';
import { keyInfo } from '../../../shared-node/signing/certificate-info.node';
import type { Signer, SignerIdentity } from './signer';

/**
 * The China E-Port card control ("C卡/Key客户端控件"): a WebSocket service on the loopback
 * address that signs with the operator card (spec customs-declaration.md §7).
 *
 * Message shape. The spec gives the address and says the control returns certNo and the
 * certificate, not the wire format. Facts taken from the public client
 * Weasley-J/chinaport-data-signature (UkeyInitialConfig, UkeyResponse, WebSocketClientHandler):
 * - request:  {"_method": "<name>", "_id": <int>, "args": {...}}
 * - response: {"_id": <int>, "_method": "<name>", "_status": "00",
 *              "_args": {"Result": true|false, "Data": [...], "Error": [...]}}
 * - "cus-sec_SpcGetSignCertAsPEM" (no args): Data[0] = the signing certificate, base64 DER
 *   without PEM armour; needs no PIN, so it is how we learn whether a card is inserted;
 * - "cus-sec_SpcSignDataAsPEM" {inData, passwd}: Data[0] = the signature (base64),
 *   Data[1] = certNo. A reader/card failure looks like
 *   Error ["[读卡器底层库]复位读卡器失败:错误码=50070", "Err:Custom50070"].
 *
 * Decisions (not documented anywhere we could read; flagged in the issue note):
 * - inData carries base64 of the bytes to sign (the DER signed attributes), and the control is
 *   taken to sign SHA-256 of the decoded bytes with the card key (RSA PKCS#1 v1.5 or DER ECDSA).
 *   Because this is an assumption, every returned signature is checked against the card's
 *   certificate before it is embedded: a control that signs differently (SHA-1, SM2/SM3, the
 *   base64 text) yields a clear error, never a PDF with a broken signature.
 * - Wrong PIN is recognised by the control's error text (口令/密码/PIN); any other sign failure
 *   after the certificate was read is reported with the control's own message.
 * The PIN is sent for the one call and never stored or logged.
 */
export const EPORT_DEFAULT_URL = 'ws://127.0.0.1:61232';
export const EPORT_METHODS = { getCertificate: 'cus-sec_SpcGetSignCertAsPEM', signData: 'cus-sec_SpcSignDataAsPEM' } as const;

const ResponseSchema = z.object({
  _id: z.number(),
  _method: z.string().optional(),
  _status: z.string().optional(),
  _args: z.object({
    Result: z.boolean(),
    Data: z.array(z.string()).optional().default([]),
    Error: z.array(z.string()).optional().default([]),
  }),
});
type ControlAnswer = z.infer<typeof ResponseSchema>['_args'];

const serviceDown = (url: string, why: string) =>
  new AppError({
    code: 'SIGNER_UNAVAILABLE',
    messageZh: `电子口岸卡控件未运行（无法连接 ${url}）。请安装并启动“中国电子口岸客户端控件”后重试。`,
    messageEn: `The E-Port card control is not running (cannot reach ${url}). Install and start the China E-Port client control, then try again.`,
    details: { reason: 'service-not-running', why },
  });

const noKey = (errors: string[]) =>
  new AppError({
    code: 'SIGNER_UNAVAILABLE',
    messageZh: `未检测到电子口岸卡（IC 卡或 Ukey）。请插入操作员卡后重试。${errors.length ? `（控件：${errors.join('；')}）` : ''}`,
    messageEn: `No E-Port card (IC card or USB key) was found. Insert the operator card and try again.${errors.length ? ` (control: ${errors.join('; ')})` : ''}`,
    details: { reason: 'key-not-inserted', errors },
  });

const wrongPin = () =>
  new AppError({
    code: 'INVALID_INPUT',
    field: 'pin',
    messageZh: '电子口岸卡口令（PIN）不正确。多次输错可能锁卡，请核对后再试。',
    messageEn: 'Wrong E-Port card PIN. Repeated mistakes may lock the card; check it and try again.',
    details: { reason: 'wrong-pin' },
  });

const cardError = (errors: string[]) =>
  new AppError({
    code: 'SIGNER_UNAVAILABLE',
    messageZh: `电子口岸卡签名失败：${errors.join('；') || '控件未给出原因'}`,
    messageEn: `The E-Port card could not sign: ${errors.join('; ') || 'the control gave no reason'}`,
    details: { reason: 'card-error', errors },
  });

const PIN_ERROR = /口令|密码|PIN|passw/i;

export interface EportOptions {
  url?: string;
  pin: string;
  timeoutMs?: number;
}

/** One request/response over a fresh connection (the control is a local, one-user service). */
function ask(url: string, method: string, args: Record<string, string>, id: number, timeoutMs: number): Promise<ControlAnswer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const socket = new WebSocket(url, { handshakeTimeout: timeoutMs });
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      socket.terminate();
      action();
    };
    const timer = setTimeout(() => finish(() => reject(serviceDown(url, 'timeout'))), timeoutMs);
    socket.on('error', (error) => finish(() => reject(serviceDown(url, error.message))));
    socket.on('open', () => socket.send(JSON.stringify({ _method: method, _id: id, args })));
    socket.on('message', (data) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        return; // the control may push other text; wait for our answer
      }
      const answer = ResponseSchema.safeParse(parsed);
      if (answer.success && answer.data._id === id) finish(() => resolve(answer.data._args));
    });
    socket.on('close', () => finish(() => reject(serviceDown(url, 'closed before answering'))));
  });
}

export class EportSigner implements Signer {
  private readonly url: string;
  private readonly timeoutMs: number;
  private who: SignerIdentity | null = null;
  private nextId = 1;

  constructor(private readonly options: EportOptions) {
    this.url = options.url ?? EPORT_DEFAULT_URL;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  async identity(): Promise<SignerIdentity> {
    if (this.who) return this.who;
    const answer = await ask(this.url, EPORT_METHODS.getCertificate, {}, this.nextId++, this.timeoutMs);
    const pem = answer.Data[0];
    if (!answer.Result || !pem) throw noKey(answer.Error);
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
    } catch {
      throw cardError(['certificate unreadable']);
    }
    const key = keyInfo(cert);
    if (!key) throw cardError([`unsupported key type ${cert.publicKey.asymmetricKeyType ?? 'unknown (SM2?)'}`]);
    this.who = { certificate: new Uint8Array(cert.raw), chain: [], algorithm: key.keyType === 'rsa' ? 'rsa-sha256' : 'ecdsa-sha256' };
    return this.who;
  }

  async sign(toBeSigned: Uint8Array): Promise<Uint8Array> {
    const who = await this.identity();
    const answer = await ask(
      this.url,
      EPORT_METHODS.signData,
      { inData: Buffer.from(toBeSigned).toString('base64'), passwd: this.options.pin },
      this.nextId++,
      this.timeoutMs,
    );
    if (!answer.Result || !answer.Data[0]) {
      if (answer.Error.some((e) => PIN_ERROR.test(e))) throw wrongPin();
      throw cardError(answer.Error);
    }
    const signature = Buffer.from(answer.Data[0], 'base64');
    const cert = new X509Certificate(Buffer.from(who.certificate));
    const key = who.algorithm === 'ecdsa-sha256' ? { key: cert.publicKey, dsaEncoding: 'der' as const } : cert.publicKey;
    if (!cryptoVerify('sha256', toBeSigned, key, signature)) {
      throw cardError(['the card returned a signature that does not verify with its certificate (unsupported signing mode)']);
    }
    return new Uint8Array(signature);
  }
}
