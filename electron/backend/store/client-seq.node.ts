import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Four characters that tell this profile apart from every other desktop of the firm. */
function deviceTag(db: Database.Database): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'device_tag'").get() as { value: string } | undefined;
  if (row) return row.value;
  const tag = [...randomBytes(4)].map((b) => BASE32[b % BASE32.length]).join('');
  db.prepare("INSERT INTO meta (key, value) VALUES ('device_tag', ?)").run(tag);
  return tag;
}

/**
 * The declaration's ClientSeqNo (DecSign, at most 18 characters): `CW` + device tag (4) +
 * local date yyMMdd (6) + a per-day counter (6). Given at creation and never changed, so every
 * retry of a submission carries the same key. Call inside the creating transaction.
 */
export function nextClientSeqNo(db: Database.Database, now: Date): string {
  const day = [now.getFullYear() % 100, now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('');
  const tag = deviceTag(db);
  const row = db
    .prepare(
      'INSERT INTO client_seq (day, next) VALUES (?, 2) ON CONFLICT (day) DO UPDATE SET next = next + 1 RETURNING next - 1 AS seq',
    )
    .get(day) as { seq: number };
  return `CW${tag}${day}${String(row.seq).padStart(6, '0')}`;
}
