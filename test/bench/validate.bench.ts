// Validation benchmark: a 50-item declaration with a 10,000-carton packing list (500 lines of
// 20-carton ranges), all rules (declaration, packing list, cross-document) with the shipped seed
// reference data: in memory (validateBundle, what the renderer runs as the broker types) and
// through the contract on SQLite (validation.run: read both documents, reference data from the
// code tables). Baseline, measured in the same run: a plain loop that only sums the packing
// list's figures with decimal.js, the arithmetic no validation can avoid. Target: p99 < 20 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import { decimal } from '../../shared/model/decimal';
import type { DeclarationDraft } from '../../shared/model/declaration';
import type { PackingList } from '../../shared/model/packing-list';
import { packingListTotals } from '../../shared/model/packing-totals';
import { validateBundle } from '../../shared/rules/index';
import { laptopItem, validImport } from '../fixtures/declarations';
import { seedReferenceData } from '../unit/helpers/seed-reference';
import { printTable, summarize, writeResult } from './bench-kit';

const RUNS = 200;
const WARMUP = 20;
const LINES = 500;
const CARTONS_PER_LINE = 20;
const ITEMS = 50;
const TARGET_P99_MS = 20;

/** ISO 6346 check digit, so the containers pass their rule as real ones would. */
function containerNo(serial: number): string {
  const base = `CSQU${String(serial).padStart(6, '0')}`;
  const values = '0123456789A BCDEFGHIJK LMNOPQRSTU VWXYZ';
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += values.indexOf(base[i] ?? '0') * 2 ** i;
  return `${base}${(sum % 11) % 10}`;
}

function packingList(): PackingList {
  const containers = Array.from({ length: 10 }, (_, i) => containerNo(305430 + i));
  const lines = Array.from({ length: LINES }, (_, i) => ({
    lineNo: i + 1,
    cartonPrefix: 'C',
    cartonFrom: String(i * CARTONS_PER_LINE + 1),
    cartonTo: String((i + 1) * CARTONS_PER_LINE),
    cartons: String(CARTONS_PER_LINE),
    piecesPerCarton: '5',
    description: `Notebook computers lot ${i + 1}`,
    hsCode: '8471300000',
    itemGNo: String((i % ITEMS) + 1),
    netPerCarton: '6.275',
    grossPerCarton: '8.125',
    lengthCm: '60',
    widthCm: '40',
    heightCm: '30',
    containerId: containers[i % containers.length],
  }));
  const list: PackingList = {
    header: { plNo: 'PL-BENCH-10000', plDate: '20261110', billNo: 'COSU6123456789' },
    lines,
    containers: containers.map((containerId, i) => ({ containerId, sealNo: `SH${1000000 + i}`, containerType: '22' })),
  };
  const t = packingListTotals(list);
  list.declaredTotals = { cartons: t.cartons.toFixed(), pieces: t.pieces.toFixed(), netKg: t.netKg.toFixed(), grossKg: t.grossKg.toFixed(), cbm: t.cbm.toFixed() };
  return list;
}

function declaration(list: PackingList): DeclarationDraft {
  const t = packingListTotals(list);
  const draft = validImport();
  const qty = t.pieces.dividedBy(ITEMS);
  draft.items = Array.from({ length: ITEMS }, (_, i) => ({
    ...laptopItem(i + 1),
    gQty: qty.toFixed(),
    firstQty: qty.toFixed(),
    declTotal: qty.times('812.5').toFixed(2),
    secondQty: t.netKg.dividedBy(ITEMS).toFixed(5),
  }));
  draft.head = { ...draft.head, packNo: t.cartons.toFixed(), grossWet: t.grossKg.toFixed(), netWt: t.netKg.toFixed() };
  draft.containers = (list.containers ?? []).map((c) => ({ containerId: c.containerId, containerMd: '22', goodsNo: '1' }));
  return draft;
}

