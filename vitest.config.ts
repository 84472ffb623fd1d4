import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests build whole packages in temporary copies of the project.
    testTimeout: 60_000,
    // Processes, not threads: tests change permissions, spawn children and kill them, and pin TMPDIR.
    pool: 'forks',
    // One worker a core: vitest leaves a core to its main process, which is idle here while the
    // workers build (most of the run's time), so on 2 cores its default of one worker would run the files one by one.
    maxWorkers: availableParallelism(),
    // Files share their worker process rather than each starting a fresh one: vitest starts and imports once a worker, not once a file.
    // A file must leave the process as it found it (test/setup/shared-worker.ts checks env, cwd and umask).
    isolate: false,
    // The run's own temp directory, checked for leftovers at the end; each file removes what it took.
    globalSetup: ['test/setup/temp-root.ts'],
    setupFiles: ['test/setup/remove-temp-dirs.ts', 'test/setup/shared-worker.ts'],
  },
});
