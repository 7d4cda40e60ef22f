// Sync benchmark (issue 6): 1,000 declarations, each with a one-page signed packing-list PDF,
// submitted by the desktop's outbox to the sandbox gateway over loopback. Measured: the whole run
// from "send now" until every item is on the gateway, each submission's send attempt (p50/p99),
// and how long a receipt takes from the gateway publishing it to the desktop storing it. Baseline
// in the same run: the same 1,000 payloads as raw HTTP POSTs (same concurrency), no outbox.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Backend } from '../../electron/backend/backend.node';
import type { CallName, CallOutput } from '../../shared/ipc/contract';
import type { Submission } from '../../shared/gateway/api';
import { matchingPackingList, validImport } from '../fixtures/declarations';
import { bundleGateway, freePort, GatewayProcess } from '../unit/helpers/gateway-process';
import { makeTestPki, P12_PASSWORD } from '../unit/helpers/test-pki';
import { printTable, summarize, writeResult } from './bench-kit';

const COUNT = 1000;
/** Raw POSTs in flight at once in the baseline: the outbox engine's own limit. */
const BASELINE_CONCURRENCY = 4;
const TARGET_TOTAL_MS = 20_000;

async function call<K extends CallName>(backend: Backend, name: K, input: unknown): Promise<CallOutput<K>> {
  const result = await backend.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.messageEn}`);
  return result.value as CallOutput<K>;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'clearway-bench-sync-'));
  const pki = makeTestPki();
  const gatewayData = join(work, 'gateway');
  mkdirSync(gatewayData);
  const gateway = new GatewayProcess({ bundle: await bundleGateway(work), dataDir: gatewayData, port: await freePort(), speed: 20_000, seed: 1, serveArgs: [] });
  try {
    await gateway.start();
    const desk = await gateway.enrol('基准报关行', '91310000MA1FLB001X');
    const raw = await gateway.enrol('基准报关行 原始', '91310000MA1FLB002X');
    for (const tenant of [desk, raw]) await gateway.admin(['cert', 'register', '--enterprise', tenant.uscc, '--file', pki.certPem.rsa]);

    const profileDir = join(work, 'desktop');
    const backend = new Backend({ profileDir, version: 'bench', seedsDir: join(process.cwd(), 'seeds') });
    await call(backend, 'keys.unlock', { passphrase: randomBytes(12).toString('hex') });
    await call(backend, 'certificates.import', { p12Base64: readFileSync(pki.p12.rsa).toString('base64'), password: P12_PASSWORD, fileName: 'rsa.p12' });
    await call(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: gateway.url, deviceToken: desk.token, autoSend: false });

    // Preparation, not the measured run: 1,000 declarations, each with its packing list, enqueued
    // (validated, frozen, the packing list rendered and signed).
    const enqueueMs: number[] = [];
    for (let n = 0; n < COUNT; n++) {
      const declaration = await call(backend, 'documents.create', { kind: 'declaration', direction: 'I' });
      const data = validImport();
      data.head.noteS = `bench #${n}`;
      await call(backend, 'documents.save', { id: declaration.id, baseRevision: declaration.revision, body: { kind: 'declaration', data } });
      const list = await call(backend, 'documents.create', { kind: 'packing-list' });
      await call(backend, 'documents.save', { id: list.id, baseRevision: list.revision, body: { kind: 'packing-list', data: { ...matchingPackingList(), declarationId: declaration.id } } });
      const start = performance.now();
      await call(backend, 'sync.enqueue', { documentId: declaration.id });
      enqueueMs.push(performance.now() - start);
      if ((n + 1) % 100 === 0) process.stdout.write(`enqueued ${n + 1}\n`);
    }

    // The measured run: send now, until all 1,000 are on the gateway (SeqNo known on the desktop).
    const runStart = performance.now();
    await call(backend, 'sync.configure', { autoSend: true });
    await call(backend, 'sync.sendNow', {});
    for (;;) {
      const { counts } = await call(backend, 'sync.status', {});
      if (counts.awaitingReceipt + counts.accepted + counts.rejected >= COUNT) break;
      if (counts.failedRetryable > 0) await call(backend, 'sync.sendNow', {});
      await new Promise((r) => setTimeout(r, 20));
    }
    const totalMs = performance.now() - runStart;

    const items = await call(backend, 'sync.list', { limit: 1000 });
    const sendMs: number[] = [];
    for (const item of items) {
      const detail = await call(backend, 'sync.item', { id: item.id });
      const sent = detail.history.filter((h) => h.durationMs !== null);
      const last = sent[sent.length - 1];
      if (last?.durationMs != null) sendMs.push(last.durationMs);
    }

    // Receipts end to end: published on the gateway (delivered_at) -> stored on the desktop.
    await waitFor(async () => (await gateway.unpublishedReceipts()) === 0, 120_000);
    const published = await gateway.query<{ xml: string; delivered_at: string }>(
      'SELECT r.xml, r.delivered_at FROM receipts r JOIN submissions s ON s.id = r.submission_id JOIN enterprises e ON e.id = s.enterprise_id WHERE e.uscc = $1 AND r.cursor IS NOT NULL',
      [desk.uscc],
    );
    const publishedAt = new Map(published.map((r) => [r.xml, Date.parse(r.delivered_at)]));
    const receiptMs: number[] = [];
    await waitFor(async () => {
      receiptMs.length = 0;
      for (const item of items) {
        for (const receipt of await call(backend, 'receipts.forDocument', { documentId: item.documentId })) {
          const at = publishedAt.get(receipt.raw);
          if (at !== undefined) receiptMs.push(Date.parse(receipt.receivedAt) - at);
        }
      }
      return receiptMs.length >= publishedAt.size;
    }, 120_000);

    // Baseline: the same frozen payloads as raw POSTs by a second enterprise, no outbox.
    backend.close();
    const payloads = outboxPayloads(profileDir);
    const baselineMs: number[] = [];
    const baselineStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: BASELINE_CONCURRENCY }, async () => {
        while (next < payloads.length) {
          const payload = payloads[next++] as Submission;
          const start = performance.now();
          const res = await fetch(`${gateway.url}/v1/submissions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${raw.token}`, 'content-type': 'application/json' },
            body: JSON.stringify(payload),
          });
          await res.arrayBuffer();
          if (res.status !== 201) throw new Error(`baseline POST answered ${res.status}`);
          baselineMs.push(performance.now() - start);
        }
      }),
    );
    const baselineTotalMs = performance.now() - baselineStart;

    const rows = {
      'outbox: enqueue (validate, freeze, render + sign PDF)': summarize(enqueueMs),
      'outbox: send attempt per submission': summarize(sendMs),
      'baseline: raw POST per submission': summarize(baselineMs),
      'receipt: gateway publish -> stored on desktop': summarize(receiptMs),
    };
    printTable(`sync: ${COUNT} submissions with a one-page signed PDF each, loopback`, rows);
    const totals = {
      outboxTotalMs: Math.round(totalMs),
      baselineTotalMs: Math.round(baselineTotalMs),
      outboxOverBaseline: Math.round((totalMs / baselineTotalMs) * 100) / 100,
      targetTotalMs: TARGET_TOTAL_MS,
      withinTarget: totalMs < TARGET_TOTAL_MS,
      receiptsMeasured: receiptMs.length,
      pdfBytesPerSubmission: Math.round(payloads.reduce((sum, p) => sum + p.attachments.reduce((s, a) => s + (a.pdfBase64.length * 3) / 4, 0), 0) / payloads.length),
    };
    console.table(totals);
    const file = writeResult('sync', { count: COUNT, machine: { cpus: cpus().length, load: loadavg() }, totals, rows });
    console.log(`result: ${file}`);
  } finally {
    await gateway.stop();
    pki.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The frozen submissions exactly as the outbox holds them (read from the profile's database). */
function outboxPayloads(profileDir: string): Submission[] {
  const db = new Database(join(profileDir, 'clearway.db'), { readonly: true });
  try {
    const items = db.prepare('SELECT id, idempotency_key, client_seq_no, revision, dec_message_xml FROM outbox ORDER BY created_at').all() as {
      id: string;
      idempotency_key: string;
      client_seq_no: string;
      revision: number;
      dec_message_xml: string;
    }[];
    const attachments = db.prepare('SELECT edoc_id, edoc_code, pdf FROM outbox_attachments WHERE outbox_id = ? ORDER BY position');
    return items.map((item) => ({
      idempotencyKey: item.idempotency_key,
      clientSeqNo: item.client_seq_no,
      revision: item.revision,
      decMessageXml: item.dec_message_xml,
      attachments: (attachments.all(item.id) as { edoc_id: string; edoc_code: string; pdf: Buffer }[]).map((a) => ({
        edocId: a.edoc_id,
        edocCode: a.edoc_code,
        pdfBase64: a.pdf.toString('base64'),
      })),
    }));
  } finally {
    db.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
