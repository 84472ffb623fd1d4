import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The variables os.tmpdir() reads, on every platform. */
const TEMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

/**
 * vitest globalSetup: the run gets a temp directory of its own (workers and the programs tests start
 * inherit it through TMPDIR), so that nothing a test forgets lands in the system temp directory. At the
 * end the run fails if a test left an `mfr-*` directory there (take them from tempDir(), which removes
 * them), and the run's directory is removed whatever it holds.
 */
export default function setup(): () => void {
  const saved = TEMP_VARIABLES.map((name) => [name, process.env[name]] as const);
  const runRoot = mkdtempSync(join(tmpdir(), 'mfr-test-run-'));
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
