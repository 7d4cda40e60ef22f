import { describe, expect, it } from 'vitest';
import type { AppErrorValue } from '../../shared/ipc/errors';
import { channelMeaning } from '../../shared/messages/receipt-status';
import { declarationRules, runRules } from '../../shared/rules/index';
import { noReferenceData } from '../../shared/rules/engine';
import type { StoredReceipt, SyncStatus } from '../../shared/sync/schema';
import { submitProblems } from '../../renderer/src/areas/editor/submit/submit-problems';
import { formatClockTime } from '../../renderer/src/areas/outbox/format-precise-time';
import { outboxFilterIds, statesOf } from '../../renderer/src/areas/outbox/outbox-filter';
import { channelConfigured, waitingCount } from '../../renderer/src/areas/outbox/sync-counts';
import { isRejection, latestRejection } from '../../renderer/src/areas/receipts/receipt-kinds';
import { validImport } from '../fixtures/declarations';

function receipt(channel: string, at: string, kind: StoredReceipt['kind'] = 'dec-result'): StoredReceipt {
  const meaning = channelMeaning(channel);
  return {
    id: `${channel}-${at}`,
    documentId: 'd1',
    revision: 1,
    kind,
    channel,
    seqNo: null,
    entryId: null,
    noticeDate: null,
    note: null,
    meaningZh: meaning.zh,
    meaningEn: meaning.en,
    field: null,
    receivedAt: at,
    raw: '<DEC_RESULT/>',
  };
}

describe('the submit error shows the findings the backend refused with', () => {
  it('reads real rule findings out of details.findings, errors only, each with its field', () => {
    const broken = validImport();
    broken.head.grossWet = '';
    const findings = runRules(declarationRules, broken, { phase: 'declare', refs: noReferenceData });
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const error: AppErrorValue = { code: 'INVALID_INPUT', messageZh: '有错误', messageEn: 'errors', details: { findings } };
    const problems = submitProblems(error);
    expect(problems).toHaveLength(Math.min(errors.length, 20));
    expect(problems.map((p) => p.path)).toContain('head.grossWet');
    // The warning the rules also found (an HS code the empty reference data cannot confirm) is not listed.
    expect(findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(problems.every((p) => p.severity !== 'warning')).toBe(true);
  });

  it('gives nothing for an error without findings (no certificate, keys locked)', () => {
    expect(submitProblems({ code: 'KEYS_LOCKED', messageZh: '密钥已锁定', messageEn: 'Keys locked' })).toEqual([]);
    expect(submitProblems({ code: 'CONFLICT', messageZh: 'x', messageEn: 'x', details: { status: 'queued' } })).toEqual([]);
  });
});

describe('the receipt timeline', () => {
  it('treats E, Z and Y as rejections, and neither an import response nor J or P', () => {
    expect(['E', 'Z', 'Y'].map((c) => isRejection(receipt(c, '2026-11-26T10:00:00.000Z')))).toEqual([true, true, true]);
    expect(['7', 'L', 'J', 'P', 'R'].some((c) => isRejection(receipt(c, '2026-11-26T10:00:00.000Z')))).toBe(false);
  });

  it('names the newest rejection when there are several', () => {
    const list = [receipt('7', '2026-11-26T10:00:00.000Z'), receipt('E', '2026-11-26T10:01:00.000Z'), receipt('7', '2026-11-26T11:00:00.000Z'), receipt('Z', '2026-11-26T11:02:00.000Z')];
    expect(latestRejection(list)?.channel).toBe('Z');
    expect(latestRejection(list.slice(0, 1))).toBeNull();
  });
});

describe('the Outbox filters and counts', () => {
  it('"to send" is queued, sending and retrying; "all" asks for every state', () => {
    expect(statesOf('pending')).toEqual(['queued', 'sending', 'failed-retryable']);
    expect(statesOf('all')).toBeUndefined();
    expect(outboxFilterIds).toEqual(['all', 'pending', 'awaiting', 'accepted', 'rejected', 'cancelled']);
  });

  it('the badge counts what is still to go out, not what waits for customs', () => {
    expect(waitingCount({ queued: 2, sending: 1, failedRetryable: 3, awaitingReceipt: 7, accepted: 9, rejected: 4 })).toBe(6);
  });

  it('a channel is configured with URL and token (gateway) or ImpPath (folder)', () => {
    const status = (settings: Partial<SyncStatus['settings']>): SyncStatus => ({
      settings: { channel: 'gateway', gatewayUrl: null, hasDeviceToken: false, impPath: null, autoSend: true, ...settings },
      online: null,
      lastContactAt: null,
      problem: null,
      counts: { queued: 0, sending: 0, failedRetryable: 0, awaitingReceipt: 0, accepted: 0, rejected: 0 },
      sendingNow: 0,
    });
    expect(channelConfigured(status({ gatewayUrl: 'http://127.0.0.1:8787' }))).toBe(false);
    expect(channelConfigured(status({ gatewayUrl: 'http://127.0.0.1:8787', hasDeviceToken: true }))).toBe(true);
    expect(channelConfigured(status({ channel: 'transfer-folder', impPath: 'C:\\ImpPath' }))).toBe(true);
    expect(channelConfigured(status({ channel: 'transfer-folder', gatewayUrl: 'http://x', hasDeviceToken: true }))).toBe(false);
  });

  it('the next retry shows the time of day when it is today, the date too otherwise', () => {
    const now = new Date(2026, 10, 26, 9, 0, 0);
    expect(formatClockTime(new Date(2026, 10, 26, 9, 5, 7).toISOString(), now)).toBe('09:05:07');
    expect(formatClockTime(new Date(2026, 10, 27, 0, 0, 1).toISOString(), now)).toBe('2026-11-27 00:00:01');
  });
});
