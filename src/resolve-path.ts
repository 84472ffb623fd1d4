import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { PackageError } from './errors.js';

/**
 * Resolves a resource path of the descriptor inside the package root. A
 * descriptor is data that may come from elsewhere (diff and validate read other
 * packages), so it must never make us read outside the package or go to the
 * network: absolute paths, URLs and `..` are refused, as the Data Package spec
 * asks of local paths, and so is a symlink that leads out of the root.
 */
export function resolveResourcePath(root: string, path: unknown, resource: string): string {
  const refuse = (why: string) => new PackageError('RESOURCE_PATH_REFUSED', `resource ${resource}: path ${JSON.stringify(path)} ${why}; only relative paths inside the package are read`);
  if (typeof path !== 'string' || path === '') throw refuse('is not a single non-empty path');
  if (path.includes('\0')) throw refuse('contains a NUL byte');
  // A scheme ("https:", "file:") or a Windows drive letter ("C:") both match this.
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) throw refuse('is a URL');
  if (path.startsWith('/') || path.startsWith('\\') || isAbsolute(path)) throw refuse('is absolute');
  if (path.split(/[\\/]/).includes('..')) throw refuse('climbs out with ".."');
  const target = resolve(root, path);
  if (!isInside(resolve(root), target)) throw refuse('leads outside the package');
  if (existsSync(target) && !isInside(realpathSync(root), realpathSync(target))) throw refuse('is a link that leads outside the package');
  return target;
}

function isInside(root: string, target: string): boolean {
  const path = relative(root, target);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
}
