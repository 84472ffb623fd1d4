import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_INPUTS, projectRoot } from '../pipeline/paths.js';

/** The build's inputs copied to a temporary root, so that benchmarking never rewrites the committed dist/. */
export function makeBenchProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'mfr-bench-'));
  for (const file of BUILD_INPUTS) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
  return root;
}
