// Search benchmark: 1,000 code-table and tariff lookups (exact codes, code prefixes, Chinese
// words, pinyin initials, HS codes typed with dots, English words) through the backend's
// contract handler (zod in and out; code tables through their in-memory gram index, tariff and
// HS through the in-memory copy of the FTS5 trigram / short-token indexes, TariffMemory, built
// at the first tariff search and timed separately; the same ranking), against a
// plain JavaScript scan of the same rows held in memory (pre-lower-cased fields, `includes`,
// the same ranking), interleaved in the same run. Also measures the cold seed load of a new
// profile and the warm start of an existing one (versions match, nothing is loaded), and the
// first keystrokes in the HS panel (each letter, letter pairs: the widest word prefixes).
// Targets: handler p95 < 5 ms, and >= 10x faster than the scan at p95.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import type { CodeTableFile, TariffFile } from '../../shared/codes/schema';
import { codeTableIds, type CodeTableId } from '../../shared/codes/schema';
import type { HsFile } from '../../shared/codes/hs';
import { rankRows, type Rankable } from '../../shared/codes/rank';
import { hsDigits, normalizeQuery } from '../../shared/codes/search';
import { printTable, summarize, writeResult } from './bench-kit';
import { mulberry32 } from '../../server/simulator/random';

const RUNS = 1000;
const WARMUP = 100;
const LIMIT = 20;
/** About the number of 10-digit lines of the full Chinese tariff. */
const FULL_TARIFF_LINES = 12_000;

interface ScanRow extends Rankable {
  hay: string;
}

function scanRow(r: Rankable): ScanRow {
  return { ...r, hay: [r.code, r.nameZh, r.nameEn ?? '', r.initials ?? '', ...(r.aliases ?? [])].join('\n').toLowerCase() };
}

/** The in-memory baseline: lower-cased includes over every row, then the same ranking. */
function scan(rows: readonly ScanRow[], query: string, limit: number): ScanRow[] {
  const q = normalizeQuery(query);
  const words = q.split(' ');
  const hits = rows.filter((r) => words.every((w) => r.hay.includes(w)));
  return rankRows(hits, query, limit);
}

const withP95Of = (samples: number[]) => ({ ...summarize(samples), p95Ms: p95(samples) });
type WithP95 = ReturnType<typeof withP95Of>;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0) * 1000) / 1000;
}

type Kind = 'code exact' | 'code prefix' | 'chinese' | 'initials' | 'hs code' | 'tariff words';
interface Query {
  kind: Kind;
  table: CodeTableId | 'tariff';
  text: string;
}

function substring(text: string, r: () => number, min: number, max: number): string {
  const chars = [...text].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const len = Math.min(chars.length, min + Math.floor(r() * (max - min + 1)));
  const start = Math.floor(r() * Math.max(1, chars.length - len + 1));
  return chars.slice(start, start + len).join('');
}

interface ScenarioResult {
  label: string;
  seedRows: number;
  tariffLines: number;
  synthetic: number;
  coldLoadMs: number;
  warmStartMs: number;
  firstTariffSearchMs: number;
  handler: WithP95;
  scan: WithP95;
  byKind: Record<string, unknown>;
  firstKeystrokes: { handler: WithP95; scan: WithP95 };
  ratio: { p50: number; p95: number };
  emptyResults: number;
  targets: { p95UnderFiveMs: boolean; tenTimesScanAtP95: boolean };
}

/**
 * One scenario: a fresh seeds folder (the shipped code tables and HS file, the shipped Chinese
 * tariff files, and `padTo` minus their lines of synthetic tariff lines, two per HS subheading in
 * turn, so the tariff index can be measured at the size of the full tariff).
 */
