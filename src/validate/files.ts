import type { ResourceDescriptor } from '../descriptor.js';
import { isPackageError } from '../errors.js';
import { readResourceBytes } from '../read-table.js';
import { fileMismatches } from '../verify-file.js';
import type { Finding } from './findings.js';

/**
 * A resource's file as validation sees it: its bytes, why it could not be read,
 * or null for a resource without a path. A file about to be written from a
 * string may be given as that string (`text`): it stands for its UTF-8 bytes,
 * so the build validates what it writes without a copy of each file in a buffer.
 */
export type ResourceFile = { bytes: Buffer } | { text: string } | { unreadable: string } | null;

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
  const problems = 'unreadable' in file ? [file.unreadable] : fileMismatches(resource, 'text' in file ? file.text : file.bytes);
  return problems.map((message) => ({ kind: 'file', resource: resource.name, message }));
}

/** The text a reader decodes from a readable file: a string given as such is its own, unless it holds a lone surrogate (which UTF-8 writes as U+FFFD). */
export function decodedText(file: { bytes: Buffer } | { text: string }): string {
  if (!('text' in file)) return file.bytes.toString('utf8');
  // isWellFormed is in Node 20, not in the ES2023 library the project compiles against.
  return (file.text as string & { isWellFormed(): boolean }).isWellFormed() ? file.text : Buffer.from(file.text, 'utf8').toString('utf8');
}
