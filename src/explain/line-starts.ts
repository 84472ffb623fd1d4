import { lastAtOrBefore } from '../last-at-or-before.js';

const NEWLINE = 0x0a;

/** The byte offset where each line of a text begins, ascending: 0, then one past every newline. */
export function lineStartsOf(bytes: Uint8Array): Uint32Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 1;
  for (let index = buffer.indexOf(NEWLINE); index >= 0; index = buffer.indexOf(NEWLINE, index + 1)) count += 1;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let index = buffer.indexOf(NEWLINE); index >= 0; index = buffer.indexOf(NEWLINE, index + 1)) starts[line++] = index + 1;
  return starts;
}

/**
 * The 0-based line holding byte `offset`: the last line starting at or before
 * it, found by binary search (a newline belongs to the line it ends).
 */
export function lineOf(starts: Uint32Array, offset: number): number {
  return lastAtOrBefore(starts.length, (line) => starts[line]!, offset);
}
