// Port-fee audit benchmark: a busy office's month, 2,000 invoices with 20,000 lines from the three
// example parties, 1,000 declarations to tie them to by B/L and container (a tenth inspected with
// no problem), audited through the contract on SQLite (fees.audit: read lists and invoices, link
// lines, inspection results from tracking events, every rule, totals). Baseline, measured in the
// same run: reading and parsing the same invoices (FeeRepository.allInvoices), the floor any audit
// pays. Target: p95 < 1,000 ms, so the audit screen needs no progress bar.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import { Store } from '../../electron/backend/store/store.node';
import type { CallResult } from '../../shared/ipc/errors';
import type { FeeAuditReport } from '../../shared/fees/schema';
import type { ChargingParty, FeeInvoice } from '../../shared/model/fees';
import { validImport } from '../fixtures/declarations';
import { containerCheckDigit } from '../../shared/rules/identifiers';
import { printTable, summarize, writeResult } from './bench-kit';

// CLEARWAY_BENCH_FEES_SCALE=0.1 runs a tenth of the month (for a quick look or a CPU profile).
const SCALE = Number(process.env.CLEARWAY_BENCH_FEES_SCALE ?? '1');
const INVOICES = Math.round(2_000 * SCALE);
const LINES_PER_INVOICE = 10;
const DECLARATIONS = Math.round(1_000 * SCALE);
const RUNS = SCALE < 1 ? 5 : 15;
const WARMUP = 2;
const TARGET_P95_MS = 1_000;
const seedsDir = join(process.cwd(), 'seeds');

const parties: ChargingParty[] = [
  { kind: 'terminal', name: '示例集装箱码头有限公司' },
  { kind: 'shipping-line', name: '示例远洋船务有限公司' },
  { kind: 'broker', name: '示例报关有限公司' },
];

/** What each party bills, in its own words: listed items, an over-rate, an abolished fee, an unlisted one. */
const items: Record<string, { itemName: string; unitPrice: string; unit?: 'container' | 'bl' | 'declaration' }[]> = {
  terminal: [
    { itemName: '港口作业包干费', unitPrice: '860.00', unit: 'container' },
    { itemName: '包干费', unitPrice: '900.00', unit: 'container' },
    { itemName: '港口设施保安费', unitPrice: '12.00', unit: 'container' },
    { itemName: '查验移箱费', unitPrice: '150.00', unit: 'container' },
    { itemName: '港建费', unitPrice: '64.00', unit: 'container' },
  ],
  'shipping-line': [
    { itemName: 'THC', unitPrice: '1250.00' },
    { itemName: 'D/O FEE', unitPrice: '300.00' },
    { itemName: '文件费', unitPrice: '500.00', unit: 'bl' },
    { itemName: '电放费', unitPrice: '300.00', unit: 'bl' },
  ],
  broker: [
    { itemName: '报关费', unitPrice: '250.00', unit: 'declaration' },
    { itemName: '仓储管理费', unitPrice: '180.00' },
  ],
};

/** A box with its ISO 6346 check digit, so every box is one a real invoice could name. */
function containerNo(serial: number): string {
  const base = `MSKU${String(serial).padStart(6, '0')}`;
  return `${base}${containerCheckDigit(base) ?? 0}`;
}

const billOf = (d: number) => `SHA2025${String(d).padStart(6, '0')}`;

function invoice(n: number): Omit<FeeInvoice, 'id'> {
  const party = parties[n % parties.length] as ChargingParty;
  const menu = items[party.kind] ?? [];
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    party,
    invoiceNo: `BENCH-${n}`,
    invoiceDate: `2025-03-${day}`,
    currency: 'CNY',
    lines: Array.from({ length: LINES_PER_INVOICE }, (_, i) => {
      const item = menu[(n + i) % menu.length] ?? { itemName: '报关费', unitPrice: '250.00' };
      const d = (n * LINES_PER_INVOICE + i) % DECLARATIONS;
      return {
        lineNo: i + 1,
        itemName: item.itemName,
        quantity: '1',
        unitPrice: item.unitPrice,
        amount: item.unitPrice,
        ...(item.unit ? { unit: item.unit } : {}),
        blNo: billOf(d),
        containerNo: containerNo(d),
        containerSize: '40' as const,
        containerType: 'general' as const,
        direction: 'import' as const,
        load: 'full' as const,
        trade: 'foreign' as const,
        serviceDate: `2025-03-${day}`,
      };
    }),
  };
}

