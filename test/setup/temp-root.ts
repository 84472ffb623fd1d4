import { accessSync, constants, mkdtempSync, readdirSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The variables os.tmpdir() reads, on every platform. */
const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

/** Linux's memory-backed file system, where it is mounted, and how much of it must be free for a run. */
const MEMORY_TEMP = '/dev/shm';
const TMPFS_MAGIC = 0x01021994;
const MEMORY_TEMP_NEEDED = 1024 ** 3;

/**
 * Where the run's directory goes: the tests copy the project, build, fsync, install and remove thousands of
 * files, and on a disk the fsyncs and removals cost seconds of the run that a tmpfs does not (measured on
 * the 2-core CI machine: several seconds of CPU and more of wall time). So a tmpfs at /dev/shm with room to
 * spare, unless a temp directory was chosen (TMPDIR and the like); the system temp directory otherwise.
 */
function tempBase(): string {
  if (TEMP_VARIABLES.some((name) => process.env[name])) return tmpdir();
  try {
    const space = statfsSync(MEMORY_TEMP);
    accessSync(MEMORY_TEMP, constants.W_OK);
    if (space.type === TMPFS_MAGIC && space.bavail * space.bsize >= MEMORY_TEMP_NEEDED) return MEMORY_TEMP;
  } catch {
    // No /dev/shm here (not Linux, say), or not ours to write: the system temp directory will do.
  }
  return tmpdir();
}

/**
 * vitest globalSetup: the run gets a temp directory of its own (in memory where it can: tempBase; workers and
 * the programs tests start inherit it through TMPDIR), so that nothing a test forgets lands in the system
 * temp directory. At the end the run fails if a test left an `mfr-*` directory there (take them from tempDir(), which removes
 * them), and the run's directory is removed whatever it holds.
 */
export default function setup(): () => void {
  const saved = TEMP_VARIABLES.map((name) => [name, process.env[name]] as const);
  const runRoot = mkdtempSync(join(tempBase(), 'mfr-test-run-'));
  for (const name of TEMP_VARIABLES) process.env[name] = runRoot;
  return () => {
    const leftovers = readdirSync(runRoot).filter((name) => name.startsWith('mfr-'));
    rmSync(runRoot, { recursive: true, force: true });
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (leftovers.length === 0) return;
    // vitest only logs an error thrown at teardown; the exit code is what makes the run fail.
    process.exitCode = 1;
    throw new Error(`tests left ${leftovers.length} temporary directories behind (${leftovers.join(', ')}): take them from tempDir() in test/helpers/temp-dir.ts, which removes them`);
  };
}
