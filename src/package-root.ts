import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackageError } from './errors.js';

export const PACKAGE_NAME = 'mexico-foreign-relations';

/** Where to read a package from; every public function takes it. */
export interface PackageOptions {
  /** A directory holding datapackage.json; by default the installed package itself. */
  root?: string;
}

/**
 * Walks up to the package.json named mexico-foreign-relations rather than the
 * first package.json: the same code runs from src/ under vitest, from lib/src/
 * once compiled, and from node_modules/mexico-foreign-relations/lib/src/ once
 * installed, where a consumer's package.json sits further up.
 */
export function findPackageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new PackageError('PACKAGE_ROOT_NOT_FOUND', `no package.json named ${PACKAGE_NAME} above ${start}`);
  }
}

let ownRoot: string | undefined;

/** The root of the package this code belongs to (memoized: it never moves while the process runs). */
export function packageRoot(): string {
  ownRoot ??= findPackageRoot();
  return ownRoot;
}

export function rootOf(options: PackageOptions = {}): string {
  return options.root ?? packageRoot();
}
