import type { AppErrorValue } from '../../../shared/ipc/errors';
import {
  GatewayErrorBodySchema,
  HealthSchema,
  MilestonePageSchema,
  ReceiptPageSchema,
  SubmissionResultSchema,
  type Submission,
  type SubmissionResult,
} from '../../../shared/gateway/api';
import { AppError } from '../../../shared/ipc/errors';
import type { MilestoneBatch, ProbeResult, ReceiptBatch, SubmissionChannel, SubmitOutcome } from './channel';

export interface HttpChannelOptions {
  /** The gateway's base URL, e.g. http://127.0.0.1:8787 */
  baseUrl: string;
  deviceToken: string;
  /** How long a submission may take before its outcome is `unknown` (default 30 s). */
  submitTimeoutMs?: number;
  probeTimeoutMs?: number;
  /** Receipt page size (default 200). */
  pageSize?: number;
}

/** Error codes (Node's undici and net) that mean the request never reached the gateway. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

export function unreachable(baseUrl: string, reason: string): AppErrorValue {
  return {
    code: 'BACKEND_UNREACHABLE',
    messageZh: `无法连接单一窗口网关 ${baseUrl}（${reason}），恢复联网后会自动发送。`,
    messageEn: `Cannot reach the single-window gateway at ${baseUrl} (${reason}); sending resumes when the connection is back.`,
    details: { reason },
  };
}

function unknownOutcome(baseUrl: string, reason: string): AppErrorValue {
  return {
    code: 'BACKEND_UNREACHABLE',
    messageZh: `发送到 ${baseUrl} 后未收到答复（${reason}），下次会先向网关查询结果，不会重复申报。`,
    messageEn: `No answer from ${baseUrl} after sending (${reason}); the next try asks the gateway first, so nothing is declared twice.`,
    details: { reason },
  };
}

export function unauthorised(status: number, body: unknown): AppErrorValue {
  const parsed = GatewayErrorBodySchema.safeParse(body);
  return {
    code: 'UNAUTHORIZED',
    messageZh: `网关拒绝了本机的设备令牌（HTTP ${status}）${parsed.success ? `：${parsed.data.error.messageZh}` : ''}。请在“设置 › 提交通道”中检查网关地址和设备令牌。`,
    messageEn: `The gateway refused this desktop's device token (HTTP ${status})${parsed.success ? `: ${parsed.data.error.messageEn}` : ''}. Check the gateway URL and device token in Settings › Submission channel.`,
    details: { status },
  };
}

function gatewayRefusal(status: number, body: unknown): AppErrorValue {
  const parsed = GatewayErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const e = parsed.data.error;
    return {
      code: status === 409 ? 'CONFLICT' : 'INVALID_INPUT',
      messageZh: `网关拒收：${e.messageZh}`,
      messageEn: `Refused by the gateway: ${e.messageEn}`,
      ...(e.field ? { field: e.field } : {}),
      details: { status, gatewayCode: e.code },
    };
  }
  return {
    code: status === 409 ? 'CONFLICT' : 'INVALID_INPUT',
    messageZh: `网关拒收（HTTP ${status}）。`,
    messageEn: `Refused by the gateway (HTTP ${status}).`,
    details: { status },
  };
}

function busy(status: number): AppErrorValue {
  return {
    code: 'BACKEND_UNREACHABLE',
    messageZh: `网关暂时无法处理（HTTP ${status}），稍后自动重试。`,
    messageEn: `The gateway cannot take it right now (HTTP ${status}); it will be retried automatically.`,
    details: { status },
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal {
  return AbortSignal.any(signals.filter((s): s is AbortSignal => s !== undefined));
}

/**
 * The sandbox gateway over HTTP (shared/gateway/api.ts). It only moves bytes and classifies what
 * happened; the engine decides what each outcome means for the outbox.
 *   401/403            -> failed, not retryable, UNAUTHORIZED (a settings problem: items stay queued)
 *   400/409/413        -> failed, not retryable (rejected, with the gateway's zh/en message)
 *   429/5xx            -> failed, retryable
 *   refused before any byte was sent -> failed, retryable
 *   reset or timeout after sending   -> unknown (the engine asks `status` before any resend)
 */
export class HttpChannel implements SubmissionChannel {
  readonly kind = 'gateway' as const;
  private readonly base: string;

  constructor(private readonly options: HttpChannelOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
  }

  private headers(json = false): Record<string, string> {
    return { authorization: `Bearer ${this.options.deviceToken}`, ...(json ? { 'content-type': 'application/json' } : {}) };
  }

