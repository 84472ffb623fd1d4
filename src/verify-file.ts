import { createHash, getHashes } from 'node:crypto';
import type { ResourceDescriptor } from './descriptor.js';

/**
 * What is wrong with a file's bytes by its descriptor entry: the size and the
 * hash it states (Data Package v2: "algorithm:hex", md5 when no algorithm is
 * named). Empty when they agree or the descriptor states neither.
 */
export function fileMismatches(resource: ResourceDescriptor, bytes: Uint8Array): string[] {
  const problems: string[] = [];
  if (resource.bytes !== undefined && resource.bytes !== bytes.length) problems.push(`has ${bytes.length} bytes, the descriptor says ${resource.bytes}`);
  if (resource.hash !== undefined) {
    const [algorithm, expected] = resource.hash.includes(':') ? (resource.hash.split(':', 2) as [string, string]) : ['md5', resource.hash];
    if (!getHashes().includes(algorithm)) problems.push(`hash algorithm ${algorithm} is not supported`);
    else {
      const actual = createHash(algorithm).update(bytes).digest('hex');
      if (actual !== expected.toLowerCase()) problems.push(`${algorithm} is ${actual}, the descriptor says ${expected}`);
    }
  }
  return problems;
}
