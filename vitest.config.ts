import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests build whole packages in temporary copies of the project.
    testTimeout: 60_000,
    pool: 'forks',
    // The run's own temp directory, checked for leftovers at the end; each file removes what it took.
    globalSetup: ['test/setup/temp-root.ts'],
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
  },
});
