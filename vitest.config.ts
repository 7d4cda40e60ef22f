import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CLEARWAY_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
