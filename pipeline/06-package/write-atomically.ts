import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes dist/ and the descriptor so that a failure leaves the previous ones
 * whole: everything is written beside them first, then swapped in by rename.
 */
export function writeAtomically(root: string, distFiles: ReadonlyMap<string, string>, descriptor: string): void {
  const dist = join(root, 'dist');
  const staging = join(root, '.dist-staging');
  const retired = join(root, '.dist-retired');
  const descriptorPath = join(root, 'datapackage.json');
  const descriptorStaging = `${descriptorPath}.staging`;
  rmSync(staging, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
  for (const [name, content] of distFiles) {
    const path = join(staging, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  writeFileSync(descriptorStaging, descriptor);
  if (existsSync(dist)) renameSync(dist, retired);
  renameSync(staging, dist);
  renameSync(descriptorStaging, descriptorPath);
  rmSync(retired, { recursive: true, force: true });
}
