// npm run bench: bundles each test/bench/*.bench.ts with esbuild and runs it under plain Node,
// one after another (benchmarks on a 2-core machine must not compete with each other).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const only = process.argv[2];
const benches = readdirSync('test/bench').filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)));
let failed = 0;
for (const file of benches) {
  const outfile = join('dist', 'bench', file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [join('test/bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'electron', 'playwright-core', 'esbuild'],
    define: { __CLEARWAY_VERSION__: '"bench"' },
    logLevel: 'warning',
  });
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
if (benches.length === 0) {
  console.error('no benchmark matched');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
