import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // Tests run against the contracts' sources, so a change there needs no build step first.
      '@bankdesk/contracts': fileURLToPath(
        new URL('./packages/contracts/src/index.ts', import.meta.url),
      ),
    },
  },
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts', 'test/**/*.test.ts'],
    // PGlite boots a whole PostgreSQL in WebAssembly per store; give it room on a loaded machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores would give one worker by default; the suites wait on PostgreSQL, child processes
    // and the browser as much as they compute, so two files at a time halve the wall time.
    maxWorkers: 2,
  },
});