async function call<T>(backend: Backend, name: string, input: unknown): Promise<T> {
  const result = (await backend.call(name, input)) as CallResult<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error.messageEn}`);
  return result.value;
}

/** CLEARWAY_BENCH_CPU_PROFILE=<file>: a CPU profile of the audit runs (open it in Chrome DevTools). */
async function startProfiler(): Promise<{ stop(): Promise<void> } | null> {
  const file = process.env.CLEARWAY_BENCH_CPU_PROFILE;
  if (!file) return null;
  const session = new Session();
  session.connect();
  const post = (method: string): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    async stop() {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function fill(profileDir: string): Promise<void> {
  const backend = new Backend({ profileDir, version: 'bench', seedsDir, sync: { timers: false } });
  for (let d = 0; d < DECLARATIONS; d++) {
    const draft = validImport();
    draft.head.billNo = billOf(d);
    draft.containers = [{ containerId: containerNo(d), containerMd: '22', goodsNo: '1', lclFlag: '0', goodsContaWt: '1000' }];
    const { id } = await call<{ id: string }>(backend, 'documents.create', { kind: 'declaration' });
    await call(backend, 'documents.save', { id, baseRevision: 1, body: { kind: 'declaration', data: draft } });
    if (d % 10 === 0) await call(backend, 'tracking.addEvent', { documentId: id, kind: 'inspection-done', at: '2025-03-02T10:00:00+08:00', outcome: 'no-problem' });
  }
  await backend.close();
  const store = Store.open({ profileDir, seedsDir: null });
  store.fees.saveInvoices(Array.from({ length: INVOICES }, (_, n) => ({ invoice: invoice(n), sourceFile: 'bench.xlsx' })));
  store.close();
}

async function main(): Promise<void> {
  const profileDir = mkdtempSync(join(tmpdir(), 'clearway-bench-fees-'));
  try {
    const fillStart = performance.now();
    await fill(profileDir);
    const fillMs = performance.now() - fillStart;
    const loadBefore = loadavg();

    const store = Store.open({ profileDir, seedsDir: null });
    const floor: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const t = performance.now();
      const read = store.fees.allInvoices({ from: '2025-03-01', to: '2025-03-31' });
      if (read.length !== INVOICES) throw new Error(`read ${read.length} invoices`);
      if (i >= WARMUP) floor.push(performance.now() - t);
    }
    store.close();

    const backend = new Backend({ profileDir, version: 'bench', seedsDir, sync: { timers: false } });
    const profiler = await startProfiler();
    const audit: number[] = [];
    let report: FeeAuditReport | null = null;
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const t = performance.now();
      report = await call<FeeAuditReport>(backend, 'fees.audit', { period: { from: '2025-03-01', to: '2025-03-31' } });
      if (i >= WARMUP) audit.push(performance.now() - t);
    }
    await profiler?.stop();
    await backend.close();
    if (!report) throw new Error('no report');

    // The screen's report carries the caught lines only; every one of them is tied to its declaration.
    const lines = report.invoices.reduce((n, a) => n + a.invoice.lineCount, 0);
    const carried = report.invoices.reduce((n, a) => n + a.invoice.lines.length, 0);
    const linked = report.invoices.reduce((n, a) => n + a.links.length, 0);
    const findings = report.invoices.reduce((n, a) => n + a.findings.length, 0);
    if (lines !== INVOICES * LINES_PER_INVOICE || linked !== carried) throw new Error(`audited ${lines} lines, carried ${carried}, linked ${linked}`);
    const rows = { 'read + parse invoices (baseline)': summarize(floor), 'fees.audit (read, link, rules, totals)': summarize(audit) };
    printTable(`Fee audit of a month: ${INVOICES} invoices, ${lines} lines, ${findings} findings on ${carried} lines, all linked (load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, ${cpus().length} cores)`, rows);
    const p90 = rows['fees.audit (read, link, rules, totals)'].p90Ms;
    const p95Of = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))] ?? 0;
    const auditP95 = p95Of(audit);
    const floorP95 = p95Of(floor);
    console.log(`overall: ${report.overall.map((o) => `${o.currency} invoiced ${o.invoiced}, disputed ${o.disputed}, to review ${o.review}`).join('; ')}`);
    console.log(`fees.audit p95 ${auditP95.toFixed(0)} ms (p90 ${p90.toFixed(0)} ms) vs baseline p95 ${floorP95.toFixed(0)} ms (${(auditP95 / floorP95).toFixed(1)}x); target < ${TARGET_P95_MS} ms: ${auditP95 < TARGET_P95_MS ? 'met' : 'MISSED'}`);
    const file = writeResult('fees', { machine: { cpus: cpus().length, loadBefore, load: loadavg() }, profile: { invoices: INVOICES, lines, declarations: DECLARATIONS, fillMs: Math.round(fillMs) }, rows, auditP95, floorP95, target: auditP95 < TARGET_P95_MS ? 'met' : 'MISSED' });
    console.log(`written ${file}`);
    if (auditP95 >= TARGET_P95_MS) process.exitCode = 1;
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
