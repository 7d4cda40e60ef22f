import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Backend } from '../../../electron/backend/backend.node';
import { applyReceipts } from '../../../electron/backend/sync/apply-receipts.node';
import { DATABASE_FILE } from '../../../electron/backend/store/open-database.node';
import type { CertificateSummary } from '../../../shared/signing/schema';
import type { OutboxItem } from '../../../shared/sync/schema';
import { validImport } from '../../fixtures/declarations';
import { fixtureInvoices } from '../../fixtures/fees/invoices';
import { decResult, importResponse } from './dec-result';
import { ok, saveNew, syncBackend } from './sync-backend';
import { P12_PASSWORD, type TestPki } from './test-pki';

export const DEVICE_TOKEN = 'dev-tok-7f3a9c1e5b2d4860a1';
export const PASSPHRASE = 'correct horse battery';
export const DATA_KEY_A = new Uint8Array(randomBytes(32));

/** A second connection to the profile's database (as the receipt feed has), for setup and reading back. */
export function openProfileDb(profileDir: string): Database.Database {
  const db = new Database(join(profileDir, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Everything a broker's profile holds, made through the real calls: declarations with several
 * revisions, an accepted outbox item with its receipts, a queued one, fee invoices (and the seed
 * fee lists), a device token, settings, and two certificates, one sealed with the OS data key
 * (desktop) and one with a passphrase (browser host / CLI).
 */
export async function richProfile(profileDir: string, pki: TestPki): Promise<{ documents: string[]; certificates: CertificateSummary[] }> {
  const b64 = (path: string) => readFileSync(path).toString('base64');
  const desktop = syncBackend(profileDir, { dataKey: DATA_KEY_A });
  const osCert = await ok<CertificateSummary>(desktop, 'certificates.import', { p12Base64: b64(pki.p12.rsa), password: P12_PASSWORD });
  desktop.close();

  const backend = syncBackend(profileDir);
  await ok(backend, 'keys.unlock', { passphrase: PASSPHRASE });
  const passCert = await ok<CertificateSummary>(backend, 'certificates.import', { p12Base64: b64(pki.p12.ec), password: P12_PASSWORD });
  await ok(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: 'http://127.0.0.1:9', deviceToken: DEVICE_TOKEN });
  await ok(backend, 'settings.update', { language: 'en', enterpriseCode: '3120000001' });

  const accepted = await saveNew(backend, { kind: 'declaration', data: validImport() });
  const acceptedItem = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: accepted });
  const db = openProfileDb(profileDir);
  const seq = 'I20260000971587171';
  db.transaction(() =>
    applyReceipts(
      db,
      [
        { xml: importResponse({ clientSeqNo: acceptedItem.clientSeqNo, seqNo: seq }), idempotencyKey: acceptedItem.idempotencyKey },
        { xml: decResult({ seqNo: seq, channel: 'R', noticeDate: '2026-11-26T15:00:00' }), idempotencyKey: acceptedItem.idempotencyKey },
      ],
      new Date(),
    ),
  )();
  db.close();

  const queued = await saveNew(backend, { kind: 'declaration', data: validImport() });
  await ok(backend, 'sync.enqueue', { documentId: queued });

  // A draft edited three times.
  const draft = await saveNew(backend, { kind: 'declaration', data: validImport() });
  for (let revision = 2; revision <= 4; revision++) {
    const data = validImport();
    data.head.noteS = `revision ${revision + 1}`;
    await ok(backend, 'documents.save', { id: draft, baseRevision: revision, body: { kind: 'declaration', data } });
  }
  for (const invoice of fixtureInvoices) await ok(backend, 'fees.saveInvoice', { invoice });
  backend.close();
  return { documents: [accepted, queued, draft], certificates: [osCert, passCert] };
}

/** Every row of every table, each table's rows sorted, blobs as hex: two profiles compare row for row. */
export function dumpTables(profileDir: string): Record<string, string[]> {
  const db = new Database(join(profileDir, DATABASE_FILE), { readonly: true });
  try {
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    const out: Record<string, string[]> = {};
    for (const name of names) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      out[name] = rows.map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? `hex:${v.toString('hex')}` : v))).sort();
    }
    return out;
  } finally {
    db.close();
  }
}

export type { Backend };

/** Adds a `bulk_test` table of blobs to a profile (a large profile for backup tests), checkpointed into the main file. */
export function addBulkRows(profileDir: string, blobs: Iterable<Uint8Array>): void {
  const db = openProfileDb(profileDir);
  db.exec('CREATE TABLE bulk_test (blob BLOB)');
  const insert = db.prepare('INSERT INTO bulk_test (blob) VALUES (?)');
  db.transaction(() => {
    for (const blob of blobs) insert.run(blob);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** One SHA-256 over every `bulk_test` blob in order: equal when a restore gave every byte back. */
export function bulkRowsHash(profileDir: string): string {
  const db = openProfileDb(profileDir);
  const rows = db.prepare('SELECT hex(blob) AS h FROM bulk_test ORDER BY rowid').all() as { h: string }[];
  db.close();
  return createHash('sha256').update(rows.map((r) => r.h).join()).digest('hex');
}
