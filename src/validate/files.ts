import { createHash, getHashes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ResourceDescriptor } from '../descriptor.js';
import { isPackageError } from '../errors.js';
import { resolveResourcePath } from '../resolve-path.js';
import type { Finding } from './findings.js';

/** Checks that a resource's file is inside the package and has the size and hash the descriptor states. */
export async function validateFile(root: string, resource: ResourceDescriptor): Promise<Finding[]> {
  if (resource.path === undefined) return [];
  const finding = (message: string): Finding[] => [{ kind: 'file', resource: resource.name, message }];
  let bytes: Buffer;
  try {
    bytes = await readFile(resolveResourcePath(root, resource.path, resource.name));
  } catch (error) {
    return finding(isPackageError(error) ? error.message : `cannot read ${String(resource.path)}: ${(error as Error).message}`);
  }
  const findings: Finding[] = [];
  if (resource.bytes !== undefined && resource.bytes !== bytes.length) findings.push(...finding(`has ${bytes.length} bytes, the descriptor says ${resource.bytes}`));
  if (resource.hash !== undefined) {
    // Data Package v2: "algorithm:hex", md5 when no algorithm is named.
    const [algorithm, expected] = resource.hash.includes(':') ? (resource.hash.split(':', 2) as [string, string]) : ['md5', resource.hash];
    if (!getHashes().includes(algorithm)) findings.push(...finding(`hash algorithm ${algorithm} is not supported`));
    else {
      const actual = createHash(algorithm).update(bytes).digest('hex');
      if (actual !== expected.toLowerCase()) findings.push(...finding(`${algorithm} is ${actual}, the descriptor says ${expected}`));
    }
  }
  return findings;
}
