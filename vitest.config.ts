import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (a browser, npm pack and install, child processes, many builds), longest first.
 * A fresh clone has no timings of earlier runs, and vitest would then start the largest files first: these
 * ran near the end, where one alone kept a worker busy for seconds after the other had finished. A file
 * missing here only loses its place in the queue.
 */
const LONGEST_FIRST = [
  'test/site/site.test.ts',
  'test/package/pack.test.ts',
  'test/cli/cli.test.ts',
  'test/pipeline/06-package/publish-release.test.ts',
  'test/bench/measure-drafter.test.ts',
  'test/pipeline/build.test.ts',
  'test/bench/grow-corpus.test.ts',
  'test/pipeline/config-errors.test.ts',
];

/** The files above first, in their order; the rest as vitest orders them (by earlier timings, else by size). */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(relative(file.project.config.root, file.moduleId));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    return (await super.sort(files)).map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
  }
}

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
    // V8 optimises a function with TurboFan, on its background threads, once the function has run about 66 kB of
    // bytecode (its interrupt budget). A test runs most code briefly, once or for a few files: at that budget the
    // workers spent about a sixth of the suite's CPU compiling code that ran too little after to repay it. At eight
    // times the budget the suite took ~42 CPU-s instead of ~50 (2 cores, all tests the same); code that runs long, a
    // build's loops, is still optimised. A flag of the workers alone: V8 takes a code cache only under the flags
    // it was made with (test/src/validate/run-standalone.test.ts makes and reads its caches under these).
    execArgv: ['--interrupt-budget=540672'],
    // The run's own temp directory, checked for leftovers at the end; each file removes what it took.
    globalSetup: ['test/setup/temp-root.ts'],
    setupFiles: ['test/setup/remove-temp-dirs.ts', 'test/setup/shared-worker.ts'],
    sequence: { sequencer: LongestFirst },
  },
});