/** The unavoidable arithmetic: every line's cartons times its per-carton figures, summed. */
function baseline(list: PackingList): string {
  let [cartons, pieces, net, gross, cbm] = [decimal(0), decimal(0), decimal(0), decimal(0), decimal(0)];
  for (const line of list.lines ?? []) {
    const n = decimal(line.cartonTo ?? '0').minus(line.cartonFrom ?? '0').plus(1);
    cartons = cartons.plus(n);
    pieces = pieces.plus(n.times(line.piecesPerCarton ?? '0'));
    net = net.plus(n.times(line.netPerCarton ?? '0'));
    gross = gross.plus(n.times(line.grossPerCarton ?? '0'));
    cbm = cbm.plus(n.times(line.lengthCm ?? '0').times(line.widthCm ?? '0').times(line.heightCm ?? '0').dividedBy(1_000_000));
  }
  return [cartons, pieces, net, gross, cbm].map((d) => d.toFixed()).join('/');
}

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

async function main(): Promise<void> {
  const list = packingList();
  const draft = declaration(list);
  const refs = seedReferenceData();
  const inMemory = () => validateBundle({ declaration: draft, packingLists: [list] }, { phase: 'declare', refs });
  const first = inMemory();
  const findings = first.declaration.length + first.packingLists.flat().length + first.crossDocument.length;

  const dir = mkdtempSync(join(tmpdir(), 'clearway-bench-validate-'));
  const backend = new Backend({ profileDir: dir, version: 'bench' });
  try {
    const call = async (name: Parameters<Backend['call']>[0], input: unknown) => {
      const r = await backend.call(name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.messageEn}`);
      return r.value as { id: string };
    };
    const dec = await call('documents.create', { kind: 'declaration' });
    const pl = await call('documents.create', { kind: 'packing-list' });
    await call('documents.save', { id: pl.id, baseRevision: 1, body: { kind: 'packing-list', data: { ...list, declarationId: dec.id } } });
    await call('documents.save', { id: dec.id, baseRevision: 1, body: { kind: 'declaration', data: { ...draft, packingListIds: [pl.id] } } });

    const samples = { baseline: [] as number[], memory: [] as number[], sqlite: [] as number[] };
    // Interleaved, so whatever else the machine does falls on all three alike.
    for (let i = -WARMUP; i < RUNS; i++) {
      let t = process.hrtime.bigint();
      baseline(list);
      const b = ms(t);
      t = process.hrtime.bigint();
      inMemory();
      const m = ms(t);
      t = process.hrtime.bigint();
      await call('validation.run', { id: dec.id, phase: 'declare' });
      const s = ms(t);
      if (i >= 0) {
        samples.baseline.push(b);
        samples.memory.push(m);
        samples.sqlite.push(s);
      }
    }
    const rows = {
      'baseline: decimal.js sums only': summarize(samples.baseline),
      'validateBundle (in memory, seed refs)': summarize(samples.memory),
      'validation.run (contract + SQLite)': summarize(samples.sqlite),
    };
    printTable(`validate: ${ITEMS}-item declaration + ${LINES * CARTONS_PER_LINE}-carton packing list (${LINES} lines), ${RUNS} runs, ${findings} findings`, rows);
    const memory = rows['validateBundle (in memory, seed refs)'];
    const sqlite = rows['validation.run (contract + SQLite)'];
    const base = rows['baseline: decimal.js sums only'];
    console.log(`ratio to baseline p50: in memory ${(memory.p50Ms / base.p50Ms).toFixed(1)}x, SQLite ${(sqlite.p50Ms / base.p50Ms).toFixed(1)}x`);
    const met = memory.p99Ms < TARGET_P99_MS && sqlite.p99Ms < TARGET_P99_MS;
    console.log(`target p99 < ${TARGET_P99_MS} ms: in memory ${memory.p99Ms} ms, SQLite ${sqlite.p99Ms} ms: ${met ? 'met' : 'MISSED'}`);
    const file = writeResult('validate', {
      benchmark: 'validate',
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, load: loadavg() },
      workload: { items: ITEMS, lines: LINES, cartons: LINES * CARTONS_PER_LINE, findings },
      runs: RUNS,
      results: rows,
      targetP99Ms: TARGET_P99_MS,
      met,
    });
    console.log(`result: ${file}`);
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
