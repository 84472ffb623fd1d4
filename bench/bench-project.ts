import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_INPUTS, projectRoot } from '../pipeline/paths.js';

const roots: string[] = [];

function removeRoots(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/**
 * The build's inputs copied to a temporary root, so that benchmarking never rewrites the committed dist/.
 * Every copy is removed when the process exits, whether the bench finished, threw or was interrupted.
 */
export function makeBenchProject(): string {
  if (roots.length === 0) {
    process.once('exit', removeRoots);
    // A signal ends the process without 'exit' unless it is handled: exit with the signal's usual status instead.
    for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(status));
  }
  const root = mkdtempSync(join(tmpdir(), 'mfr-bench-'));
  roots.push(root);
  for (const file of BUILD_INPUTS) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
  return root;
}

/** Removes a copy before the process exits (a large corpus need not wait for the end of the run). */
export function removeBenchProject(root: string): void {
  const index = roots.indexOf(root);
  if (index >= 0) roots.splice(index, 1);
  rmSync(root, { recursive: true, force: true });
}
