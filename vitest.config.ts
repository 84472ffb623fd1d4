import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests build whole packages in temporary copies of the project.
    testTimeout: 60_000,
    pool: 'forks',
  },
});
