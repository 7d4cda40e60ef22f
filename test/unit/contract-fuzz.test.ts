import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Backend } from '../../electron/backend/backend.node';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { startHost, type RunningHost } from '../../electron/host/server.node';
import { callNames, calls, type CallName } from '../../shared/ipc/contract';
import { seedsDir } from './helpers/sync-backend';
import { useTempProfiles } from './helpers/temp-profile';

/**
 * The contract's door under fire (issue 9, security gate): every call, through the browser host
 * as the renderer reaches it, gets payloads its input schema refuses: wrong types, missing and
 * unknown keys, huge strings, path and SQL lookalikes, prototype keys. Each must come back as a
 * typed INVALID_INPUT naming what is wrong, in both languages; the host must keep answering; and
 * not one row of the profile may change.
 */
const tempProfile = useTempProfiles();
const TOKEN = 'fuzz-token-0123456789';
let running: { host: RunningHost; backend: Backend } | null = null;

afterEach(async () => {
  await running?.host.close();
  running?.backend.close();
  running = null;
});

/** Values no field of ours accepts in every place: each is tried in every key of every call. */
const junk: unknown[] = [
  null,
  true,
  -1,
  1.5,
  1e308,
  '',
  'x'.repeat(20_000),
  '../../../etc/passwd',
  "'; DROP TABLE documents; --",
  '2026-02-30',
  '\u0000\u202e',
  [],
  [null, { nested: ['deep'] }],
  {},
  // An own "__proto__" key, as JSON.parse makes it (an object literal would set the prototype instead).
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
];

function keysOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as Record<string, unknown>) : [];
}

/** Payloads for one call, as they cross the wire, kept only when its schema refuses them (the backend reads null as {}). */
function malformed(name: CallName): unknown[] {
  const schema = calls[name].input as z.ZodType;
  const keys = keysOf(schema);
  const candidates: unknown[] = [42, 'text', [], true, { unexpected: 1 }, JSON.parse('{"__proto__": {"polluted": true}, "unexpected": 1}') as unknown];
  for (const key of keys) for (const value of junk) candidates.push({ [key]: value });
  for (const value of junk) candidates.push(Object.fromEntries(keys.map((k) => [k, value])));
  return candidates.map((payload) => JSON.parse(JSON.stringify(payload)) as unknown).filter((payload) => !schema.safeParse(payload ?? {}).success);
}

/** Every row of every table, hashed: the profile before and after must be the same bytes of data. */
function fingerprint(profileDir: string): Record<string, string> {
  const db = new Database(join(profileDir, DATABASE_FILE), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => {
        // Rows as text, sorted: some tables have no rowid to order by.
        const rows = (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
        return [name, createHash('sha256').update(rows.sort().join('\n')).digest('hex')];
      }),
    );
  } finally {
    db.close();
  }
}

async function start(): Promise<{ host: RunningHost; profileDir: string }> {
  const staticDir = join(tempProfile(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>清关通</title>');
  const profileDir = tempProfile();
  const backend = new Backend({ profileDir, version: 'test', seedsDir, sync: { timers: false } });
  const host = await startHost({ backend, staticDir, token: TOKEN });
  running = { host, backend };
  return { host, profileDir };
}

async function post(host: RunningHost, name: string, body: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/call/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, json: await res.json() };
}

const TypedError = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.string(), messageZh: z.string().min(1), messageEn: z.string().min(1) }),
});

describe('the contract under malformed input', () => {
  it('answers thousands of payloads the schemas refuse, to every call, with a typed error, and writes nothing', async () => {
    const { host, profileDir } = await start();
    // Let the start-up writes (seeds, examples) settle before the snapshot.
    expect(await post(host, 'app.status', '{}')).toMatchObject({ status: 200, json: { ok: true } });
    const before = fingerprint(profileDir);

    let sent = 0;
    const wrong: string[] = [];
    for (const name of callNames) {
      for (const payload of malformed(name)) {
        const { status, json } = await post(host, name, JSON.stringify(payload));
        sent++;
        const typed = TypedError.safeParse(json);
        if (status !== 200 || !typed.success || typed.data.error.code !== 'INVALID_INPUT') {
          wrong.push(`${name} ${JSON.stringify(payload).slice(0, 80)} -> ${status} ${JSON.stringify(json).slice(0, 160)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(3_000);
    console.info(`contract fuzz: ${sent} refused payloads to ${callNames.length} calls`);

    // Not JSON, an unknown call, a call name with a path in it: typed refusals too.
    expect(await post(host, 'documents.list', '{"unterminated":')).toMatchObject({ status: 400, json: { ok: false, error: { code: 'INVALID_INPUT' } } });
    expect(await post(host, 'no.such.call', '{}')).toMatchObject({ status: 200, json: { ok: false, error: { code: 'UNKNOWN_CALL' } } });
    expect(await post(host, '../../constructor', '{}')).toMatchObject({ json: { ok: false } });

    // Still answering, nothing polluted, nothing written.
    expect(await post(host, 'app.status', '{}')).toMatchObject({ status: 200, json: { ok: true, value: { state: 'ready' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(fingerprint(profileDir)).toEqual(before);
  }, 180_000);
});
