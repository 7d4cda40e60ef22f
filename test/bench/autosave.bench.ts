// Autosave benchmark: 1,000 saves of a declaration-sized body (50 items) through the
// backend's contract handler (zod parse in and out, one transaction writing the document and
// a revision), against raw better-sqlite3 inserts of the same bytes with the same pragmas,
// measured in the same run on the same disk. Target: full-path p99 within 2x of raw and < 5 ms.
// Both sides run with the store's pragmas, including wal_autocheckpoint=0: the store checkpoints
// when the broker pauses, so no save pays for one; the tight loop here never pauses.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Backend } from '../../electron/backend/backend.node';
import type { DeclarationDraft } from '../../shared/model/declaration';
import { printTable, summarize, writeResult } from './bench-kit';

const RUNS = 1000;
const WARMUP = 50;

function declarationBody(revision: number): DeclarationDraft {
  return {
    head: {
      ieFlag: 'I',
      customMaster: '2201',
      tradeMode: '0110',
      tradeName: '上海清关通国际贸易有限公司',
      billNo: 'COSU6123456789',
      noteS: `自动保存第 ${revision} 次 autosave ${revision}`,
    },
    items: Array.from({ length: 50 }, (_, i) => ({
      gNo: i + 1,
      codeTs: '8471300000',
      ciqCode: '999',
      gName: `便携式自动数据处理设备 第${i + 1}项`,
      gModel: `3|1|笔记本电脑|无品牌|型号 X${i}-${revision}|CPU 2.4GHz 内存 16GB 硬盘 512GB`,
      gQty: '120.00000',
      gUnit: '001',
      firstQty: '120.00000',
      firstUnit: '001',
      secondQty: '240.50000',
      secondUnit: '035',
      declPrice: '456.7800',
      declTotal: '54813.60',
      tradeCurr: 'USD',
      originCountry: 'VNM',
      destinationCountry: 'CHN',
      districtCode: '31222',
      destCode: '310115',
      dutyMode: '1',
    })),
  };
}

/**
 * The two paths run interleaved, one raw insert then one full save, so that whatever else the
 * machine does (a checkpoint, another process, the GC) falls on both alike.
 */
async function main(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'clearway-bench-'));
  try {
    const fullDir = join(base, 'full');
    mkdirSync(fullDir);
    const backend = new Backend({ profileDir: fullDir, version: 'bench' });
    const created = await backend.call('documents.create', { kind: 'declaration' });
    if (!created.ok) throw new Error(created.error.messageEn);
    const id = (created.value as { id: string }).id;
    let revision = 1;

    const raw = new Database(join(base, 'raw.db'));
    raw.pragma('busy_timeout = 5000');
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('wal_autocheckpoint = 0');
    raw.exec('CREATE TABLE raw (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = raw.prepare('INSERT INTO raw (body) VALUES (?)');

    const rawSamples: number[] = [];
    const fullSamples: number[] = [];
    const bytes = Buffer.byteLength(JSON.stringify({ kind: 'declaration', data: declarationBody(0) }));
    for (let i = -WARMUP; i < RUNS; i++) {
      const t0 = process.hrtime.bigint();
      insert.run(JSON.stringify({ kind: 'declaration', data: declarationBody(i) }));
      const t1 = process.hrtime.bigint();
      const result = await backend.call('documents.save', {
        id,
        baseRevision: revision,
        body: { kind: 'declaration', data: declarationBody(i) },
      });
      const t2 = process.hrtime.bigint();
      if (!result.ok) throw new Error(result.error.messageEn);
      revision += 1;
      if (i >= 0) {
        rawSamples.push(Number(t1 - t0) / 1e6);
        fullSamples.push(Number(t2 - t1) / 1e6);
      }
    }
    backend.close();
    raw.close();
    if (process.env.BENCH_DEBUG) {
      const worst = (xs: number[]) => xs.map((v, i) => [i, v]).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)).slice(0, 15).map(([i, v]) => `${i}:${(v ?? 0).toFixed(1)}`).join(' ');
      console.log('worst full', worst(fullSamples));
      console.log('worst raw ', worst(rawSamples));
    }

    const full = summarize(fullSamples);
    const rawSummary = summarize(rawSamples);
    const ratioP50 = full.p50Ms / rawSummary.p50Ms;
    const ratioP99 = full.p99Ms / rawSummary.p99Ms;
    printTable(`autosave: ${RUNS} saves of a ${(bytes / 1024).toFixed(1)} KB declaration (50 items), WAL + synchronous=FULL, interleaved`, {
      'full path (contract -> store)': full,
      'raw better-sqlite3 INSERT': rawSummary,
    });
    const meetsRatio = ratioP99 <= 2;
    const meetsAbsolute = full.p99Ms < 5;
    console.log(`ratio full/raw: p50 ${ratioP50.toFixed(2)}x, p99 ${ratioP99.toFixed(2)}x`);
    console.log(`target p99 <= 2x raw: ${meetsRatio ? 'met' : 'MISSED'}; target p99 < 5 ms: ${meetsAbsolute ? 'met' : 'MISSED'}`);
    const file = writeResult('autosave', {
      benchmark: 'autosave',
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, load: loadavg() },
      bodyBytes: bytes,
      full,
      raw: rawSummary,
      ratio: { p50: ratioP50, p99: ratioP99 },
      targets: { p99WithinTwiceRaw: meetsRatio, p99UnderFiveMs: meetsAbsolute },
    });
    console.log(`result: ${file}`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

void main();
