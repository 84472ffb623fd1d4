import type { ResourceDescriptor } from '../descriptor.js';
import { isPackageError } from '../errors.js';
import { readResourceBytes } from '../read-table.js';
import { fileMismatches } from '../verify-file.js';
import type { Finding } from './findings.js';

/** A resource's file as validation sees it: its bytes, why it could not be read, or null for a resource without a path. */
export type ResourceFile = { bytes: Buffer } | { unreadable: string } | null;

export async function readResourceFile(root: string, resource: ResourceDescriptor): Promise<ResourceFile> {
  if (resource.path === undefined) return null;
  try {
    return { bytes: await readResourceBytes(root, resource) };
  } catch (error) {
    return { unreadable: isPackageError(error) ? error.message : `cannot read ${String(resource.path)}: ${(error as Error).message}` };
  }
}

/** Checks that a resource's file is inside the package and has the size and hash the descriptor states. */
export function validateFile(resource: ResourceDescriptor, file: ResourceFile): Finding[] {
  if (file === null) return [];
  const problems = 'unreadable' in file ? [file.unreadable] : fileMismatches(resource, file.bytes);
  return problems.map((message) => ({ kind: 'file', resource: resource.name, message }));
}
