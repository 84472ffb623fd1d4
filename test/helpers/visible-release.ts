import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file a reader of the package sees: each one under dist/ and the descriptor, by relative path. */
export function visibleRelease(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const dist = join(root, 'dist');
  if (existsSync(dist)) for (const name of readdirSync(dist).sort()) files[`dist/${name}`] = readFileSync(join(dist, name), 'utf8');
  if (existsSync(join(root, 'datapackage.json'))) files['datapackage.json'] = readFileSync(join(root, 'datapackage.json'), 'utf8');
  return files;
}
