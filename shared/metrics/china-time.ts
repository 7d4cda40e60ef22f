/**
 * China time (UTC+8, no daylight saving) for periods and months: a broker in Shanghai means
 * "November" and "from 1 Nov to 30 Nov" on the wall clock there, whatever the machine's zone.
 */
export const CHINA_OFFSET_MS = 8 * 3_600_000;
export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Epoch ms of 00:00 China time on an ISO date (YYYY-MM-DD). */
export function chinaDayStartMs(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - CHINA_OFFSET_MS;
}

/** [start, end) in epoch ms: from 00:00 on `from` to 24:00 on `to`, China time. */
export function chinaPeriodMs(from: string, to: string): { startMs: number; endMs: number } {
  return { startMs: chinaDayStartMs(from), endMs: chinaDayStartMs(to) + DAY_MS };
}

/** YYYY-MM of an instant, China time. */
export function chinaMonthOf(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

/**
 * The months (China time) a period touches, with the instant each one starts, oldest first. The
 * first start is the period's own start so that `monthIndex` needs no special case for it.
 */
export function chinaMonthsOf(startMs: number, endMs: number): { keys: string[]; startsMs: Float64Array } {
  const keys: string[] = [];
  const starts: number[] = [];
  const first = new Date(startMs + CHINA_OFFSET_MS);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  for (let at = startMs; at < endMs; ) {
    keys.push(`${year}-${String(month + 1).padStart(2, '0')}`);
    starts.push(at);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
    at = Date.UTC(year, month, 1) - CHINA_OFFSET_MS;
  }
  return { keys, startsMs: Float64Array.from(starts) };
}

/** Index of the month holding `ms` in chinaMonthsOf's starts (binary search; ms within the period). */
export function monthIndex(startsMs: Float64Array, ms: number): number {
  let lo = 0;
  let hi = startsMs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((startsMs[mid] as number) <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** YYYY-MM-DD of an instant, China time. */
export function chinaDateOf(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/*
 * Customs and Chinese logistics systems write local time without a zone (NOTICE_DATE, a
 * spreadsheet's "2026-11-03 14:20"): it is China Standard Time, UTC+8 all year.
 */

const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;
const ZONED = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Text with a time in it to ISO UTC: a zone when it has one (ISO 8601), China time when it has
 * none; slashes ("2026/11/03 14:20") are read like dashes. Null when it is not a real date and time.
 */
export function chinaTimeToUtc(text: string): string | null {
  const trimmed = text.trim().replace(/\//g, '-');
  if (ZONED.test(trimmed)) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) return null;
    const ms = Date.parse(trimmed);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const m = LOCAL.exec(trimmed);
  if (!m) return null;
  const [year, month, day, hour, minute, second, milli] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, milli);
  const back = new Date(wallClock);
  // Date.UTC rolls 2026-02-30 over into March: such a date does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(wallClock - CHINA_OFFSET_MS).toISOString();
}

/** An ISO UTC time as China wall-clock text ("2026-11-03 14:20"), for messages a broker reads. */
export function chinaWallClock(isoUtc: string): string {
  return new Date(Date.parse(isoUtc) + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
