/**
 * Customs and Chinese logistics systems write local time without a zone (NOTICE_DATE, a
 * spreadsheet's "2026-11-03 14:20"): it is China Standard Time, UTC+8 all year (no daylight time).
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

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
