import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LatencySummary {
  runs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    runs: sorted.length,
    p50Ms: round(at(0.5)),
    p90Ms: round(at(0.9)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

export function printTable(title: string, rows: Record<string, LatencySummary>): void {
  console.log(`\n${title}`);
  console.table(Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, { ...v }])));
}

/** Results land in reports/bench/<name>.json for comparison across runs and machines. */
export function writeResult(name: string, result: unknown): string {
  const dir = join(process.cwd(), 'reports', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