  async probe(signal?: AbortSignal): Promise<ProbeResult> {
    try {
      const response = await fetch(`${this.base}/v1/health`, {
        signal: anySignal([signal, AbortSignal.timeout(this.options.probeTimeoutMs ?? 5_000)]),
      });
      const body = await readJson(response);
      if (response.ok && HealthSchema.safeParse(body).success) return { reachable: true };
      return { reachable: false, problem: unreachable(this.base, `HTTP ${response.status}`) };
    } catch (error) {
      return { reachable: false, problem: unreachable(this.base, causeCode(error) ?? (isTimeout(error) ? 'timeout' : String(error))) };
    }
  }

  async submit(submission: Submission, signal?: AbortSignal): Promise<SubmitOutcome> {
    let response: Response;
    try {
      response = await fetch(`${this.base}/v1/submissions`, {
        method: 'POST',
        headers: this.headers(true),
        body: JSON.stringify(submission),
        signal: anySignal([signal, AbortSignal.timeout(this.options.submitTimeoutMs ?? 30_000)]),
      });
    } catch (error) {
      const code = causeCode(error);
      if (code && NOT_SENT.has(code)) return { kind: 'failed', problem: unreachable(this.base, code), retryable: true };
      return { kind: 'unknown', problem: unknownOutcome(this.base, code ?? (isTimeout(error) ? 'timeout' : String(error))) };
    }
    let body: unknown;
    try {
      body = await readJson(response);
    } catch (error) {
      // The gateway answered but the body was cut: it may well have committed.
      return { kind: 'unknown', problem: unknownOutcome(this.base, causeCode(error) ?? (isTimeout(error) ? 'timeout' : 'reset')) };
    }
    if (response.status === 200 || response.status === 201) {
      const parsed = SubmissionResultSchema.safeParse(body);
      if (parsed.success) return { kind: 'delivered', result: parsed.data };
      return { kind: 'unknown', problem: unknownOutcome(this.base, 'unreadable answer') };
    }
    if (response.status === 401 || response.status === 403) return { kind: 'failed', problem: unauthorised(response.status, body), retryable: false };
    if (response.status === 400 || response.status === 409 || response.status === 413) {
      return { kind: 'failed', problem: gatewayRefusal(response.status, body), retryable: false };
    }
    return { kind: 'failed', problem: busy(response.status), retryable: true };
  }

  async status(idempotencyKey: string, signal?: AbortSignal): Promise<SubmissionResult | null | 'unreachable'> {
    try {
      const response = await fetch(`${this.base}/v1/submissions/${encodeURIComponent(idempotencyKey)}`, {
        headers: this.headers(),
        signal: anySignal([signal, AbortSignal.timeout(this.options.submitTimeoutMs ?? 30_000)]),
      });
      const body = await readJson(response);
      if (response.status === 404) return null;
      if (!response.ok) return 'unreachable';
      const parsed = SubmissionResultSchema.safeParse(body);
      return parsed.success ? parsed.data : 'unreachable';
    } catch {
      return 'unreachable';
    }
  }

  async pullReceipts(cursor: string, waitMs: number, signal?: AbortSignal): Promise<ReceiptBatch> {
    const page = ReceiptPageSchema.safeParse(await this.feedPage('receipts', cursor, waitMs, signal));
    if (!page.success) throw new AppError(unreachable(this.base, 'unreadable receipts page'));
    return {
      receipts: page.data.receipts.map((r) => ({ xml: r.xml, idempotencyKey: r.idempotencyKey })),
      nextCursor: page.data.nextCursor,
    };
  }

  async pullMilestones(cursor: string, waitMs: number, signal?: AbortSignal): Promise<MilestoneBatch> {
    const page = MilestonePageSchema.safeParse(await this.feedPage('milestones', cursor, waitMs, signal));
    if (!page.success) throw new AppError(unreachable(this.base, 'unreadable milestones page'));
    return { milestones: page.data.milestones, nextCursor: page.data.nextCursor };
  }

  /** One page of a feed (long-poll up to waitMs); failures thrown as the AppError the sync service shows. */
  private async feedPage(feed: 'receipts' | 'milestones', cursor: string, waitMs: number, signal?: AbortSignal): Promise<unknown> {
    const query = new URLSearchParams({ after: cursor, limit: String(this.options.pageSize ?? 200), waitMs: String(Math.min(30_000, Math.max(0, waitMs))) });
    let response: Response;
    try {
      response = await fetch(`${this.base}/v1/${feed}?${query.toString()}`, {
        headers: this.headers(),
        signal: anySignal([signal, AbortSignal.timeout(waitMs + 15_000)]),
      });
    } catch (error) {
      throw new AppError(unreachable(this.base, causeCode(error) ?? (isTimeout(error) ? 'timeout' : String(error))));
    }
    const body = await readJson(response);
    if (response.status === 401 || response.status === 403) throw new AppError(unauthorised(response.status, body));
    if (!response.ok) throw new AppError(busy(response.status));
    return body;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
