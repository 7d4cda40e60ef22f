import { formatLocalTime } from '../declarations/format-time';

const pad = (n: number) => String(n).padStart(2, '0');

/** 2025-11-26 14:05:09: retries and receipts are seconds apart, so the Outbox shows seconds. */
export function formatPreciseTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatLocalTime(iso)}:${pad(d.getSeconds())}`;
}

/** 14:05:09 when it is today, the full time otherwise: for the next retry, shown beside the state. */
export function formatClockTime(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const sameDay = d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  return sameDay ? `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : formatPreciseTime(iso);
}