async function scenario(base: string, label: string, padTo: number): Promise<ScenarioResult> {
  const repoSeeds = resolve(process.cwd(), 'seeds');
  const dir = mkdtempSync(join(base, 'scenario-'));
  const seedsDir = join(dir, 'seeds');
  mkdirSync(join(seedsDir, 'tariff'), { recursive: true });
  cpSync(join(repoSeeds, 'codes'), join(seedsDir, 'codes'), { recursive: true });
  const hsFile = JSON.parse(readFileSync(join(repoSeeds, 'tariff', 'hs2022-subheadings.json'), 'utf8')) as HsFile;
  cpSync(join(repoSeeds, 'tariff', 'hs2022-subheadings.json'), join(seedsDir, 'tariff', 'hs2022-subheadings.json'));
  const shippedTariff = existsSync(join(repoSeeds, 'tariff')) ? readdirSync(join(repoSeeds, 'tariff')).filter((f) => /^cn-tariff-.+\.json$/.test(f)) : [];
  const tariffLines: TariffFile['lines'] = [];
  for (const f of shippedTariff) {
    cpSync(join(repoSeeds, 'tariff', f), join(seedsDir, 'tariff', f));
    tariffLines.push(...(JSON.parse(readFileSync(join(repoSeeds, 'tariff', f), 'utf8')) as TariffFile).lines);
  }
  const taken = new Set(tariffLines.map((l) => l.code));
  const padding: TariffFile['lines'] = [];
  const hs6 = hsFile.entries.filter((e) => e.level === 6);
  for (let round = 0; tariffLines.length + padding.length < padTo && round < 99; round++) {
    for (const e of hs6) {
      if (tariffLines.length + padding.length >= padTo) break;
      const code = `${e.code}${String(round * 10 + 1).padStart(2, '0')}00`.slice(0, 10);
      if (taken.has(code)) continue;
      taken.add(code);
      const zh = e.keywordsZh?.[round % (e.keywordsZh.length || 1)] ?? `税号${e.code}项下商品`;
      padding.push({ code, nameZh: round % 2 ? `其他${zh}` : `${zh}（第${round + 1}类）`, nameEn: e.descriptionEn, firstUnit: '035', secondUnit: null, elements: [] });
    }
  }
  if (padding.length) {
    const file: TariffFile = { version: 'bench', titleZh: '合成税则', titleEn: 'Synthetic tariff lines', confidence: 'M', sources: [{ id: 'bench', title: 'synthetic' }], lines: padding };
    writeFileSync(join(seedsDir, 'tariff', 'cn-tariff-zz-bench.json'), JSON.stringify(file));
    tariffLines.push(...padding);
  }

  // Cold load (new profile: migrations + every seed file) and warm start (nothing to load).
  const profileDir = join(dir, 'profile');
  let t0 = performance.now();
  const cold = new Backend({ profileDir, version: 'bench', seedsDir });
  const coldMs = performance.now() - t0;
  const coldStatus = await cold.call('codes.status', {});
  cold.close();
  t0 = performance.now();
  const backend = new Backend({ profileDir, version: 'bench', seedsDir });
  const warmMs = performance.now() - t0;
  if (!coldStatus.ok) throw new Error(coldStatus.error.messageEn);
  // The first tariff search builds the in-memory tariff (the app does it in the background after start).
  t0 = performance.now();
  await backend.call('tariff.search', { query: '笔记本', limit: LIMIT });
  const firstTariffMs = performance.now() - t0;
  const seedRows = (coldStatus.value as { seeds: { rows: number }[] }).seeds.reduce((n, s) => n + s.rows, 0);

  // The same rows in memory for the scan.
  const tables = new Map<CodeTableId, CodeTableFile>();
  for (const id of codeTableIds) tables.set(id, JSON.parse(readFileSync(join(seedsDir, 'codes', `${id}.json`), 'utf8')) as CodeTableFile);
  const codeRows = new Map<CodeTableId, ScanRow[]>([...tables].map(([id, t]) => [id, t.entries.map(scanRow)]));
  const tariffRows = tariffLines.map((l) => scanRow({ code: l.code, nameZh: l.nameZh, nameEn: l.nameEn }));
  const hsRows = hsFile.entries.map((e) => scanRow({ code: e.code, nameZh: e.keywordsZh?.[0] ?? '', nameEn: e.descriptionEn, aliases: e.keywordsZh ?? null }));

  // The questions.
  const r = mulberry32(20250601);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const bigTables: CodeTableId[] = ['trade-mode', 'unit', 'country', 'currency', 'port', 'customs-district', 'domestic-district', 'levy-nature', 'licence-document'];

  const withKeywords = hs6.filter((e) => e.keywordsZh);
  const englishWords = hs6.flatMap((e) => e.descriptionEn.toLowerCase().match(/[a-z]{5,}/g) ?? []);
  const queries: Query[] = [];
  while (queries.length < RUNS + WARMUP) {
    const roll = r();
    if (roll < 0.6) {
      const table = pick(bigTables);
      const e = pick(tables.get(table)?.entries ?? []);
      const k = r();
      if (k < 0.25) queries.push({ kind: 'code exact', table, text: e.code });
      else if (k < 0.45) queries.push({ kind: 'code prefix', table, text: e.code.slice(0, Math.max(1, e.code.length - 1 - Math.floor(r() * 2))) });
      else if (k < 0.8) queries.push({ kind: 'chinese', table, text: substring(e.nameZh, r, 1, 4) });
      else queries.push({ kind: 'initials', table, text: (e.initials ?? e.code).slice(0, 2 + Math.floor(r() * 3)) });
    } else {
      const k = r();
      const e = pick(hs6);
      if (k < 0.4) {
        const digits = `${e.code}${Math.floor(r() * 10000).toString().padStart(4, '0')}`.slice(0, pick([4, 6, 8, 10]));
        queries.push({ kind: 'hs code', table: 'tariff', text: r() < 0.5 ? `${digits.slice(0, 4)}.${digits.slice(4)}`.replace(/\.$/, '') : digits });
      } else if (k < 0.75) {
        const kw = pick(withKeywords);
        queries.push({ kind: 'tariff words', table: 'tariff', text: substring(pick(kw.keywordsZh ?? ['笔记本电脑']), r, 2, 4) });
      } else queries.push({ kind: 'tariff words', table: 'tariff', text: pick(englishWords) });
    }
  }

  const full: number[] = [];
  const naive: number[] = [];
  const byKind = new Map<string, { full: number[]; naive: number[] }>();
  let emptyFull = 0;
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i] as Query;
    // Scan first, then the handler (interleaved, so the machine's noise falls on both).
    const s0 = performance.now();
    if (q.table === 'tariff') {
      const digits = hsDigits(q.text);
      if (digits) {
        tariffRows.filter((row) => row.code.startsWith(digits)).slice(0, LIMIT);
        hsRows.filter((row) => row.code.startsWith(digits.slice(0, 6)) || digits.startsWith(row.code)).slice(0, LIMIT);
      } else {
        scan(tariffRows, q.text, LIMIT);
        scan(hsRows, q.text, LIMIT);
      }
    } else scan(codeRows.get(q.table) ?? [], q.text, LIMIT);
    const s1 = performance.now();
    const result =
      q.table === 'tariff'
        ? await backend.call('tariff.search', { query: q.text, limit: LIMIT })
        : await backend.call('codes.search', { table: q.table, query: q.text, limit: LIMIT });
    const s2 = performance.now();
    if (!result.ok) throw new Error(`${q.text}: ${result.error.messageEn}`);
    const value = result.value as unknown[] | { lines: unknown[]; hs: unknown[] };
    if (Array.isArray(value) ? value.length === 0 : value.lines.length + value.hs.length === 0) emptyFull++;
    if (i < WARMUP) continue;
    naive.push(s1 - s0);
    full.push(s2 - s1);
    const group = q.table === 'tariff' ? `tariff: ${q.kind}` : `codes: ${q.kind}`;
    const g = byKind.get(group) ?? { full: [], naive: [] };
    g.full.push(s2 - s1);
    g.naive.push(s1 - s0);
    byKind.set(group, g);
  }
  // First keystrokes in the HS panel: every letter, and pairs of letters as two words (the
  // word index's widest prefixes: hundreds of tokens each). Not in the mix above, and no target
  // of their own beyond the 5 ms of any search; printed so a regression shows.
  const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
  const firstKeys = [...letters, ...letters.slice(0, 13).map((a, i) => `${a} ${letters[25 - i]}`)];
  const keyTimes: number[] = [];
  const keyScan: number[] = [];
  for (const text of firstKeys) {
    for (let k = 0; k < 5; k++) {
      const s0 = performance.now();
      scan(tariffRows, text, LIMIT);
      scan(hsRows, text, LIMIT);
      const s1 = performance.now();
      await backend.call('tariff.search', { query: text, limit: LIMIT });
      const s2 = performance.now();
      keyScan.push(s1 - s0);
      keyTimes.push(s2 - s1);
    }
  }
  const firstKeystrokes = { handler: withP95Of(keyTimes), scan: withP95Of(keyScan) };
  backend.close();

  printTable(`first keystrokes, ${label}: tariff.search for each letter and 13 letter pairs, 5 times each`, {
    'contract handler': firstKeystrokes.handler,
    'JS scan in memory': firstKeystrokes.scan,
  });
  const fullSummary = summarize(full);
  const naiveSummary = summarize(naive);
  printTable(`search, ${label}: ${RUNS} mixed lookups (60% code tables, 40% tariff/HS; ${seedRows} seed rows incl. ${tariffLines.length} tariff lines, ${padding.length} synthetic), interleaved`, {
    'contract handler': withP95Of(full),
    'JS scan in memory': withP95Of(naive),
  });
  const groups = Object.fromEntries(
    [...byKind].sort().map(([k, g]) => [
      k,
      { n: g.full.length, handlerP50: summarize(g.full).p50Ms, handlerP95: p95(g.full), scanP50: summarize(g.naive).p50Ms, scanP95: p95(g.naive), speedupP95: Math.round((p95(g.naive) / p95(g.full)) * 10) / 10 },
    ]),
  );
  console.log(`by query kind, ${label} (ms)`);
  console.table(groups);
  const ratioP50 = naiveSummary.p50Ms / fullSummary.p50Ms;
  const ratioP95 = p95(naive) / p95(full);
  const targets = { p95UnderFiveMs: p95(full) < 5, tenTimesScanAtP95: ratioP95 >= 10 };
  console.log(`cold seed load (new profile, migrations + ${seedRows} rows): ${coldMs.toFixed(0)} ms; warm start (versions match): ${warmMs.toFixed(1)} ms; first tariff search (builds the in-memory tariff): ${firstTariffMs.toFixed(0)} ms`);
  console.log(`speed-up scan/handler: p50 ${ratioP50.toFixed(2)}x, p95 ${ratioP95.toFixed(2)}x; queries with no result: ${emptyFull}`);
  console.log(`target handler p95 < 5 ms: ${targets.p95UnderFiveMs ? 'met' : 'MISSED'}; target >= 10x the scan at p95: ${targets.tenTimesScanAtP95 ? 'met' : 'MISSED'}`);
  return {
    label,
    seedRows,
    tariffLines: tariffLines.length,
    synthetic: padding.length,
    coldLoadMs: coldMs,
    warmStartMs: warmMs,
    firstTariffSearchMs: firstTariffMs,
    handler: withP95Of(full),
    scan: withP95Of(naive),
    byKind: groups,
    ratio: { p50: ratioP50, p95: ratioP95 },
    emptyResults: emptyFull,
    firstKeystrokes,
    targets,
  };
}

async function main(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'clearway-bench-search-'));
  try {
    const shipped = await scenario(base, 'shipped seeds', 0);
    const fullSize = await scenario(base, 'tariff padded to full size', FULL_TARIFF_LINES);
    const file = writeResult('search', {
      benchmark: 'search',
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, load: loadavg() },
      scenarios: [shipped, fullSize],
    });
    console.log(`result: ${file}`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

void main();
