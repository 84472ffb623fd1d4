import { afterAll, beforeAll } from 'vitest';

/**
 * Test files run one after another in the same worker process (vitest.config.ts, isolate: false), so a file
 * that changed the process's environment, working directory or umask would change the files after it. Each
 * file must put back what it changes (in a finally or afterAll); this check fails the file that did not.
 * Modules are shared too: a module-level cache may be warm when a file starts, so tests must not assume it
 * cold (key caches by what they depend on, as explain's is by root and file stamps).
 */
let before: { env: string; cwd: string; umask: number } | undefined;

function processState(): { env: string; cwd: string; umask: number } {
  return { env: JSON.stringify(Object.entries(process.env).sort(([a], [b]) => (a < b ? -1 : 1))), cwd: process.cwd(), umask: process.umask() };
}

beforeAll(() => {
  before = processState();
});

afterAll(() => {
  const after = processState();
  const changed = (['env', 'cwd', 'umask'] as const).filter((key) => after[key] !== before![key]);
  if (changed.length > 0) throw new Error(`this test file left process state changed (${changed.join(', ')}): test files share a worker process, so put it back when done`);
});
