import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_INPUTS, projectRoot } from '../pipeline/paths.js';

/**
 * The build's inputs copied to a temporary root, so that benchmarking never rewrites the committed dist/.
 * The copy is removed when the process exits, whether the bench finished or threw.
 */
export function makeBenchProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'mfr-bench-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  for (const file of BUILD_INPUTS) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
  return root;
}
