import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

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
  },
});
