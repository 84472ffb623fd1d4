import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DESCRIPTOR_FILE } from '../descriptor.js';
import { PackageError } from '../errors.js';

/** A built package opened for reading; `close` removes what opening it unpacked. */
export interface OpenedPackage {
  root: string;
  /** What the location was: a tarball's root is a temporary directory, so a report names the tarball instead. */
  from: 'directory' | 'descriptor' | 'tarball';
  close: () => void;
}

/**
 * Opens a built package given as a directory holding datapackage.json, the
 * descriptor itself, or a tarball from `npm pack` (a released version), which
 * is unpacked with the system's tar into a temporary directory. `mfr diff`
 * and `mfr validate` take the same locations through it.
 */
export function openPackage(location: string): OpenedPackage {
  const stat = existsSync(location) ? statSync(location) : null;
  if (stat?.isDirectory() && existsSync(join(location, DESCRIPTOR_FILE))) return { root: location, from: 'directory', close: () => {} };
  if (stat?.isFile() && basename(location) === DESCRIPTOR_FILE) return { root: dirname(location), from: 'descriptor', close: () => {} };
  if (stat?.isFile() && /\.(tgz|tar\.gz)$/.test(location)) return unpack(location);
  throw new PackageError('PACKAGE_UNREADABLE', `${location} is neither a directory with ${DESCRIPTOR_FILE}, a ${DESCRIPTOR_FILE}, nor a .tgz from npm pack`);
}

function unpack(tarball: string): OpenedPackage {
  const dir = mkdtempSync(join(tmpdir(), 'mfr-unpacked-'));
  const close = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    close();
    throw new PackageError('PACKAGE_UNREADABLE', `cannot unpack ${tarball}: ${(error as Error).message}`, { cause: error });
  }
  // npm pack puts everything under package/.
  const root = [join(dir, 'package'), dir].find((candidate) => existsSync(join(candidate, DESCRIPTOR_FILE)));
  if (!root) {
    close();
    throw new PackageError('PACKAGE_UNREADABLE', `${tarball} holds no ${DESCRIPTOR_FILE}`);
  }
  return { root, from: 'tarball', close };
}
