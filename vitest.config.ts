import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take 20 s to 2 min (fault runs with real processes, CLI runs that spawn the bundle).
 * On a clean clone Vitest has no timings yet and starts the biggest files first, which put the
 * two-minute fault run near the end and left one worker idle while it ran. Starting these first
 * lets the short files fill in around them. Order: longest first (CI figures, 2026-11).
 */
const SLOW_FIRST = [
  'sync-faults.test.ts',
  'cli-clearway.test.ts',
  'cli-support.test.ts',
  'sync-client-kill.test.ts',
  'support-backup.test.ts',
  'gateway-cli.test.ts',
  'contract-fuzz.test.ts',
  'fees-export.test.ts',
  'cli-signing.test.ts',
  'tracking-feed.test.ts',
];

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const index = SLOW_FIRST.indexOf(basename(file.moduleId));
      return index === -1 ? SLOW_FIRST.length : index;
    };
    // Array sort is stable: the rest keep Vitest's order (cached timings, then size).
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

const shuffleSeed = Number(process.env.CLEARWAY_SHUFFLE_SEED) || 0;

export default defineConfig({
  define: { __CLEARWAY_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default leaves one core free, i.e. one worker on a 2-core CI machine. Many of our
    // tests wait on child processes and sockets (gateway, desktops, the fault proxy), so two
    // workers there cut the unit stage from ~400 s to ~300 s without starving anything.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    // Files share their worker's module cache instead of importing everything afresh: the suite
    // spent 160 of its ~950 worker-seconds importing (exceljs, pdf-lib, the backend) once per file.
    // Nothing in the tests keeps state in a module between files (fake timers and environment
    // changes are undone in afterEach/afterAll). CLEARWAY_SHUFFLE_SEED=<n> npx vitest run checks that
    // in a shuffled file order (Vitest's --sequence.shuffle gives way to a custom sequencer).
    isolate: false,
    sequence: shuffleSeed ? { shuffle: { files: true, tests: false }, seed: shuffleSeed } : { sequencer: SlowFirstSequencer },
  },
});
