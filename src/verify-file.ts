import { createHash, getHashes } from 'node:crypto';
import type { ResourceDescriptor } from './descriptor.js';

/**
 * What is wrong with a file's bytes by its descriptor entry: the size and the
 * hash it states (Data Package v2: "algorithm:hex", md5 when no algorithm is
 * named). Empty when they agree or the descriptor states neither. A string
 * stands for its UTF-8 bytes, as a file written from it holds them (measured
 * and hashed without copying it into a buffer).
 */
export function fileMismatches(resource: ResourceDescriptor, content: Uint8Array | string): string[] {
  const problems: string[] = [];
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
  if (resource.bytes !== undefined && resource.bytes !== size) problems.push(`has ${size} bytes, the descriptor says ${resource.bytes}`);
  if (resource.hash !== undefined) {
    const [algorithm, expected] = resource.hash.includes(':') ? (resource.hash.split(':', 2) as [string, string]) : ['md5', resource.hash];
    if (!getHashes().includes(algorithm)) problems.push(`hash algorithm ${algorithm} is not supported`);
    else {
      const actual = (typeof content === 'string' ? createHash(algorithm).update(content, 'utf8') : createHash(algorithm).update(content)).digest('hex');
      if (actual !== expected.toLowerCase()) problems.push(`${algorithm} is ${actual}, the descriptor says ${expected}`);
    }
  }
  return problems;
}
